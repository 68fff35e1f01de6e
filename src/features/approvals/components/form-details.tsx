"use client";
import type { ReactNode } from "react";
import { useFormState } from "@/components/form-context";

/**
 * A folded form (inside an ActionForm): it comes back unfolded when the answer is an error, so
 * the field errors and what was typed show, with or without JavaScript.
 */
export function FormDetails({ summary, children, className }: { summary: string; children: ReactNode; className?: string }) {
  const state = useFormState();
  return (
    <details open={state.status === "error" ? true : undefined} className={className}>
      <summary>{summary}</summary>
      <div className="mt-2">{children}</div>
    </details>
  );
}
