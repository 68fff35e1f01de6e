"use client";
// Compact fields for one row of the attendance table: the label is for screen readers (the
// column header says it to sighted readers), the error shows under the field.
import { useId } from "react";
import { useFormState } from "@/components/form-context";

function useRowField(name: string, defaultValue: string) {
  const state = useFormState();
  const id = useId();
  const echoed = state.values?.[name];
  return { id, error: state.fieldErrors?.[name], value: typeof echoed === "string" ? echoed : defaultValue, echoed: echoed !== undefined };
}

function RowError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <span id={`${id}-error`} className="field-error block">
      {error}
    </span>
  ) : null;
}

export function RowSelect({ name, label, defaultValue, options }: { name: string; label: string; defaultValue: string; options: { value: string; label: string }[] }) {
  const field = useRowField(name, defaultValue);
  return (
    <>
      <label htmlFor={field.id} className="sr-only">
        {label}
      </label>
      <select
        id={field.id}
        name={name}
        key={field.echoed ? `echo-${field.value}` : "initial"}
        defaultValue={field.value}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={field.error ? `${field.id}-error` : undefined}
        className="rounded border border-slate-500 bg-white px-1.5 py-1 aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700"
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <RowError id={field.id} error={field.error} />
    </>
  );
}

export function RowInput({ name, label, defaultValue, type = "text", size }: { name: string; label: string; defaultValue: string; type?: "text" | "time"; size?: number }) {
  const field = useRowField(name, defaultValue);
  return (
    <>
      <label htmlFor={field.id} className="sr-only">
        {label}
      </label>
      <input
        id={field.id}
        name={name}
        type={type}
        size={size}
        key={field.echoed ? `echo-${field.value}` : "initial"}
        defaultValue={field.value}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={field.error ? `${field.id}-error` : undefined}
        className="rounded border border-slate-500 bg-white px-1.5 py-1 aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700"
        maxLength={type === "text" ? 300 : undefined}
      />
      <RowError id={field.id} error={field.error} />
    </>
  );
}
