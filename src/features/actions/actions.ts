"use server";
import { getTranslations } from "next-intl/server";
import { refresh } from "next/cache";
import { requireUser } from "@/features/auth/session";
import { okState, parseForm, refusalState } from "@/lib/form-action";
import type { FormState } from "@/lib/form-state";
import { addActionsFollowUp, changeActionStatus, createAction, editAction, recordActionFollowUp } from "./commands";
import { addFollowUpSectionSchema, changeStatusSchema, createActionSchema, editActionSchema, recordFollowUpSchema } from "./schema";

const ctx = (userId: string) => ({ userId, now: new Date() });

export async function createActionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(createActionSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await createAction(ctx(user.id), parsed.data);
  if (!result.ok) return refusalState(result, formData, fieldOf(result.reason));
  refresh();
  const t = await getTranslations("actions");
  return okState(parsed.data.assignee.kind === "nobody" ? t("createdUnassigned", { title: parsed.data.title }) : t("created", { title: parsed.data.title }));
}

export async function editActionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(editActionSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await editAction(ctx(user.id), parsed.data);
  if (!result.ok) return refusalState(result, formData, fieldOf(result.reason));
  refresh();
  return okState((await getTranslations("actions"))("saved"));
}

export async function changeStatusAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(changeStatusSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await changeActionStatus(ctx(user.id), parsed.data);
  if (!result.ok) return refusalState(result, formData);
  refresh();
  const t = await getTranslations("actions");
  return okState(t("statusChanged", { status: t(`status.${parsed.data.status}`) }));
}

export async function recordFollowUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(recordFollowUpSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await recordActionFollowUp(ctx(user.id), parsed.data);
  if (!result.ok) return refusalState(result, formData);
  refresh();
  const t = await getTranslations("actions");
  return okState(t("followUp.recorded", { outcome: t(`followUp.outcome.${parsed.data.outcome}`) }));
}

export async function addActionsFollowUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(addFollowUpSectionSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await addActionsFollowUp(ctx(user.id), parsed.data);
  if (!result.ok) return refusalState(result);
  refresh();
  const t = await getTranslations("actions.followUp");
  return okState(result.value.added ? t("added", { count: result.value.added }) : t("nothingToAdd"));
}

/** The field a refusal is about, so that the message shows next to it too. */
function fieldOf(reason: string): string | undefined {
  if (reason === "DUE_BEFORE_MEETING") return "dueOn";
  if (reason === "ASSIGNEE_NOT_MEMBER") return "assignee";
  return undefined;
}
