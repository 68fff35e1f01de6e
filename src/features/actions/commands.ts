import "server-only";
import type { z } from "zod";
import { actorOrRefusal } from "@/features/members/commands";
import { enqueueEmail } from "@/features/notifications/commands";
import { recordAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { isLocale, translatorFor } from "@/lib/i18n/messages";
import { ok, refuse, type Result } from "@/lib/result";
import { inTransaction, type Ctx } from "@/lib/use-case";
import { dateColumnToLocal, isoDate, todayIn } from "@/lib/zoned-time";
import { actionAssignedEmail } from "./emails";
import { isMemberOn, nextPosition } from "./queries";
import { canChangeStatus, canRecord, dueDateProblem, dueForFollowUp, isClosedForGood, statusAfter, type Assignee } from "./rules";
import type { addFollowUpSectionSchema, changeStatusSchema, createActionSchema, editActionSchema, recordFollowUpSchema } from "./schema";

/** Locks a meeting while its agenda changes: the agenda editor takes the same lock. */
export async function lockMeeting(tx: Tx, associationId: string, meetingId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Meeting" WHERE id = ${meetingId}::uuid AND "associationId" = ${associationId}::uuid FOR UPDATE`;
  return rows.length === 1;
}

/** Locks an action while it changes, so that two updates never interleave. */
async function lockAction(tx: Tx, associationId: string, actionId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Action" WHERE id = ${actionId}::uuid AND "associationId" = ${associationId}::uuid FOR UPDATE`;
  return rows.length === 1;
}

const dateColumn = (iso: string | undefined) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/** Checks the assignee: a member of this association today, a free-text name, or nobody. */
async function assigneeColumns(tx: Tx, associationId: string, assignee: Assignee, today: Date): Promise<Result<{ assigneeId: string | null; assigneeName: string | null }>> {
  if (assignee.kind === "nobody") return ok({ assigneeId: null, assigneeName: null });
  if (assignee.kind === "name") return ok({ assigneeId: null, assigneeName: assignee.name });
  if (!(await isMemberOn(tx, associationId, assignee.userId, today))) return refuse("ASSIGNEE_NOT_MEMBER");
  return ok({ assigneeId: assignee.userId, assigneeName: null });
}

type Association = { id: string; name: string; slug: string; locale: "fr" | "en"; timezone: string };

async function tellAssignee(tx: Tx, ctx: Ctx, association: Association, action: { id: string; title: string; detail: string | null; dueOn: Date | null; assigneeId: string | null }, meeting: { id: string; title: string } | null) {
  // Whoever gives an action to themselves needs no e-mail about it.
  if (!action.assigneeId || action.assigneeId === ctx.userId) return;
  const [assignee, actor] = await Promise.all([
    tx.user.findUniqueOrThrow({ where: { id: action.assigneeId }, select: { email: true, name: true, locale: true } }),
    tx.user.findUniqueOrThrow({ where: { id: ctx.userId }, select: { name: true } }),
  ]);
  await enqueueEmail(
    tx,
    actionAssignedEmail({
      associationId: association.id,
      associationName: association.name,
      associationSlug: association.slug,
      locale: assignee.locale && isLocale(assignee.locale) ? assignee.locale : association.locale,
      timezone: association.timezone,
      to: assignee.email,
      assigneeName: assignee.name,
      assignedBy: actor.name,
      action,
      meeting,
    }),
  );
}

/**
 * An action, from an agenda item (during the meeting or while writing the minutes) or on its
 * own. The assignee, when a member, is told by e-mail.
 */
export async function createAction(ctx: Ctx, input: z.output<typeof createActionSchema>): Promise<Result<{ actionId: string }>> {
  return inTransaction(async (tx) => {
    const acting = await actorOrRefusal(tx, ctx, input.associationId);
    if (!acting.ok) return acting;
    const association = await tx.association.findUniqueOrThrow({ where: { id: input.associationId } });
    let meeting: { id: string; title: string; startsAt: Date; facilitatorId: string | null; status: string } | null = null;
    if (input.agendaItemId) {
      const item = await tx.agendaItem.findFirst({
        where: { id: input.agendaItemId, associationId: input.associationId },
        select: { meeting: { select: { id: true, title: true, startsAt: true, facilitatorId: true, status: true } } },
      });
      if (!item) return refuse("NOT_FOUND");
      meeting = item.meeting;
    }
    if (!canRecord(acting.value, meeting)) return refuse("FORBIDDEN");
    if (meeting?.status === "CANCELLED") return refuse("MEETING_WAS_CANCELLED");
    const today = todayIn(ctx.now, association.timezone);
    const assignee = await assigneeColumns(tx, association.id, input.assignee, today);
    if (!assignee.ok) return assignee;
    const dueOn = dateColumn(input.dueOn);
    const meetingDay = meeting ? todayIn(meeting.startsAt, association.timezone) : null;
    const problem = dueDateProblem(dueOn, meetingDay);
    if (problem) return refuse(problem, { date: isoDate(dateColumnToLocal(meetingDay!)) });
    const action = await tx.action.create({
      data: {
        associationId: association.id,
        title: input.title,
        detail: input.detail ?? null,
        ...assignee.value,
        dueOn,
        meetingId: meeting?.id ?? null,
        agendaItemId: input.agendaItemId ?? null,
        createdById: ctx.userId,
        createdAt: ctx.now,
      },
    });
    await tellAssignee(tx, ctx, association, action, meeting);
    await recordAudit(tx, {
      associationId: association.id,
      actorUserId: ctx.userId,
      entity: "Action",
      entityId: action.id,
      action: "action.create",
      after: { title: action.title, detail: action.detail, assigneeId: action.assigneeId, assigneeName: action.assigneeName, dueOn: action.dueOn, meetingId: action.meetingId, agendaItemId: action.agendaItemId },
      at: ctx.now,
    });
    return ok({ actionId: action.id });
  });
}

async function loadAction(tx: Tx, associationId: string, actionId: string) {
  if (!(await lockAction(tx, associationId, actionId))) return null;
  return tx.action.findUniqueOrThrow({
    where: { id: actionId },
    include: { meeting: { select: { id: true, title: true, startsAt: true, facilitatorId: true } } },
  });
}

/** Title, detail, assignee and due date, by those who record; a new member assignee is told. */
export async function editAction(ctx: Ctx, input: z.output<typeof editActionSchema>): Promise<Result<null>> {
  return inTransaction(async (tx) => {
    const acting = await actorOrRefusal(tx, ctx, input.associationId);
    if (!acting.ok) return acting;
    const action = await loadAction(tx, input.associationId, input.actionId);
    if (!action) return refuse("NOT_FOUND");
    if (!canRecord(acting.value, action.meeting)) return refuse("FORBIDDEN");
    if (isClosedForGood(action)) return refuse("ACTION_CANCELLED");
    const association = await tx.association.findUniqueOrThrow({ where: { id: input.associationId } });
    const today = todayIn(ctx.now, association.timezone);
    const unchangedMember = input.assignee.kind === "member" && input.assignee.userId === action.assigneeId;
    // Someone who has since left may stay assigned; a new assignee must be a member today.
    const assignee = unchangedMember ? ok({ assigneeId: action.assigneeId, assigneeName: null }) : await assigneeColumns(tx, association.id, input.assignee, today);
    if (!assignee.ok) return assignee;
    const dueOn = dateColumn(input.dueOn);
    const meetingDay = action.meeting ? todayIn(action.meeting.startsAt, association.timezone) : null;
    const problem = dueDateProblem(dueOn, meetingDay);
    if (problem) return refuse(problem, { date: isoDate(dateColumnToLocal(meetingDay!)) });
    const before = { title: action.title, detail: action.detail, assigneeId: action.assigneeId, assigneeName: action.assigneeName, dueOn: action.dueOn };
    const updated = await tx.action.update({
      where: { id: action.id },
      data: { title: input.title, detail: input.detail ?? null, ...assignee.value, dueOn },
    });
    if (updated.assigneeId && updated.assigneeId !== action.assigneeId) await tellAssignee(tx, ctx, association, updated, action.meeting);
    await recordAudit(tx, {
      associationId: association.id,
      actorUserId: ctx.userId,
      entity: "Action",
      entityId: action.id,
      action: "action.edit",
      before,
      after: { title: updated.title, detail: updated.detail, assigneeId: updated.assigneeId, assigneeName: updated.assigneeName, dueOn: updated.dueOn },
      at: ctx.now,
    });
    return ok(null);
  });
}

/** A status change with an optional note, kept in the action's history. The assignee may do it. */
export async function changeActionStatus(ctx: Ctx, input: z.output<typeof changeStatusSchema>): Promise<Result<null>> {
  return inTransaction(async (tx) => {
    const acting = await actorOrRefusal(tx, ctx, input.associationId);
    if (!acting.ok) return acting;
    const action = await loadAction(tx, input.associationId, input.actionId);
    if (!action) return refuse("NOT_FOUND");
    if (!canChangeStatus(acting.value, action, action.meeting)) return refuse("FORBIDDEN");
    // Cancelling closes an action for good: for those who record, not for the assignee alone.
    if (input.status === "CANCELLED" && !canRecord(acting.value, action.meeting)) return refuse("FORBIDDEN");
    if (isClosedForGood(action)) return refuse("ACTION_CANCELLED");
    const next = statusAfter(input.status, action.status);
    await tx.action.update({ where: { id: action.id }, data: { status: next } });
    const update = await tx.actionUpdate.create({
      data: {
        associationId: input.associationId,
        actionId: action.id,
        kind: input.status,
        note: input.note ?? null,
        statusBefore: action.status,
        statusAfter: next,
        recordedById: ctx.userId,
        recordedAt: ctx.now,
      },
    });
    await recordAudit(tx, {
      associationId: input.associationId,
      actorUserId: ctx.userId,
      entity: "Action",
      entityId: action.id,
      action: "action.status",
      before: { status: action.status },
      after: { status: next, note: update.note, updateId: update.id },
      at: ctx.now,
    });
    return ok(null);
  });
}

/**
 * The secretary's record, during a later meeting, of where an action stands: done, in progress
 * or not discussed, with a note. One update per follow-up item; recording again corrects it.
 */
export async function recordActionFollowUp(ctx: Ctx, input: z.output<typeof recordFollowUpSchema>): Promise<Result<null>> {
  return inTransaction(async (tx) => {
    const acting = await actorOrRefusal(tx, ctx, input.associationId);
    if (!acting.ok) return acting;
    const link = await tx.actionFollowUp.findFirst({
      where: { agendaItemId: input.agendaItemId, associationId: input.associationId },
      select: { actionId: true, meeting: { select: { id: true, facilitatorId: true } } },
    });
    if (!link) return refuse("NOT_FOUND");
    if (!canRecord(acting.value, link.meeting)) return refuse("FORBIDDEN");
    const action = await loadAction(tx, input.associationId, link.actionId);
    if (!action) return refuse("NOT_FOUND");
    if (isClosedForGood(action)) return refuse("ACTION_CANCELLED");
    const earlier = await tx.actionUpdate.findUnique({ where: { followUpItemId: input.agendaItemId } });
    // A correction starts again from the status the action had before this follow-up, unless
    // something else changed it since.
    const base = earlier && action.status === earlier.statusAfter ? earlier.statusBefore : action.status;
    const next = statusAfter(input.outcome, base);
    const data = { kind: input.outcome, note: input.note ?? null, statusAfter: next, recordedById: ctx.userId, recordedAt: ctx.now };
    if (earlier) await tx.actionUpdate.update({ where: { id: earlier.id }, data });
    else
      await tx.actionUpdate.create({
        data: { ...data, associationId: input.associationId, actionId: action.id, statusBefore: base, meetingId: link.meeting.id, followUpItemId: input.agendaItemId },
      });
    if (next !== action.status) await tx.action.update({ where: { id: action.id }, data: { status: next } });
    await recordAudit(tx, {
      associationId: input.associationId,
      actorUserId: ctx.userId,
      entity: "Action",
      entityId: action.id,
      action: "action.followUp",
      before: earlier ? { kind: earlier.kind, note: earlier.note, status: action.status } : { status: action.status },
      after: { kind: input.outcome, note: input.note ?? null, status: next, meetingId: link.meeting.id, agendaItemId: input.agendaItemId },
      at: ctx.now,
    });
    return ok(null);
  });
}

/**
 * Adds to a meeting's agenda the follow-up of the actions still to do from earlier meetings:
 * a section at the end of the agenda (or the one already there), one item per action, each
 * linked to its action. Actions already listed in this meeting are not added twice.
 */
export async function addActionsFollowUp(ctx: Ctx, input: z.output<typeof addFollowUpSectionSchema>): Promise<Result<{ added: number; sectionId: string | null }>> {
  return inTransaction(async (tx) => {
    const acting = await actorOrRefusal(tx, ctx, input.associationId);
    if (!acting.ok) return acting;
    if (!(await lockMeeting(tx, input.associationId, input.meetingId))) return refuse("NOT_FOUND");
    const meeting = await tx.meeting.findUniqueOrThrow({ where: { id: input.meetingId }, include: { association: true } });
    if (!canRecord(acting.value, meeting)) return refuse("FORBIDDEN");
    if (meeting.status === "CANCELLED") return refuse("MEETING_WAS_CANCELLED");
    const candidates = await tx.action.findMany({
      where: { associationId: input.associationId, status: { in: ["OPEN", "IN_PROGRESS"] }, followUps: { none: { meetingId: meeting.id } } },
      select: {
        id: true,
        title: true,
        status: true,
        createdAt: true,
        assigneeId: true,
        assigneeName: true,
        meeting: { select: { id: true, startsAt: true } },
        agendaItem: { select: { id: true, visibility: true } },
      },
      orderBy: [{ createdAt: "asc" }],
    });
    const due = candidates
      .filter((action) => dueForFollowUp(action, meeting))
      .sort((a, b) => (a.meeting?.startsAt.getTime() ?? a.createdAt.getTime()) - (b.meeting?.startsAt.getTime() ?? b.createdAt.getTime()));
    let section = await tx.agendaItem.findFirst({
      where: { meetingId: meeting.id, parentId: null, kind: "SECTION", origin: "ACTIONS_FOLLOW_UP" },
      orderBy: { position: "asc" },
    });
    if (due.length === 0) return ok({ added: 0, sectionId: section?.id ?? null });
    if (!section) {
      const t = translatorFor(meeting.association.locale);
      section = await tx.agendaItem.create({
        data: {
          associationId: meeting.associationId,
          meetingId: meeting.id,
          parentId: null,
          position: await nextPosition(tx, meeting.id, null),
          kind: "SECTION",
          title: t("actions.followUp.sectionTitle"),
          origin: "ACTIONS_FOLLOW_UP",
        },
      });
    }
    let position = await nextPosition(tx, meeting.id, section.id);
    for (const action of due) {
      const item = await tx.agendaItem.create({
        data: {
          associationId: meeting.associationId,
          meetingId: meeting.id,
          parentId: section.id,
          position: position++,
          kind: "FOLLOW_UP",
          title: action.title,
          presenterId: action.assigneeId,
          presenterName: action.assigneeName,
          origin: "ACTIONS_FOLLOW_UP",
          sourceItemId: action.agendaItem?.id ?? null,
          visibility: action.agendaItem?.visibility ?? "MEMBERS",
        },
      });
      await tx.actionFollowUp.create({ data: { agendaItemId: item.id, associationId: meeting.associationId, meetingId: meeting.id, actionId: action.id } });
    }
    await tx.meeting.update({ where: { id: meeting.id }, data: { version: { increment: 1 } } });
    await recordAudit(tx, {
      associationId: meeting.associationId,
      actorUserId: ctx.userId,
      entity: "Meeting",
      entityId: meeting.id,
      action: "agenda.actionsFollowUp",
      after: { sectionId: section.id, actionIds: due.map((action) => action.id) },
      at: ctx.now,
    });
    return ok({ added: due.length, sectionId: section.id });
  });
}
