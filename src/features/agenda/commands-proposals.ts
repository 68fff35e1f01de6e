import "server-only";
// Board members propose items and questions for a coming meeting; the secretary, the president
// or the facilitator accepts them into the agenda (keeping who asked and when) or declines them.
import type { z } from "zod";
import { actorOrRefusal } from "@/features/members/commands";
import { recordAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { ok, refuse, type Result } from "@/lib/result";
import { inTransaction, type Ctx } from "@/lib/use-case";
import { todayIn } from "@/lib/zoned-time";
import { editableAgenda, itemOfMeeting, lockMeeting } from "./agenda-store";
import { createItemAt } from "./commands";
import { agendaCan, askedOnProblem, itemFromProposal, proposalProblem } from "./rules";
import type { acceptProposalSchema, declineProposalSchema, proposeSchema, withdrawProposalSchema } from "./schema";

export async function proposeAgendaItem(ctx: Ctx, input: z.output<typeof proposeSchema>): Promise<Result<{ proposalId: string }>> {
  return inTransaction(async (tx) => {
    const acting = await actorOrRefusal(tx, ctx, input.associationId);
    if (!acting.ok) return acting;
    const meeting = await tx.meeting.findFirst({
      where: { id: input.meetingId, associationId: input.associationId },
      select: { id: true, status: true, startsAt: true, association: { select: { timezone: true } } },
    });
    if (!meeting) return refuse("NOT_FOUND");
    if (!agendaCan.propose(acting.value)) return refuse("PROPOSAL_BOARD_ONLY");
    const problem = proposalProblem(meeting, ctx.now);
    if (problem) return refuse(problem);
    const askedOn = new Date(`${input.askedOn}T00:00:00Z`);
    const dateProblem = askedOnProblem(askedOn, todayIn(ctx.now, meeting.association.timezone));
    if (dateProblem) return refuse(dateProblem, { field: "askedOn" });
    const proposal = await tx.agendaProposal.create({
      data: {
        associationId: input.associationId,
        meetingId: meeting.id,
        proposedById: ctx.userId,
        kind: input.kind,
        title: input.title,
        description: input.description ?? null,
        askedOn,
      },
    });
    await recordAudit(tx, {
      associationId: input.associationId,
      actorUserId: ctx.userId,
      entity: "AgendaProposal",
      entityId: proposal.id,
      action: "agenda.proposal.create",
      after: { meetingId: meeting.id, kind: input.kind, title: input.title, description: input.description, askedOn: input.askedOn },
      at: ctx.now,
    });
    return ok({ proposalId: proposal.id });
  });
}

/** Locks a proposal of this meeting: two clicks on "accept" never make two items. */
async function lockProposal(tx: Tx, associationId: string, meetingId: string, proposalId: string) {
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "AgendaProposal" WHERE id = ${proposalId}::uuid AND "associationId" = ${associationId}::uuid FOR UPDATE`;
  if (!row) return refuse("NOT_FOUND");
  const proposal = await tx.agendaProposal.findUniqueOrThrow({ where: { id: row.id } });
  if (proposal.meetingId !== meetingId) return refuse("NOT_FOUND");
  if (proposal.status !== "PENDING") return refuse("PROPOSAL_DECIDED");
  return ok(proposal);
}

/** Accepts a proposal into the agenda, at the end or as the last sub-item of a chosen item. */
export async function acceptProposal(ctx: Ctx, input: z.output<typeof acceptProposalSchema>): Promise<Result<{ itemId: string }>> {
  return inTransaction(async (tx) => {
    const editable = await editableAgenda(tx, ctx, input);
    if (!editable.ok) return editable;
    const { meeting } = editable.value;
    const locked = await lockProposal(tx, input.associationId, meeting.id, input.proposalId);
    if (!locked.ok) return locked;
    const proposal = locked.value;
    let parentId: string | null = null;
    if (input.parentId) {
      const parent = await itemOfMeeting(tx, meeting, input.parentId);
      if (!parent.ok) return parent;
      parentId = parent.value.id;
    }
    const item = await createItemAt(tx, meeting, parentId, {
      ...itemFromProposal(proposal),
      title: proposal.title,
      description: proposal.description,
      visibility: "MEMBERS",
      askedById: proposal.proposedById,
      askedOn: proposal.askedOn,
    });
    await tx.agendaProposal.update({
      where: { id: proposal.id },
      data: { status: "ACCEPTED", agendaItemId: item.id, decidedById: ctx.userId, decidedAt: ctx.now, responseNote: input.note ?? null },
    });
    await recordAudit(tx, {
      associationId: meeting.associationId,
      actorUserId: ctx.userId,
      entity: "AgendaProposal",
      entityId: proposal.id,
      action: "agenda.proposal.accept",
      before: { status: "PENDING" },
      after: { status: "ACCEPTED", agendaItemId: item.id, number: item.number, note: input.note },
      at: ctx.now,
    });
    return ok({ itemId: item.id });
  });
}

/** Declines a proposal with a note its author will read. */
export async function declineProposal(ctx: Ctx, input: z.output<typeof declineProposalSchema>): Promise<Result<null>> {
  return inTransaction(async (tx) => {
    const acting = await actorOrRefusal(tx, ctx, input.associationId);
    if (!acting.ok) return acting;
    const meeting = await lockMeeting(tx, input.associationId, input.meetingId);
    if (!meeting) return refuse("NOT_FOUND");
    if (!agendaCan.decideProposals(acting.value, meeting)) return refuse("FORBIDDEN");
    const locked = await lockProposal(tx, input.associationId, meeting.id, input.proposalId);
    if (!locked.ok) return locked;
    await tx.agendaProposal.update({ where: { id: locked.value.id }, data: { status: "DECLINED", responseNote: input.note, decidedById: ctx.userId, decidedAt: ctx.now } });
    await recordAudit(tx, {
      associationId: meeting.associationId,
      actorUserId: ctx.userId,
      entity: "AgendaProposal",
      entityId: locked.value.id,
      action: "agenda.proposal.decline",
      before: { status: "PENDING" },
      after: { status: "DECLINED", note: input.note },
      at: ctx.now,
    });
    return ok(null);
  });
}

/** The proposer takes back a proposal nobody has decided on yet. */
export async function withdrawProposal(ctx: Ctx, input: z.output<typeof withdrawProposalSchema>): Promise<Result<null>> {
  return inTransaction(async (tx) => {
    const acting = await actorOrRefusal(tx, ctx, input.associationId);
    if (!acting.ok) return acting;
    const meeting = await lockMeeting(tx, input.associationId, input.meetingId);
    if (!meeting) return refuse("NOT_FOUND");
    const locked = await lockProposal(tx, input.associationId, meeting.id, input.proposalId);
    if (!locked.ok) return locked;
    if (!agendaCan.withdrawProposal(acting.value, locked.value)) return refuse("FORBIDDEN");
    await tx.agendaProposal.delete({ where: { id: locked.value.id } });
    const { id: _id, ...before } = locked.value;
    await recordAudit(tx, { associationId: meeting.associationId, actorUserId: ctx.userId, entity: "AgendaProposal", entityId: locked.value.id, action: "agenda.proposal.withdraw", before, at: ctx.now });
    return ok(null);
  });
}
