"use server";
import { getTranslations } from "next-intl/server";
import { refresh, revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/features/auth/session";
import { okState, parseForm, refusalState } from "@/lib/form-action";
import type { FormState } from "@/lib/form-state";
import { cancelMeeting, createMeeting, markMeetingHeld, planMeetings, renewCalendarFeed, updateMeeting } from "./commands";
import { conveneMeeting } from "./convene";
import { cancelMeetingSchema, conveneSchema, createMeetingSchema, feedSchema, meetingRefSchema, planMeetingsSchema, updateMeetingSchema } from "./schema";

/** Where a refusal belongs in the form, when it is about one field. */
const FIELD_OF: Record<string, string> = {
  MEETING_ENDS_BEFORE_START: "endTime",
  MEETING_TOO_LONG: "endTime",
  FACILITATOR_NOT_ON_BOARD: "facilitatorId",
  DATE_UNREADABLE: "dates",
  DATE_IN_PAST: "dates",
  DATE_REPEATED: "dates",
  NO_DATES: "dates",
  TOO_MANY_DATES: "dates",
};

const now = () => new Date();

export async function createMeetingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(createMeetingSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await createMeeting({ userId: user.id, now: now() }, parsed.data);
  if (!result.ok) return refusalState(result, formData, FIELD_OF[result.reason]);
  redirect(`/a/${result.value.slug}/meetings/${result.value.meetingId}?notice=created`);
}

export async function planMeetingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(planMeetingsSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await planMeetings({ userId: user.id, now: now() }, parsed.data);
  if (!result.ok) return refusalState(result, formData, FIELD_OF[result.reason]);
  refresh();
  return okState((await getTranslations("meetings.plan"))("planned", { count: result.value.meetingIds.length }));
}

export async function updateMeetingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(updateMeetingSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await updateMeeting({ userId: user.id, now: now() }, parsed.data);
  if (!result.ok) {
    // What was typed stays, now with the current version: saving again overwrites knowingly.
    if (result.reason === "MEETING_CHANGED" && result.detail?.version) formData.set("version", String(result.detail.version));
    return refusalState(result, formData, FIELD_OF[result.reason]);
  }
  refresh();
  // The next save starts from the version just written.
  return { ...(await okState((await getTranslations("meetings.edit"))("saved"))), values: { version: String(result.value.version) } };
}

export async function cancelMeetingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(cancelMeetingSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await cancelMeeting({ userId: user.id, now: now() }, parsed.data);
  if (!result.ok) return refusalState(result);
  const path = `/a/${result.value.slug}/meetings/${parsed.data.meetingId}`;
  // The heading (with the status) is in the meeting's layout, which a redirect would otherwise keep.
  revalidatePath(path, "layout");
  redirect(`${path}?notice=${result.value.notified ? "cancelledNotified" : "cancelled"}`);
}

export async function markHeldAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(meetingRefSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await markMeetingHeld({ userId: user.id, now: now() }, parsed.data);
  if (!result.ok) return refusalState(result);
  const path = `/a/${result.value.slug}/meetings/${parsed.data.meetingId}`;
  revalidatePath(path, "layout");
  redirect(`${path}?notice=held`);
}

export async function conveneAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(conveneSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await conveneMeeting({ userId: user.id, now: now() }, parsed.data);
  if (!result.ok) return refusalState(result, formData, result.reason === "ALREADY_CONVENED" ? "resend" : undefined);
  refresh();
  return okState((await getTranslations("meetings.convene"))("sent", { count: result.value.sent }));
}

export async function calendarFeedAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(feedSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await renewCalendarFeed({ userId: user.id, now: now() }, { replace: parsed.data.confirm });
  if (!result.ok) return refusalState(result, undefined, result.reason === "FEED_EXISTS" ? "confirm" : undefined);
  refresh();
  return okState((await getTranslations("meetings.feed"))(parsed.data.confirm ? "renewed" : "created"));
}
