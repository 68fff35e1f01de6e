"use server";
import { getTranslations } from "next-intl/server";
import { refresh } from "next/cache";
import { requireUser } from "@/features/auth/session";
import { okState, parseForm, refusalState } from "@/lib/form-action";
import type { FormState } from "@/lib/form-state";
import { addGuest, recordAttendance, removeGuest } from "./commands";
import { addGuestSchema, attendanceSheetSchema, removeGuestSchema } from "./schema";

/** The field of the row a refusal is about. */
const FIELD_OF: Record<string, string> = {
  NOT_ON_ROSTER: "status",
  STATUS_REQUIRED: "status",
  PROXY_REQUIRED: "proxy",
  PROXY_TO_SELF: "proxy",
  PROXY_NOT_THERE: "proxy",
  PROXY_ONLY_AT_ASSEMBLY: "status",
  TIMES_FOR_ATTENDEES_ONLY: "departure",
  DEPARTURE_BEFORE_ARRIVAL: "departure",
};

export async function recordAttendanceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(attendanceSheetSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await recordAttendance({ userId: user.id, now: new Date() }, parsed.data);
  if (!result.ok) {
    const field = FIELD_OF[result.reason] && result.detail?.userId ? `${FIELD_OF[result.reason]}.${result.detail.userId}` : undefined;
    return refusalState(result, formData, field);
  }
  refresh();
  return okState((await getTranslations("attendance"))("saved"));
}

export async function addGuestAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(addGuestSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await addGuest({ userId: user.id, now: new Date() }, parsed.data);
  if (!result.ok) return refusalState(result, formData);
  refresh();
  // Empties the form for the next guest.
  return { ...(await okState((await getTranslations("attendance.guests"))("added", { name: parsed.data.name }))), values: { name: "", note: "" } };
}

export async function removeGuestAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(removeGuestSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await removeGuest({ userId: user.id, now: new Date() }, parsed.data);
  if (!result.ok) return refusalState(result);
  refresh();
  return okState((await getTranslations("attendance.guests"))("removed"));
}
