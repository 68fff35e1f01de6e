import "server-only";
// What every agenda use case shares: the meeting lock, the tree rows, and writing new positions.
import { actorOrRefusal } from "@/features/members/commands";
import type { Actor } from "@/features/members/rules";
import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { ok, refuse, type Result } from "@/lib/result";
import type { Ctx } from "@/lib/use-case";
import { agendaCan, agendaEditProblem, type TreeRow } from "./rules";

export type LockedMeeting = {
  id: string;
  associationId: string;
  title: string;
  status: "PLANNED" | "HELD" | "CANCELLED";
  startsAt: Date;
  facilitatorId: string | null;
  version: number;
  timezone: string;
};

/**
 * Locks the meeting row for the rest of the transaction: every change to one agenda waits for
 * the one before it, so two secretaries never renumber the same siblings at once.
 */
export async function lockMeeting(tx: Tx, associationId: string, meetingId: string): Promise<LockedMeeting | null> {
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Meeting" WHERE id = ${meetingId}::uuid AND "associationId" = ${associationId}::uuid FOR UPDATE`;
  if (!row) return null;
  const meeting = await tx.meeting.findUniqueOrThrow({
    where: { id: row.id },
    select: { id: true, associationId: true, title: true, status: true, startsAt: true, facilitatorId: true, version: true, association: { select: { timezone: true } } },
  });
  const { association, ...rest } = meeting;
  return { ...rest, timezone: association.timezone };
}

/** The acting person and the locked meeting, when they may change its agenda now. */
export async function editableAgenda(tx: Tx, ctx: Ctx, input: { associationId: string; meetingId: string }): Promise<Result<{ actor: Actor; meeting: LockedMeeting }>> {
  const acting = await actorOrRefusal(tx, ctx, input.associationId);
  if (!acting.ok) return acting;
  const meeting = await lockMeeting(tx, input.associationId, input.meetingId);
  if (!meeting) return refuse("NOT_FOUND");
  if (!agendaCan.edit(acting.value, meeting)) return refuse("FORBIDDEN");
  const problem = agendaEditProblem(meeting);
  if (problem) return refuse(problem);
  return ok({ actor: acting.value, meeting });
}

export async function treeRows(tx: Tx, meeting: { id: string; associationId: string }): Promise<TreeRow[]> {
  return tx.agendaItem.findMany({ where: { meetingId: meeting.id, associationId: meeting.associationId }, select: { id: true, parentId: true, position: true } });
}

/** Writes new parents and positions in one statement. */
export async function savePositions(tx: Tx, meetingId: string, changes: readonly TreeRow[]): Promise<void> {
  if (!changes.length) return;
  const values = Prisma.join(changes.map((c) => Prisma.sql`(${c.id}::uuid, ${c.parentId}::uuid, ${c.position}::int)`));
  await tx.$executeRaw`
    UPDATE "AgendaItem" AS item SET "parentId" = v.parent, "position" = v.pos
    FROM (VALUES ${values}) AS v(id, parent, pos)
    WHERE item.id = v.id AND item."meetingId" = ${meetingId}::uuid`;
}

/** Every change to the agenda bumps the meeting's version (editors can tell the agenda moved on). */
export async function bumpVersion(tx: Tx, meetingId: string): Promise<void> {
  await tx.meeting.update({ where: { id: meetingId }, data: { version: { increment: 1 } } });
}

/**
 * An agenda item of this meeting: another association's id is "not found"; an item of another
 * meeting of the same association is refused as such.
 */
export async function itemOfMeeting(tx: Tx, meeting: { id: string; associationId: string }, itemId: string) {
  const item = await tx.agendaItem.findFirst({ where: { id: itemId, associationId: meeting.associationId } });
  if (!item) return refuse("NOT_FOUND");
  if (item.meetingId !== meeting.id) return refuse("AGENDA_OTHER_MEETING");
  return ok(item);
}

/** A presenter or asker chosen from the list must be (or have been) a member of the association. */
export async function isPersonOf(tx: Tx, associationId: string, userId: string | undefined): Promise<boolean> {
  if (!userId) return true;
  return (await tx.membership.count({ where: { associationId, userId } })) > 0;
}
