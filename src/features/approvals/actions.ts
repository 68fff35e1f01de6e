"use server";
import { getFormatter, getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/features/auth/session";
import { okState, parseForm, refusalState } from "@/lib/form-action";
import type { FormState } from "@/lib/form-state";
import { answerReview, closeReviewEarly, giveOpinion, openReview, settleReview, withdrawResponse } from "./commands";
import { answerSchema, closeEarlySchema, openReviewSchema, opinionSchema, settleSchema, withdrawSchema } from "./schema";

const refresh = () => {
  revalidatePath("/a/[slug]/meetings/[meetingId]/minutes", "page");
  revalidatePath("/a/[slug]", "page");
};

export async function openReviewAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(openReviewSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await openReview({ userId: user.id, now: new Date() }, parsed.data);
  if (!result.ok) return refusalState(result, formData);
  refresh();
  const format = await getFormatter();
  const date = format.dateTime(result.value.closesAt, { dateStyle: "long", timeStyle: "short", timeZone: result.value.timezone });
  return okState((await getTranslations("approvals.open"))("done", { date }));
}

export async function answerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(answerSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await answerReview({ userId: user.id, now: new Date() }, parsed.data);
  if (!result.ok) return refusalState(result, formData);
  refresh();
  return okState((await getTranslations("approvals.answer"))("recorded", { revision: result.value.revisionNumber }));
}

export async function opinionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(opinionSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await giveOpinion({ userId: user.id, now: new Date() }, parsed.data);
  if (!result.ok) return refusalState(result, formData);
  refresh();
  return okState((await getTranslations("approvals.opinion"))("recorded"));
}

export async function withdrawAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(withdrawSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await withdrawResponse({ userId: user.id, now: new Date() }, parsed.data);
  if (!result.ok) return refusalState(result, formData);
  refresh();
  return okState((await getTranslations("approvals.answer"))("withdrawn"));
}

export async function closeEarlyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(closeEarlySchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await closeReviewEarly({ userId: user.id, now: new Date() }, parsed.data);
  if (!result.ok) return refusalState(result, formData);
  refresh();
  return okState((await getTranslations("approvals.closeEarly"))("done"));
}

export async function settleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(settleSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await settleReview({ userId: user.id, now: new Date() }, parsed.data);
  if (!result.ok) return refusalState(result, formData);
  refresh();
  return okState((await getTranslations("approvals.settle"))("done"));
}
