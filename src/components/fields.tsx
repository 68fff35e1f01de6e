"use client";
import { useId, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { useFormState } from "./form-context";

type Common = { name: string; label: string; hint?: string; required?: boolean; className?: string };

function useField(name: string, defaultValue?: string | string[]) {
  const state = useFormState();
  const id = useId();
  const echoed = state.values?.[name];
  return { id, error: state.fieldErrors?.[name], value: echoed ?? defaultValue, echoed: echoed !== undefined };
}

function Described({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint ? (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      ) : null}
    </>
  );
}

const describedBy = (id: string, hint?: string, error?: string) =>
  [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;

export function TextField({
  name,
  label,
  hint,
  required,
  className,
  type = "text",
  defaultValue,
  autoComplete,
  maxLength,
  inputMode,
}: Common & {
  type?: "text" | "email" | "password" | "date" | "time" | "datetime-local" | "number" | "url" | "search";
  defaultValue?: string;
  autoComplete?: string;
  maxLength?: number;
  inputMode?: "numeric" | "decimal" | "text" | "email";
}) {
  const field = useField(name, defaultValue);
  return (
    <div className={`field ${className ?? ""}`}>
      <label htmlFor={field.id}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      <input
        id={field.id}
        name={name}
        type={type}
        // A new key when the server echoes values, so React shows them after an error.
        key={field.echoed ? `echo-${String(field.value)}` : "initial"}
        defaultValue={type === "password" ? undefined : (field.value as string | undefined)}
        required={required}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy(field.id, hint, field.error)}
        autoComplete={autoComplete}
        maxLength={maxLength}
        inputMode={inputMode}
      />
      <Described id={field.id} hint={hint} error={field.error} />
    </div>
  );
}

export function TextArea({ name, label, hint, required, className, defaultValue, rows = 4 }: Common & { defaultValue?: string; rows?: number }) {
  const field = useField(name, defaultValue);
  return (
    <div className={`field ${className ?? ""}`}>
      <label htmlFor={field.id}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      <textarea
        id={field.id}
        name={name}
        rows={rows}
        key={field.echoed ? `echo-${String(field.value)}` : "initial"}
        defaultValue={field.value as string | undefined}
        required={required}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy(field.id, hint, field.error)}
      />
      <Described id={field.id} hint={hint} error={field.error} />
    </div>
  );
}

export function SelectField({
  name,
  label,
  hint,
  required,
  className,
  options,
  defaultValue,
}: Common & { options: { value: string; label: string }[]; defaultValue?: string }) {
  const field = useField(name, defaultValue);
  return (
    <div className={`field ${className ?? ""}`}>
      <label htmlFor={field.id}>{label}</label>
      <select
        id={field.id}
        name={name}
        key={field.echoed ? `echo-${String(field.value)}` : "initial"}
        defaultValue={field.value as string | undefined}
        required={required}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy(field.id, hint, field.error)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <Described id={field.id} hint={hint} error={field.error} />
    </div>
  );
}

export function CheckboxGroup({
  name,
  legend,
  options,
  defaultValues = [],
  className,
}: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  defaultValues?: string[];
  className?: string;
}) {
  const state = useFormState();
  const echoed = state.values?.[name];
  const checked = state.values ? (Array.isArray(echoed) ? echoed : echoed ? [echoed] : []) : defaultValues;
  const error = state.fieldErrors?.[name];
  return (
    <fieldset className={`field ${className ?? ""}`}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="checkbox">
          <input type="checkbox" name={name} value={option.value} defaultChecked={checked.includes(option.value)} key={`${option.value}-${checked.join()}`} />
          {option.label}
        </label>
      ))}
      {error ? <span className="field-error">{error}</span> : null}
    </fieldset>
  );
}

export function Checkbox({ name, label, value = "yes", defaultChecked }: { name: string; label: ReactNode; value?: string; defaultChecked?: boolean }) {
  const state = useFormState();
  const error = state.fieldErrors?.[name];
  const id = useId();
  return (
    <div className="field">
      <label className="checkbox" htmlFor={id}>
        <input id={id} type="checkbox" name={name} value={value} defaultChecked={defaultChecked} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
        {label}
      </label>
      {error ? (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      ) : null}
    </div>
  );
}

export function SubmitButton({ children, variant = "primary", name, value }: { children: ReactNode; variant?: "primary" | "secondary" | "danger"; name?: string; value?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={`button button-${variant}`} disabled={pending} name={name} value={value}>
      {children}
    </button>
  );
}
