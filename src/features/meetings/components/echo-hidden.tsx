"use client";
import { useFormState } from "@/components/form-context";

/** A hidden input whose value the form's answer may replace (the version after a save or a conflict). */
export function EchoHidden({ name, value }: { name: string; value: string }) {
  const echoed = useFormState().values?.[name];
  return <input type="hidden" name={name} value={typeof echoed === "string" ? echoed : value} />;
}
