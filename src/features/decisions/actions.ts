"use server";
import { getTranslations } from "next-intl/server";
import { refresh } from "next/cache";
import { requireUser } from "@/features/auth/session";
import { okState, parseForm, refusalState } from "@/lib/form-action";
import type { FormState } from "@/lib/form-state";
import { deleteDecision, editDecision, recordDecision } from "./commands";
import { deleteDecisionSchema, editDecisionSchema, recordDecisionSchema } from "./schema";

const ctx = (userId: string) => ({ userId, now: new Date() });

/** The field a refusal is about, so that the message shows next to it too. */
function fieldOf(reason: string): string | undefined {
  if (reason === "VOTES_EXCEED_PRESENT") return "votesFor";
  if (reason === "VOTE_OUTSIDE_MEETING" || reason === "VOTE_IN_FUTURE") return "votedAt";
  if (reason === "ADOPTED_WITHOUT_MAJORITY" || reason === "REJECTED_WITH_MAJORITY") return "outcome";
  return undefined;
}

export async function recordDecisionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(recordDecisionSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await recordDecision(ctx(user.id), parsed.data);
  if (!result.ok) return refusalState(result, formData, fieldOf(result.reason));
  refresh();
  return okState((await getTranslations("decisions"))("recorded"));
}

export async function editDecisionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(editDecisionSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await editDecision(ctx(user.id), parsed.data);
  if (!result.ok) return refusalState(result, formData, fieldOf(result.reason));
  refresh();
  return okState((await getTranslations("decisions"))("saved"));
}

export async function deleteDecisionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(deleteDecisionSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await deleteDecision(ctx(user.id), parsed.data);
  if (!result.ok) return refusalState(result, formData);
  refresh();
  return okState((await getTranslations("decisions"))("deleted"));
}
