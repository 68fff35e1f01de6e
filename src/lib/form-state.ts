/** What a server action answers to the form that posted it (with or without JavaScript). */
export type FormState = {
  status: "idle" | "ok" | "error";
  message?: string;
  fieldErrors?: Record<string, string>;
  /** What was typed, so nothing is lost when the answer is an error. */
  values?: Record<string, string | string[]>;
};

export const idleState: FormState = { status: "idle" };

export type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;
