import "server-only";
// "To put on the next agenda": board members add items during or after a meeting; when the next
// agenda is prepared, the secretary pulls every waiting item in with one action.
import type { z } from "zod";
import { actorOrRefusal } from "@/features/members/commands";
import { recordAudit } from "@/lib/audit";
import { ok, refuse, type Result } from "@/lib/result";
import { inTransaction, type Ctx } from "@/lib/use-case";
import { todayIn } from "@/lib/zoned-time";
import { editableAgenda, itemOfMeeting } from "./agenda-store";
import { createItemAt } from "./commands";
import { agendaCan, backlogFor } from "./rules";
import type { addBacklogSchema, discardBacklogSchema, pullBacklogSchema } from "./schema";

export async function addBacklogItem(ctx: Ctx, input: z.output<typeof addBacklogSchema>): Promise<Result<{ backlogItemId: string }>> {
  return inTransaction(async (tx) => {
    const acting = await actorOrRefusal(tx, ctx, input.associationId);
    if (!acting.ok) return acting;
    if (!agendaCan.addToBacklog(acting.value)) return refuse("FORBIDDEN");
    if (input.raisedAtMeetingId && !(await tx.meeting.count({ where: { id: input.raisedAtMeetingId, associationId: input.associationId } }))) return refuse("NOT_FOUND");
    const item = await tx.backlogItem.create({
      data: {
        associationId: input.associationId,
        title: input.title,
        description: input.description ?? null,
        addedById: ctx.userId,
        raisedAtMeetingId: input.raisedAtMeetingId ?? null,
        createdAt: ctx.now,
      },
    });
    await recordAudit(tx, {
      associationId: input.associationId,
      actorUserId: ctx.userId,
      entity: "BacklogItem",
      entityId: item.id,
      action: "agenda.backlog.add",
      after: { title: item.title, description: item.description, raisedAtMeetingId: item.raisedAtMeetingId },
      at: ctx.now,
    });
    return ok({ backlogItemId: item.id });
  });
}

/**
 * Pulls every waiting backlog item raised before this meeting into its agenda (at the end, or
 * under a chosen item), keeping who raised it and when.
 */
export async function pullBacklog(ctx: Ctx, input: z.output<typeof pullBacklogSchema>): Promise<Result<{ pulled: number }>> {
  return inTransaction(async (tx) => {
    const editable = await editableAgenda(tx, ctx, input);
    if (!editable.ok) return editable;
    const { meeting } = editable.value;
    let parentId: string | null = null;
    if (input.parentId) {
      const parent = await itemOfMeeting(tx, meeting, input.parentId);
      if (!parent.ok) return parent;
      parentId = parent.value.id;
    }
    // Locked after the meeting (always in this order): a pull into another meeting at the same
    // moment waits, then finds these items taken and skips them.
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "BacklogItem"
      WHERE "associationId" = ${meeting.associationId}::uuid AND "pulledIntoMeetingId" IS NULL
      ORDER BY "createdAt", id FOR UPDATE`;
    const waiting = await tx.backlogItem.findMany({
      where: { id: { in: locked.map((row) => row.id) }, pulledIntoMeetingId: null },
      include: { raisedAt: { select: { startsAt: true, title: true } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    const eligible = backlogFor(waiting, meeting);
    if (!eligible.length) return refuse("BACKLOG_EMPTY");
    const pulled: { backlogItemId: string; agendaItemId: string; title: string }[] = [];
    for (const entry of eligible) {
      const item = await createItemAt(tx, meeting, parentId, {
        kind: "DISCUSSION",
        title: entry.title,
        description: entry.description,
        visibility: "MEMBERS",
        origin: "BACKLOG",
        askedById: entry.addedById,
        askedOn: todayIn(entry.createdAt, meeting.timezone),
      });
      await tx.backlogItem.update({ where: { id: entry.id }, data: { pulledIntoMeetingId: meeting.id, agendaItemId: item.id, pulledAt: ctx.now } });
      pulled.push({ backlogItemId: entry.id, agendaItemId: item.id, title: entry.title });
    }
    await recordAudit(tx, { associationId: meeting.associationId, actorUserId: ctx.userId, entity: "Meeting", entityId: meeting.id, action: "agenda.backlog.pull", after: { pulled }, at: ctx.now });
    return ok({ pulled: pulled.length });
  });
}

/** Drops a waiting backlog item (raised by mistake, or settled elsewhere). */
export async function discardBacklogItem(ctx: Ctx, input: z.output<typeof discardBacklogSchema>): Promise<Result<null>> {
  return inTransaction(async (tx) => {
    const acting = await actorOrRefusal(tx, ctx, input.associationId);
    if (!acting.ok) return acting;
    const [row] = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "BacklogItem" WHERE id = ${input.backlogItemId}::uuid AND "associationId" = ${input.associationId}::uuid FOR UPDATE`;
    if (!row) return refuse("NOT_FOUND");
    const item = await tx.backlogItem.findUniqueOrThrow({ where: { id: row.id } });
    if (!agendaCan.discardBacklog(acting.value, item)) return refuse("FORBIDDEN");
    if (item.pulledIntoMeetingId) return refuse("BACKLOG_ALREADY_PULLED");
    await tx.backlogItem.delete({ where: { id: item.id } });
    const { id: _id, ...before } = item;
    await recordAudit(tx, { associationId: input.associationId, actorUserId: ctx.userId, entity: "BacklogItem", entityId: item.id, action: "agenda.backlog.discard", before, at: ctx.now });
    return ok(null);
  });
}
