"use server";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/features/auth/session";
import { okState, parseForm, refusalState } from "@/lib/form-action";
import type { FormState } from "@/lib/form-state";
import { createAssociation, updateSettings } from "./commands";
import { createAssociationSchema, settingsSchema } from "./schema";

export async function createAssociationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(createAssociationSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await createAssociation({ userId: user.id, now: new Date() }, parsed.data);
  if (!result.ok) return refusalState(result, formData);
  const t = await getTranslations("operator");
  return okState(t("created", { slug: result.value.slug, email: parsed.data.presidentEmail }));
}

export async function updateSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(settingsSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await updateSettings({ userId: user.id, now: new Date() }, parsed.data);
  if (!result.ok) return refusalState(result, formData);
  return okState((await getTranslations("settings"))("saved"));
}
