import "server-only";
import type { z } from "zod";
import { meetingDay } from "@/features/meetings/rules";
import { actorOrRefusal } from "@/features/members/commands";
import { recordAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { ok, refuse, type Result } from "@/lib/result";
import { inTransaction, type Ctx } from "@/lib/use-case";
import { attendanceRights, checkSheet, rosterOf } from "./rules";
import type { addGuestSchema, attendanceSheetSchema, removeGuestSchema } from "./schema";

/** The meeting, locked, if it is this association's and the actor may record its attendance. */
async function editableMeeting(tx: Tx, ctx: Ctx, associationId: string, meetingId: string) {
  const acting = await actorOrRefusal(tx, ctx, associationId);
  if (!acting.ok) return acting;
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Meeting" WHERE id = ${meetingId}::uuid AND "associationId" = ${associationId}::uuid FOR UPDATE`;
  if (!row) return refuse("NOT_FOUND");
  const meeting = await tx.meeting.findUniqueOrThrow({ where: { id: row.id }, include: { association: { select: { timezone: true } } } });
  if (!attendanceRights.edit(acting.value, meeting)) return refuse("FORBIDDEN");
  if (meeting.status === "CANCELLED") return refuse("MEETING_CANCELLED");
  return { ok: true as const, value: meeting };
}

const recordOf = (r: { status: string; proxyUserId: string | null; arrivedAt: Date | null; leftAt: Date | null; note: string | null }) => ({
  status: r.status,
  proxyUserId: r.proxyUserId,
  arrivedAt: r.arrivedAt,
  leftAt: r.leftAt,
  note: r.note,
});

/**
 * Saves the attendance sheet as one: every line is checked against the others (a proxy goes to
 * someone present or remote on the same sheet) before anything is written. A line left blank
 * removes that person's record. Lines not posted are left as they are.
 */
export async function recordAttendance(ctx: Ctx, input: z.output<typeof attendanceSheetSchema>): Promise<Result<{ saved: number; removed: number }>> {
  return inTransaction(async (tx) => {
    const editable = await editableMeeting(tx, ctx, input.associationId, input.meetingId);
    if (!editable.ok) return editable;
    const meeting = editable.value;
    const terms = await tx.membership.findMany({ where: { associationId: meeting.associationId }, select: { userId: true, kind: true, startsOn: true, endsOn: true } });
    const existing = await tx.attendance.findMany({ where: { associationId: meeting.associationId, meetingId: meeting.id } });
    // Someone recorded earlier (a member invited to a board meeting, say) stays editable.
    const roster = new Set([...rosterOf(meeting.kind, terms, meetingDay(meeting.startsAt, meeting.association.timezone)), ...existing.map((r) => r.userId)]);
    const checked = checkSheet(input.entries, meeting, roster, meeting.association.timezone);
    if (!checked.ok) {
      const person = await tx.user.findUnique({ where: { id: checked.userId }, select: { name: true } });
      return refuse(checked.reason, { name: person?.name ?? "?", userId: checked.userId });
    }
    const before = new Map(existing.map((r) => [r.userId, r]));
    const changes: { userId: string; before: unknown; after: unknown }[] = [];
    let removed = 0;
    for (const entry of input.entries) {
      const previous = before.get(entry.userId);
      const record = checked.records.find((r) => r.userId === entry.userId);
      if (!record) {
        if (previous) {
          await tx.attendance.delete({ where: { id: previous.id } });
          changes.push({ userId: entry.userId, before: recordOf(previous), after: null });
          removed++;
        }
        continue;
      }
      const data = { status: record.status, proxyUserId: record.proxyUserId, arrivedAt: record.arrivedAt, leftAt: record.leftAt, note: record.note };
      if (previous && JSON.stringify(recordOf(previous)) === JSON.stringify(recordOf(data))) continue;
      await tx.attendance.upsert({
        where: { meetingId_userId: { meetingId: meeting.id, userId: entry.userId } },
        create: { associationId: meeting.associationId, meetingId: meeting.id, userId: entry.userId, ...data },
        update: data,
      });
      changes.push({ userId: entry.userId, before: previous ? recordOf(previous) : null, after: recordOf(data) });
    }
    if (changes.length) {
      await recordAudit(tx, {
        associationId: meeting.associationId,
        actorUserId: ctx.userId,
        entity: "Meeting",
        entityId: meeting.id,
        action: "attendance.record",
        before: Object.fromEntries(changes.map((c) => [c.userId, c.before])),
        after: Object.fromEntries(changes.map((c) => [c.userId, c.after])),
        at: ctx.now,
      });
    }
    return ok({ saved: changes.length - removed, removed });
  });
}

export async function addGuest(ctx: Ctx, input: z.output<typeof addGuestSchema>): Promise<Result<{ guestId: string }>> {
  return inTransaction(async (tx) => {
    const editable = await editableMeeting(tx, ctx, input.associationId, input.meetingId);
    if (!editable.ok) return editable;
    const guest = await tx.guest.create({ data: { associationId: input.associationId, meetingId: input.meetingId, name: input.name, note: input.note } });
    await recordAudit(tx, { associationId: input.associationId, actorUserId: ctx.userId, entity: "Guest", entityId: guest.id, action: "guest.add", after: { meetingId: input.meetingId, name: guest.name, note: guest.note }, at: ctx.now });
    return ok({ guestId: guest.id });
  });
}

export async function removeGuest(ctx: Ctx, input: z.output<typeof removeGuestSchema>): Promise<Result<null>> {
  return inTransaction(async (tx) => {
    const editable = await editableMeeting(tx, ctx, input.associationId, input.meetingId);
    if (!editable.ok) return editable;
    const guest = await tx.guest.findFirst({ where: { id: input.guestId, meetingId: input.meetingId, associationId: input.associationId } });
    if (!guest) return refuse("NOT_FOUND");
    await tx.guest.delete({ where: { id: guest.id } });
    await recordAudit(tx, { associationId: input.associationId, actorUserId: ctx.userId, entity: "Guest", entityId: guest.id, action: "guest.remove", before: { meetingId: input.meetingId, name: guest.name, note: guest.note }, at: ctx.now });
    return ok(null);
  });
}
