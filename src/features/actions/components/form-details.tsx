"use client";
import type { ReactNode } from "react";
import { useFormState } from "@/components/form-context";

/**
 * A folded part of a form (inside ActionForm) that opens by itself when the answer is an error,
 * so that the fields to fix are in view, with or without JavaScript.
 */
export function FormDetails({ summary, children }: { summary: string; children: ReactNode }) {
  const state = useFormState();
  return (
    <details open={state.status === "error" ? true : undefined}>
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
