"use client";
import { useActionState, type ReactNode } from "react";
import { idleState, type FormAction } from "@/lib/form-state";
import { FormStateContext } from "./form-context";

type Props = {
  action: FormAction;
  children: ReactNode;
  className?: string;
  /** Accessible name of the form, for forms repeated on a page (one per member). */
  label?: string;
  id?: string;
};

/**
 * A form posting to a server action. Without JavaScript the browser posts it and the page comes
 * back with the answer; with JavaScript React does the same without a reload.
 * Without JavaScript the answer finds its form by position and React keys: forms in lists must
 * be keyed by something the action does not change.
 */
export function ActionForm({ action, children, className, label, id }: Props) {
  const [state, formAction, pending] = useActionState(action, idleState);
  return (
    <FormStateContext value={state}>
      <form action={formAction} className={className} aria-label={label} aria-busy={pending} id={id} noValidate>
        {state.message ? (
          <p role={state.status === "error" ? "alert" : "status"} className={state.status === "error" ? "notice notice-error" : "notice notice-ok"}>
            {state.message}
          </p>
        ) : null}
        {children}
      </form>
    </FormStateContext>
  );
}
