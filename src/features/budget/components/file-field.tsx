"use client";
import { useId } from "react";
import { useFormState } from "@/components/form-context";

/** A file chooser that shows the form's answer about the file (too large, not CSV…). */
export function FileField({ name, label, hint, accept }: { name: string; label: string; hint?: string; accept?: string }) {
  const state = useFormState();
  const id = useId();
  const error = state.fieldErrors?.[name];
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        <span aria-hidden="true"> *</span>
      </label>
      <input id={id} name={name} type="file" accept={accept} required aria-invalid={error ? true : undefined} aria-describedby={describedBy} />
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
    </div>
  );
}
