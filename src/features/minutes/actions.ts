"use server";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/features/auth/session";
import { echoValues, okState, parseForm, refusalState } from "@/lib/form-action";
import type { FormState } from "@/lib/form-state";
import { addErratum, addFreeSection, removeFreeSection, saveSection, startFromAgenda } from "./commands";
import { diffAsText } from "./diff";
import { associationSlugOf, sectionForEdit } from "./queries";
import { addFreeSectionSchema, erratumSchema, meetingRefSchema, removeSectionSchema, saveSectionSchema } from "./schema";

const MINUTES_PAGE = "/a/[slug]/meetings/[meetingId]/minutes";
const refresh = () => revalidatePath(MINUTES_PAGE, "page");

export async function startFromAgendaAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(meetingRefSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await startFromAgenda({ userId: user.id, now: new Date() }, parsed.data);
  if (!result.ok) return refusalState(result, formData);
  refresh();
  return okState((await getTranslations("minutes"))("started", { revision: result.value.revision }));
}

/**
 * Saves a section. When someone saved it meanwhile, the form comes back with the person's own
 * text, the text saved meanwhile and their differences, and the newer version to save over.
 */
export async function saveSectionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(saveSectionSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await saveSection({ userId: user.id, now: new Date() }, parsed.data);
  if (!result.ok) {
    if (result.reason === "TEXT_CHANGED") {
      const current = await sectionForEdit(parsed.data.associationId, parsed.data.meetingId, parsed.data.sectionId);
      const state = await refusalState(result, formData, "body");
      if (!current) return state;
      return {
        ...state,
        values: { ...echoValues(formData), baseVersion: String(current.version), conflictText: current.body, conflictDiff: diffAsText(current.body, parsed.data.body) },
      };
    }
    return refusalState(result, formData, result.reason === "CHANGE_NOTE_REQUIRED" ? "note" : undefined);
  }
  refresh();
  const slug = await associationSlugOf(parsed.data.associationId);
  redirect(`/a/${slug}/meetings/${parsed.data.meetingId}/minutes?saved=${result.value.revision}#section-${parsed.data.sectionId}`);
}

export async function addFreeSectionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(addFreeSectionSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await addFreeSection({ userId: user.id, now: new Date() }, parsed.data);
  if (!result.ok) return refusalState(result, formData);
  refresh();
  return okState((await getTranslations("minutes"))("sectionAdded"));
}

export async function removeSectionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(removeSectionSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await removeFreeSection({ userId: user.id, now: new Date() }, parsed.data);
  if (!result.ok) return refusalState(result, formData);
  refresh();
  return okState((await getTranslations("minutes"))("sectionRemoved", { revision: result.value.revision }));
}

export async function addErratumAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(erratumSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await addErratum({ userId: user.id, now: new Date() }, parsed.data);
  if (!result.ok) return refusalState(result, formData);
  refresh();
  return okState((await getTranslations("minutes.errata"))("added"));
}
