"use server";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/features/auth/session";
import { okState, parseForm, refusalState } from "@/lib/form-action";
import type { FormState } from "@/lib/form-state";
import { refuse } from "@/lib/result";
import { retryEmail } from "./commands";
import { retrySchema } from "./schema";

export async function retryEmailAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  if (!user.isOperator) return refusalState(refuse("FORBIDDEN"));
  const parsed = await parseForm(retrySchema, formData);
  if (!parsed.ok) return parsed.state;
  if (!(await retryEmail(parsed.data.id, new Date()))) return refusalState(refuse("NOT_FOUND"));
  return okState((await getTranslations("outbox"))("retried"));
}
