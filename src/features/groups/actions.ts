"use server";
import { getTranslations } from "next-intl/server";
import { refresh } from "next/cache";
import { requireUser } from "@/features/auth/session";
import { okState, parseForm, refusalState } from "@/lib/form-action";
import type { FormState } from "@/lib/form-state";
import { addGroupsFollowUp, createGroup, editGroup, recordGroupNote } from "./commands";
import { addGroupsFollowUpSchema, createGroupSchema, editGroupSchema, groupNoteSchema } from "./schema";

const ctx = (userId: string) => ({ userId, now: new Date() });
const fieldOf = (reason: string) => (reason === "GROUP_NAME_TAKEN" ? "name" : reason === "REFERENT_NOT_MEMBER" ? "referents" : undefined);

export async function createGroupAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(createGroupSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await createGroup(ctx(user.id), parsed.data);
  if (!result.ok) return refusalState(result, formData, fieldOf(result.reason));
  refresh();
  return okState((await getTranslations("groups"))("created", { name: parsed.data.name }));
}

export async function editGroupAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(editGroupSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await editGroup(ctx(user.id), parsed.data);
  if (!result.ok) return refusalState(result, formData, fieldOf(result.reason));
  refresh();
  return okState((await getTranslations("groups"))("saved"));
}

export async function addGroupsFollowUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(addGroupsFollowUpSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await addGroupsFollowUp(ctx(user.id), parsed.data);
  if (!result.ok) return refusalState(result);
  refresh();
  const t = await getTranslations("groups.followUp");
  return okState(result.value.added ? t("added", { count: result.value.added }) : t("nothingToAdd"));
}

export async function groupNoteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(groupNoteSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await recordGroupNote(ctx(user.id), parsed.data);
  if (!result.ok) return refusalState(result, formData);
  refresh();
  return okState((await getTranslations("groups"))("noteSaved"));
}
