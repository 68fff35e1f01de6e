import "server-only";
import type { z } from "zod";
import { actorOrRefusal } from "@/features/members/commands";
import { recordAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { ok, refuse, type Result } from "@/lib/result";
import { newSecret } from "@/lib/tokens";
import { inTransaction, type Ctx } from "@/lib/use-case";
import { dateColumnToLocal, instantAt, isoDate, parseIsoDate, todayIn } from "@/lib/zoned-time";
import { sendCancellationNotices } from "./convene";
import { facilitatorChoices } from "./queries";
import { cancelProblem, editProblem, heldProblem, meetingRights, meetingTimesProblem, parseDateList, seriesTimes } from "./rules";
import type { cancelMeetingSchema, createMeetingSchema, meetingRefSchema, planMeetingsSchema, updateMeetingSchema } from "./schema";

type Association = { id: string; timezone: string };

/** The meeting row, locked for this transaction, or null when it is not this association's. */
async function lockMeeting(tx: Tx, associationId: string, meetingId: string) {
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Meeting" WHERE id = ${meetingId}::uuid AND "associationId" = ${associationId}::uuid FOR UPDATE`;
  return row ? tx.meeting.findUniqueOrThrow({ where: { id: row.id } }) : null;
}

/** A facilitator must sit on the board today. */
async function facilitatorProblem(tx: Tx, association: Association, facilitatorId: string | null, now: Date) {
  if (!facilitatorId) return null;
  const board = await facilitatorChoices(association, now, tx);
  return board.some((m) => m.id === facilitatorId) ? null : ("FACILITATOR_NOT_ON_BOARD" as const);
}

/** The typed day and times as instants in the association's time zone. */
function whenOf(input: z.output<typeof createMeetingSchema>, timeZone: string) {
  const day = parseIsoDate(input.date)!;
  const endDay = input.endDate ? parseIsoDate(input.endDate)! : day;
  return { startsAt: instantAt({ ...day, ...input.startTime }, timeZone), endsAt: instantAt({ ...endDay, ...input.endTime }, timeZone) };
}

const fieldsOf = (input: Pick<z.output<typeof createMeetingSchema>, "kind" | "title" | "place" | "remoteAccess" | "facilitatorId">) => ({
  kind: input.kind,
  title: input.title,
  place: input.place,
  remoteAccess: input.remoteAccess,
  facilitatorId: input.facilitatorId,
});

const snapshot = (m: { kind: string; title: string; startsAt: Date; endsAt: Date; place: string | null; remoteAccess: string | null; facilitatorId: string | null; status: string }) => ({
  kind: m.kind,
  title: m.title,
  startsAt: m.startsAt,
  endsAt: m.endsAt,
  place: m.place,
  remoteAccess: m.remoteAccess,
  facilitatorId: m.facilitatorId,
  status: m.status,
});

export async function createMeeting(ctx: Ctx, input: z.output<typeof createMeetingSchema>): Promise<Result<{ meetingId: string; slug: string }>> {
  return inTransaction(async (tx) => {
    const acting = await actorOrRefusal(tx, ctx, input.associationId);
    if (!acting.ok) return acting;
    if (!meetingRights.plan(acting.value)) return refuse("FORBIDDEN");
    const association = await tx.association.findUniqueOrThrow({ where: { id: input.associationId } });
    const { startsAt, endsAt } = whenOf(input, association.timezone);
    const timesProblem = meetingTimesProblem(startsAt, endsAt);
    if (timesProblem) return refuse(timesProblem);
    const problem = await facilitatorProblem(tx, association, input.facilitatorId, ctx.now);
    if (problem) return refuse(problem);
    const meeting = await tx.meeting.create({ data: { associationId: association.id, ...fieldsOf(input), startsAt, endsAt } });
    await recordAudit(tx, { associationId: association.id, actorUserId: ctx.userId, entity: "Meeting", entityId: meeting.id, action: "meeting.create", after: snapshot(meeting), at: ctx.now });
    return ok({ meetingId: meeting.id, slug: association.slug });
  });
}

/** Several meetings at once: the same time on each of the listed days ("4 Nov, 2 Dec, 13 Jan at 18:00"). */
export async function planMeetings(ctx: Ctx, input: z.output<typeof planMeetingsSchema>): Promise<Result<{ meetingIds: string[] }>> {
  return inTransaction(async (tx) => {
    const acting = await actorOrRefusal(tx, ctx, input.associationId);
    if (!acting.ok) return acting;
    if (!meetingRights.plan(acting.value)) return refuse("FORBIDDEN");
    const association = await tx.association.findUniqueOrThrow({ where: { id: input.associationId } });
    const today = dateColumnToLocal(todayIn(ctx.now, association.timezone));
    const dates = parseDateList(input.dates, today);
    if (!dates.ok) return refuse(dates.reason, dates.date ? { date: dates.date } : undefined);
    const problem = await facilitatorProblem(tx, association, input.facilitatorId, ctx.now);
    if (problem) return refuse(problem);
    const meetingIds: string[] = [];
    for (const { date, startsAt, endsAt } of seriesTimes(dates.dates, input.time, input.durationMinutes, association.timezone)) {
      // A date of today whose time has passed is no future meeting.
      if (startsAt.getTime() <= ctx.now.getTime()) return refuse("DATE_IN_PAST", { date: isoDate(date) });
      const meeting = await tx.meeting.create({ data: { associationId: association.id, ...fieldsOf(input), startsAt, endsAt } });
      meetingIds.push(meeting.id);
      await recordAudit(tx, { associationId: association.id, actorUserId: ctx.userId, entity: "Meeting", entityId: meeting.id, action: "meeting.create", after: snapshot(meeting), at: ctx.now });
    }
    return ok({ meetingIds });
  });
}

/**
 * Saves the edit form. The form carries the version it was opened on: when someone changed the
 * meeting since, nothing is saved and the editor is told (their typing is kept by the form).
 */
export async function updateMeeting(ctx: Ctx, input: z.output<typeof updateMeetingSchema>): Promise<Result<{ version: number }>> {
  return inTransaction(async (tx) => {
    const acting = await actorOrRefusal(tx, ctx, input.associationId);
    if (!acting.ok) return acting;
    const meeting = await lockMeeting(tx, input.associationId, input.meetingId);
    if (!meeting) return refuse("NOT_FOUND");
    if (!meetingRights.edit(acting.value, meeting)) return refuse("FORBIDDEN");
    const statusProblem = editProblem(meeting);
    if (statusProblem) return refuse(statusProblem);
    if (meeting.version !== input.version) return refuse("MEETING_CHANGED", { version: meeting.version });
    const association = await tx.association.findUniqueOrThrow({ where: { id: input.associationId } });
    const { startsAt, endsAt } = whenOf(input, association.timezone);
    const timesProblem = meetingTimesProblem(startsAt, endsAt);
    if (timesProblem) return refuse(timesProblem);
    // A facilitator kept from before may have left the board since: only a new one is checked.
    if (input.facilitatorId !== meeting.facilitatorId) {
      const problem = await facilitatorProblem(tx, association, input.facilitatorId, ctx.now);
      if (problem) return refuse(problem);
    }
    const updated = await tx.meeting.update({ where: { id: meeting.id }, data: { ...fieldsOf(input), startsAt, endsAt, version: { increment: 1 } } });
    await recordAudit(tx, { associationId: association.id, actorUserId: ctx.userId, entity: "Meeting", entityId: meeting.id, action: "meeting.update", before: snapshot(meeting), after: snapshot(updated), at: ctx.now });
    return ok({ version: updated.version });
  });
}

/** Cancels a planned meeting; when the board had been convened, it is told (with a calendar cancellation). */
export async function cancelMeeting(ctx: Ctx, input: z.output<typeof cancelMeetingSchema>): Promise<Result<{ notified: number; slug: string }>> {
  return inTransaction(async (tx) => {
    const acting = await actorOrRefusal(tx, ctx, input.associationId);
    if (!acting.ok) return acting;
    const meeting = await lockMeeting(tx, input.associationId, input.meetingId);
    if (!meeting) return refuse("NOT_FOUND");
    if (!meetingRights.edit(acting.value, meeting)) return refuse("FORBIDDEN");
    const problem = cancelProblem(meeting);
    if (problem) return refuse(problem);
    const cancelled = await tx.meeting.update({ where: { id: meeting.id }, data: { status: "CANCELLED", version: { increment: 1 } } });
    const notified = meeting.convenedAt && meeting.endsAt.getTime() > ctx.now.getTime() ? await sendCancellationNotices(tx, cancelled, ctx) : 0;
    await recordAudit(tx, {
      associationId: input.associationId,
      actorUserId: ctx.userId,
      entity: "Meeting",
      entityId: meeting.id,
      action: "meeting.cancel",
      before: { status: meeting.status },
      after: { status: "CANCELLED", notified },
      at: ctx.now,
    });
    const { slug } = await tx.association.findUniqueOrThrow({ where: { id: input.associationId }, select: { slug: true } });
    return ok({ notified, slug });
  });
}

export async function markMeetingHeld(ctx: Ctx, input: z.output<typeof meetingRefSchema>): Promise<Result<{ slug: string }>> {
  return inTransaction(async (tx) => {
    const acting = await actorOrRefusal(tx, ctx, input.associationId);
    if (!acting.ok) return acting;
    const meeting = await lockMeeting(tx, input.associationId, input.meetingId);
    if (!meeting) return refuse("NOT_FOUND");
    if (!meetingRights.edit(acting.value, meeting)) return refuse("FORBIDDEN");
    const problem = heldProblem(meeting, ctx.now);
    if (problem) return refuse(problem);
    await tx.meeting.update({ where: { id: meeting.id }, data: { status: "HELD", version: { increment: 1 } } });
    await recordAudit(tx, { associationId: input.associationId, actorUserId: ctx.userId, entity: "Meeting", entityId: meeting.id, action: "meeting.held", before: { status: meeting.status }, after: { status: "HELD" }, at: ctx.now });
    const { slug } = await tx.association.findUniqueOrThrow({ where: { id: input.associationId }, select: { slug: true } });
    return ok({ slug });
  });
}

/**
 * Makes the person's private calendar address, or replaces it (`replace`, confirmed by the
 * person): the old address stops working at once. The token is kept as is, because the person
 * must be able to see and copy their address again.
 */
export async function renewCalendarFeed(ctx: Ctx, input: { replace: boolean }): Promise<Result<{ token: string }>> {
  return inTransaction(async (tx) => {
    const token = newSecret();
    const existing = await tx.calendarFeed.findUnique({ where: { userId: ctx.userId }, select: { createdAt: true } });
    if (existing && !input.replace) return refuse("FEED_EXISTS");
    await tx.calendarFeed.upsert({ where: { userId: ctx.userId }, create: { userId: ctx.userId, token, createdAt: ctx.now }, update: { token, createdAt: ctx.now } });
    await recordAudit(tx, {
      associationId: null,
      actorUserId: ctx.userId,
      entity: "CalendarFeed",
      entityId: ctx.userId,
      action: existing ? "calendarFeed.renew" : "calendarFeed.create",
      before: existing ? { createdAt: existing.createdAt } : undefined,
      after: { createdAt: ctx.now },
      at: ctx.now,
    });
    return ok({ token });
  });
}
