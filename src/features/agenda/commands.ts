import "server-only";
// The agenda tree: add, edit, delete and move items. Each runs in one transaction that first
// locks the meeting, then recomputes the positions of the siblings involved.
import type { z } from "zod";
import { recordAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { ok, refuse, type Result } from "@/lib/result";
import { inTransaction, type Ctx } from "@/lib/use-case";
import { todayIn } from "@/lib/zoned-time";
import { bumpVersion, editableAgenda, isPersonOf, itemOfMeeting, savePositions, treeRows, type LockedMeeting } from "./agenda-store";
import { askedOnProblem, insertInTree, moveInTree, numberOf, personChoiceProblem, placementFor, placementRelativeTo, positionChanges, removeFromTree, type AgendaItemKind, type AgendaOrigin, type Placement, type Visibility } from "./rules";
import type { addItemSchema, deleteItemSchema, dropItemSchema, editItemSchema, moveItemSchema, placeItemSchema } from "./schema";

type ItemFields = Pick<
  z.output<typeof addItemSchema>,
  "kind" | "title" | "description" | "presenterId" | "presenterName" | "durationMinutes" | "visibility" | "origin" | "askedById" | "askedByName" | "askedOn"
>;

/** Checks the people and the date of an item's fields; returns the columns to write. */
async function itemColumns(tx: Tx, meeting: LockedMeeting, now: Date, fields: ItemFields) {
  const presenter = personChoiceProblem(fields.presenterId, fields.presenterName);
  if (presenter) return refuse(presenter, { field: "presenterName" });
  const asker = personChoiceProblem(fields.askedById, fields.askedByName);
  if (asker) return refuse(asker, { field: "askedByName" });
  if (!(await isPersonOf(tx, meeting.associationId, fields.presenterId))) return refuse("AGENDA_PERSON_UNKNOWN", { field: "presenterId" });
  if (!(await isPersonOf(tx, meeting.associationId, fields.askedById))) return refuse("AGENDA_PERSON_UNKNOWN", { field: "askedById" });
  const askedOn = fields.askedOn ? new Date(`${fields.askedOn}T00:00:00Z`) : null;
  if (askedOn) {
    const problem = askedOnProblem(askedOn, todayIn(now, meeting.timezone));
    if (problem) return refuse(problem, { field: "askedOn" });
  }
  return ok({
    kind: fields.kind,
    title: fields.title,
    description: fields.description ?? null,
    presenterId: fields.presenterId ?? null,
    presenterName: fields.presenterName ?? null,
    durationMinutes: fields.durationMinutes ?? null,
    visibility: fields.visibility,
    origin: fields.origin,
    askedById: fields.askedById ?? null,
    askedByName: fields.askedByName ?? null,
    askedOn,
  });
}

/** A parent chosen in a form: an item of this same meeting, or the top level. */
async function parentOf(tx: Tx, meeting: LockedMeeting, parentId: string | undefined): Promise<Result<string | null>> {
  if (!parentId) return ok(null);
  const parent = await itemOfMeeting(tx, meeting, parentId);
  return parent.ok ? ok(parent.value.id) : parent;
}

/** Adds an item at the end of the agenda, or as the last sub-item of `parentId`. */
export async function addAgendaItem(ctx: Ctx, input: z.output<typeof addItemSchema>): Promise<Result<{ itemId: string }>> {
  return inTransaction(async (tx) => {
    const editable = await editableAgenda(tx, ctx, input);
    if (!editable.ok) return editable;
    const { meeting } = editable.value;
    const parent = await parentOf(tx, meeting, input.parentId);
    if (!parent.ok) return { ...parent, detail: { field: "parentId" } };
    const columns = await itemColumns(tx, meeting, ctx.now, input);
    if (!columns.ok) return columns;
    const item = await createItemAt(tx, meeting, parent.value, columns.value);
    await recordAudit(tx, { associationId: meeting.associationId, actorUserId: ctx.userId, entity: "AgendaItem", entityId: item.id, action: "agenda.item.add", after: { meetingId: meeting.id, ...columns.value, parentId: parent.value, number: item.number }, at: ctx.now });
    return ok({ itemId: item.id });
  });
}

export type NewItemColumns = {
  kind: AgendaItemKind;
  title: string;
  description: string | null;
  presenterId?: string | null;
  presenterName?: string | null;
  durationMinutes?: number | null;
  visibility: Visibility;
  origin: AgendaOrigin;
  askedById?: string | null;
  askedByName?: string | null;
  askedOn?: Date | null;
};

/**
 * Creates an item as the last child of `parentId` (null: the top level) in a locked meeting, and
 * bumps the meeting's version. Shared by adding, accepting a proposal and pulling the backlog.
 */
export async function createItemAt(
  tx: Tx,
  meeting: LockedMeeting,
  parentId: string | null,
  columns: NewItemColumns,
): Promise<{ id: string; number: string | null }> {
  const before = await treeRows(tx, meeting);
  const position = before.filter((row) => row.parentId === parentId).length;
  const created = await tx.agendaItem.create({ data: { ...columns, associationId: meeting.associationId, meetingId: meeting.id, parentId, position }, select: { id: true } });
  // The siblings may carry gaps from older data: insertInTree renumbers them all.
  const placed = insertInTree(before, { id: created.id, parentId, position }, { parentId });
  if (!placed.ok) throw new Error(`agenda insert: ${placed.reason}`);
  await savePositions(tx, meeting.id, positionChanges([...before, { id: created.id, parentId, position }], placed.value));
  await bumpVersion(tx, meeting.id);
  return { id: created.id, number: numberOf(placed.value.map((row) => ({ ...row, durationMinutes: null })), created.id) };
}

export async function updateAgendaItem(ctx: Ctx, input: z.output<typeof editItemSchema>): Promise<Result<{ itemId: string }>> {
  return inTransaction(async (tx) => {
    const editable = await editableAgenda(tx, ctx, input);
    if (!editable.ok) return editable;
    const { meeting } = editable.value;
    const found = await itemOfMeeting(tx, meeting, input.itemId);
    if (!found.ok) return found;
    const item = found.value;
    if (input.seenUpdatedAt && input.seenUpdatedAt !== item.updatedAt.toISOString()) return refuse("AGENDA_ITEM_CHANGED");
    const columns = await itemColumns(tx, meeting, ctx.now, input);
    if (!columns.ok) return columns;
    await tx.agendaItem.update({ where: { id: item.id }, data: columns.value });
    await bumpVersion(tx, meeting.id);
    const { id: _id, createdAt: _c, updatedAt: _u, ...before } = item;
    await recordAudit(tx, { associationId: meeting.associationId, actorUserId: ctx.userId, entity: "AgendaItem", entityId: item.id, action: "agenda.item.edit", before, after: columns.value, at: ctx.now });
    return ok({ itemId: item.id });
  });
}

/**
 * Deletes an item and everything under it. Proposals and backlog items that had become these
 * items go back to waiting, so nobody's request silently disappears.
 */
export async function deleteAgendaItem(ctx: Ctx, input: z.output<typeof deleteItemSchema>): Promise<Result<{ removed: number; title: string }>> {
  return inTransaction(async (tx) => {
    const editable = await editableAgenda(tx, ctx, input);
    if (!editable.ok) return editable;
    const { meeting } = editable.value;
    const found = await itemOfMeeting(tx, meeting, input.itemId);
    if (!found.ok) return found;
    const rows = await treeRows(tx, meeting);
    const removal = removeFromTree(rows, found.value.id);
    if (!removal.ok) return refuse(removal.reason);
    const removedIds = removal.value.removed;
    const removedItems = await tx.agendaItem.findMany({ where: { id: { in: removedIds } }, select: { id: true, parentId: true, title: true, kind: true } });
    const number = numberOf(rows.map((row) => ({ ...row, durationMinutes: null })), found.value.id);
    await tx.agendaItem.delete({ where: { id: found.value.id } }); // sub-items go with it (cascade)
    await savePositions(tx, meeting.id, positionChanges(rows, removal.value.rows));
    const proposals = await tx.agendaProposal.updateMany({
      where: { associationId: meeting.associationId, agendaItemId: { in: removedIds } },
      data: { status: "PENDING", agendaItemId: null, decidedById: null, decidedAt: null, responseNote: null },
    });
    const backlog = await tx.backlogItem.updateMany({
      where: { associationId: meeting.associationId, agendaItemId: { in: removedIds } },
      data: { pulledIntoMeetingId: null, agendaItemId: null, pulledAt: null },
    });
    await bumpVersion(tx, meeting.id);
    await recordAudit(tx, {
      associationId: meeting.associationId,
      actorUserId: ctx.userId,
      entity: "AgendaItem",
      entityId: found.value.id,
      action: "agenda.item.delete",
      before: { meetingId: meeting.id, number, item: found.value, removed: removedItems, proposalsBackToWaiting: proposals.count, backlogBackToWaiting: backlog.count },
      at: ctx.now,
    });
    return ok({ removed: removedIds.length, title: found.value.title });
  });
}

async function moveTo(tx: Tx, ctx: Ctx, meeting: LockedMeeting, itemId: string, placement: (rows: Awaited<ReturnType<typeof treeRows>>) => Result<Placement>, action: string) {
  const found = await itemOfMeeting(tx, meeting, itemId);
  if (!found.ok) return found;
  const rows = await treeRows(tx, meeting);
  const target = placement(rows);
  if (!target.ok) return target;
  const moved = moveInTree(rows, found.value.id, target.value);
  if (!moved.ok) return refuse(moved.reason);
  const asRows = (tree: typeof rows) => tree.map((row) => ({ ...row, durationMinutes: null }));
  const before = { parentId: found.value.parentId, position: found.value.position, number: numberOf(asRows(rows), found.value.id) };
  await savePositions(tx, meeting.id, positionChanges(rows, moved.value));
  await bumpVersion(tx, meeting.id);
  const after = moved.value.find((row) => row.id === found.value.id)!;
  await recordAudit(tx, {
    associationId: meeting.associationId,
    actorUserId: ctx.userId,
    entity: "AgendaItem",
    entityId: found.value.id,
    action,
    before,
    after: { parentId: after.parentId, position: after.position, number: numberOf(asRows(moved.value), found.value.id) },
    at: ctx.now,
  });
  return ok({ itemId: found.value.id });
}

/** Up, down, indent (last sub-item of the item above) or outdent (next after its parent). */
export async function moveAgendaItem(ctx: Ctx, input: z.output<typeof moveItemSchema>): Promise<Result<{ itemId: string }>> {
  return inTransaction(async (tx) => {
    const editable = await editableAgenda(tx, ctx, input);
    if (!editable.ok) return editable;
    return moveTo(
      tx,
      ctx,
      editable.value.meeting,
      input.itemId,
      (rows) => {
        const placement = placementFor(rows, input.itemId, input.op);
        return placement.ok ? ok(placement.value) : refuse(placement.reason);
      },
      `agenda.item.${input.op}`,
    );
  });
}

/** Puts an item (with its sub-items) under another item of the same meeting, or at the top level. */
export async function placeAgendaItem(ctx: Ctx, input: z.output<typeof placeItemSchema> & { index?: number }): Promise<Result<{ itemId: string }>> {
  return inTransaction(async (tx) => {
    const editable = await editableAgenda(tx, ctx, input);
    if (!editable.ok) return editable;
    const { meeting } = editable.value;
    const parent = await parentOf(tx, meeting, input.parentId);
    if (!parent.ok) return parent;
    return moveTo(tx, ctx, meeting, input.itemId, () => ok({ parentId: parent.value, index: input.index ?? Number.MAX_SAFE_INTEGER }), "agenda.item.place");
  });
}

/** Drag and drop: before, after or inside another item of the same meeting. */
export async function dropAgendaItem(ctx: Ctx, input: z.output<typeof dropItemSchema>): Promise<Result<{ itemId: string }>> {
  return inTransaction(async (tx) => {
    const editable = await editableAgenda(tx, ctx, input);
    if (!editable.ok) return editable;
    const { meeting } = editable.value;
    const target = await itemOfMeeting(tx, meeting, input.targetId);
    if (!target.ok) return target;
    return moveTo(
      tx,
      ctx,
      meeting,
      input.itemId,
      (rows) => {
        const placement = placementRelativeTo(rows, input.itemId, target.value.id, input.spot);
        return placement.ok ? ok(placement.value) : refuse(placement.reason);
      },
      "agenda.item.drop",
    );
  });
}
