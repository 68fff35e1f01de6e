"use client";
import { useId } from "react";
import { useFormState } from "@/components/form-context";

/** Radio buttons that keep the posted choice when the form comes back with an error. */
export function RadioGroup({ name, legend, options, defaultValue }: { name: string; legend: string; options: { value: string; label: string }[]; defaultValue?: string }) {
  const state = useFormState();
  const id = useId();
  const echoed = state.values?.[name];
  const chosen = typeof echoed === "string" ? echoed : defaultValue;
  const error = state.fieldErrors?.[name];
  return (
    <fieldset className="field" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={`${option.value}-${chosen ?? ""}`} className="checkbox">
          <input type="radio" name={name} value={option.value} defaultChecked={chosen === option.value} />
          {option.label}
        </label>
      ))}
      {error ? (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      ) : null}
    </fieldset>
  );
}
