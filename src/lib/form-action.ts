import "server-only";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import type { FormState } from "./form-state";
import type { Refused } from "./result";

const SECRET_FIELDS = /password|confirm|token/i;

/** The posted values to give back to the form, without secrets or React's own fields. */
export function echoValues(formData: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION") || SECRET_FIELDS.test(key)) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    values[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return values;
}

function formObject(formData: FormData): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key).filter((v) => typeof v === "string");
    object[key] = all.length > 1 ? all : all[0];
  }
  return object;
}

const KNOWN_KEYS = new Set(["required", "email", "tooLong", "tooShort", "invalid", "invalidDate", "invalidTime", "number", "passwordsDiffer", "confirmRequired", "tooSmall", "tooBig", "slug", "timezone"]);

function issueKey(issue: z.core.$ZodIssue): string {
  if (KNOWN_KEYS.has(issue.message)) return issue.message;
  if (issue.code === "too_small") return "required";
  if (issue.code === "too_big") return "tooLong";
  return "invalid";
}

/** Validates a posted form with a feature's zod schema; errors come back in the person's language. */
export async function parseForm<S extends z.ZodType>(
  schema: S,
  formData: FormData,
  extra: Record<string, unknown> = {},
): Promise<{ ok: true; data: z.output<S> } | { ok: false; state: FormState }> {
  const parsed = schema.safeParse({ ...formObject(formData), ...extra });
  if (parsed.success) return { ok: true, data: parsed.data };
  const t = await getTranslations("validation");
  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "_form");
    fieldErrors[field] ??= t(issueKey(issue) as "required");
  }
  return { ok: false, state: { status: "error", message: t("fixFields"), fieldErrors, values: echoValues(formData) } };
}

/** A refusal from a use case, in words. */
export async function refusalState(refused: Refused, formData?: FormData, field?: string): Promise<FormState> {
  const t = await getTranslations("errors");
  const key = t.has(refused.reason as "NOT_FOUND") ? refused.reason : "UNKNOWN";
  const message = t(key as "NOT_FOUND", refused.detail ?? {});
  return {
    status: "error",
    message,
    fieldErrors: field ? { [field]: message } : undefined,
    values: formData ? echoValues(formData) : undefined,
  };
}

export async function okState(message?: string): Promise<FormState> {
  return { status: "ok", message };
}
