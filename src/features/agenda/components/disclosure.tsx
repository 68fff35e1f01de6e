"use client";
import type { ReactNode } from "react";
import { useFormState } from "@/components/form-context";

/**
 * A form's fields behind "Delete…" or "Decline…", inside the form: the form's answer shows above
 * it, and an error opens it again (the page comes back closed without JavaScript).
 */
export function Disclosure({ summary, children, defaultOpen = false }: { summary: string; children: ReactNode; defaultOpen?: boolean }) {
  const state = useFormState();
  return (
    <details open={defaultOpen || state.status === "error" ? true : undefined}>
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
