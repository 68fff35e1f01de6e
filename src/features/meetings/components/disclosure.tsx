"use client";
import type { ReactNode } from "react";
import { useFormState } from "@/components/form-context";

/**
 * A folded part of a form (a confirmation) that opens by itself when the form's answer is an
 * error, so the message next to the field shows with or without JavaScript. Put it inside the form.
 */
export function Disclosure({ summary, children }: { summary: string; children: ReactNode }) {
  const failed = useFormState().status === "error";
  return (
    <details open={failed || undefined}>
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
