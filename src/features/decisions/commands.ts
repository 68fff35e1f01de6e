import "server-only";
import type { z } from "zod";
import { canRecord } from "@/features/actions/rules";
import { committableLineOf } from "@/features/budget/queries";
import { actorOrRefusal } from "@/features/members/commands";
import { recordAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { ok, refuse, type Result } from "@/lib/result";
import { inTransaction, type Ctx } from "@/lib/use-case";
import { instantAt, todayIn, wallClockOf } from "@/lib/zoned-time";
import { checkVote, defaultVoteTime, electorateOf, quorumRuleFor, votesFrom, voteTimeProblem, type VoteFacts } from "./rules";
import type { deleteDecisionSchema, editDecisionSchema, recordDecisionSchema } from "./schema";

type DecisionInput = z.output<typeof recordDecisionSchema>;
type Meeting = { id: string; kind: "BOARD" | "GENERAL_ASSEMBLY" | "OTHER"; startsAt: Date; endsAt: Date; facilitatorId: string | null; status: string };

const hhmm = (instant: Date, timezone: string) => {
  const wall = wallClockOf(instant, timezone);
  return `${String(wall.hour).padStart(2, "0")}:${String(wall.minute).padStart(2, "0")}`;
};

/**
 * The time of the vote and what the server finds about it: voters present then (members who
 * had left are not counted), quorum, majority. Refuses more votes than voters present.
 */
async function voteOf(tx: Tx, ctx: Ctx, associationId: string, meeting: Meeting, input: Omit<DecisionInput, "associationId" | "agendaItemId">): Promise<Result<{ votedAt: Date; facts: VoteFacts; language: "fr" | "en" }>> {
  const association = await tx.association.findUniqueOrThrow({ where: { id: associationId } });
  const votedAt = input.votedAt ? instantAt(input.votedAt, association.timezone) : defaultVoteTime(ctx.now, meeting);
  const timeProblem = voteTimeProblem(votedAt, meeting, ctx.now);
  if (timeProblem) return refuse(timeProblem, { start: hhmm(meeting.startsAt, association.timezone), end: hhmm(meeting.endsAt, association.timezone) });
  const [attendance, terms] = await Promise.all([
    tx.attendance.findMany({ where: { meetingId: meeting.id, associationId }, select: { userId: true, status: true, proxyUserId: true, arrivedAt: true, leftAt: true } }),
    tx.membership.findMany({ where: { associationId }, select: { userId: true, kind: true, startsOn: true, endsOn: true } }),
  ]);
  const electorate = electorateOf(meeting.kind, terms, todayIn(meeting.startsAt, association.timezone));
  const checked = checkVote({
    meeting: { rule: quorumRuleFor(meeting.kind, association), electorate, attendance },
    votedAt,
    votes: votesFrom(input),
    majority: input.majority,
    outcome: input.outcome,
  });
  if (!checked.ok) return refuse(checked.problem, { present: checked.present, cast: checked.cast });
  return ok({ votedAt, facts: checked.facts, language: association.locale });
}

function decisionColumns(input: Omit<DecisionInput, "associationId" | "agendaItemId">) {
  const votes = votesFrom(input);
  return {
    text: input.text,
    outcome: input.outcome,
    majority: input.majority,
    votesFor: votes?.for ?? null,
    votesAgainst: votes?.against ?? null,
    votesAbstain: votes?.abstain ?? null,
    amountCents: input.amount ?? null,
    amountIncludesTax: input.amount === undefined ? null : input.amountTax === "TTC",
    budgetLineId: input.budgetLineId ?? null,
  };
}

/** A budget line from another association, or of a superseded plan, is "not found". */
async function budgetLineProblem(tx: Tx, associationId: string, lineId: string | undefined) {
  return lineId && !(await committableLineOf(tx, associationId, lineId)) ? refuse("NOT_FOUND") : null;
}

/** What the audit trail keeps of a decision. */
const snapshot = (d: ReturnType<typeof decisionColumns> & { votedAt: Date } & Partial<VoteFacts>) => ({
  text: d.text,
  outcome: d.outcome,
  majority: d.majority,
  votesFor: d.votesFor,
  votesAgainst: d.votesAgainst,
  votesAbstain: d.votesAbstain,
  votedAt: d.votedAt,
  amountCents: d.amountCents,
  amountIncludesTax: d.amountIncludesTax,
  budgetLineId: d.budgetLineId,
  votersPresent: d.votersPresent,
  quorumMet: d.quorumMet,
  majorityMet: d.majorityMet,
});

/** A decision on an agenda item, checked against the voters present at the time of the vote. */
export async function recordDecision(ctx: Ctx, input: DecisionInput): Promise<Result<{ decisionId: string }>> {
  return inTransaction(async (tx) => {
    const acting = await actorOrRefusal(tx, ctx, input.associationId);
    if (!acting.ok) return acting;
    const item = await tx.agendaItem.findFirst({
      where: { id: input.agendaItemId, associationId: input.associationId },
      select: { id: true, meeting: { select: { id: true, kind: true, startsAt: true, endsAt: true, facilitatorId: true, status: true } } },
    });
    if (!item) return refuse("NOT_FOUND");
    if (!canRecord(acting.value, item.meeting)) return refuse("FORBIDDEN");
    if (item.meeting.status === "CANCELLED") return refuse("MEETING_WAS_CANCELLED");
    const lineProblem = await budgetLineProblem(tx, input.associationId, input.budgetLineId);
    if (lineProblem) return lineProblem;
    const vote = await voteOf(tx, ctx, input.associationId, item.meeting, input);
    if (!vote.ok) return vote;
    const columns = decisionColumns(input);
    const decision = await tx.decision.create({
      data: {
        associationId: input.associationId,
        meetingId: item.meeting.id,
        agendaItemId: item.id,
        ...columns,
        votedAt: vote.value.votedAt,
        ...vote.value.facts,
        language: vote.value.language,
        recordedById: ctx.userId,
        createdAt: ctx.now,
      },
    });
    await recordAudit(tx, {
      associationId: input.associationId,
      actorUserId: ctx.userId,
      entity: "Decision",
      entityId: decision.id,
      action: "decision.record",
      after: snapshot({ ...columns, votedAt: vote.value.votedAt, ...vote.value.facts }),
      at: ctx.now,
    });
    return ok({ decisionId: decision.id });
  });
}

async function decisionToChange(tx: Tx, ctx: Ctx, associationId: string, decisionId: string) {
  const acting = await actorOrRefusal(tx, ctx, associationId);
  if (!acting.ok) return acting;
  const decision = await tx.decision.findFirst({
    where: { id: decisionId, associationId },
    include: { meeting: { select: { id: true, kind: true, startsAt: true, endsAt: true, facilitatorId: true, status: true } } },
  });
  if (!decision) return refuse("NOT_FOUND");
  if (!canRecord(acting.value, decision.meeting)) return refuse("FORBIDDEN");
  return ok(decision);
}

/** Corrects a decision; the facts of the vote are checked again. */
export async function editDecision(ctx: Ctx, input: z.output<typeof editDecisionSchema>): Promise<Result<null>> {
  return inTransaction(async (tx) => {
    const found = await decisionToChange(tx, ctx, input.associationId, input.decisionId);
    if (!found.ok) return found;
    const decision = found.value;
    const lineProblem = await budgetLineProblem(tx, input.associationId, input.budgetLineId);
    if (lineProblem) return lineProblem;
    const vote = await voteOf(tx, ctx, input.associationId, decision.meeting, input);
    if (!vote.ok) return vote;
    const columns = decisionColumns(input);
    await tx.decision.update({ where: { id: decision.id }, data: { ...columns, votedAt: vote.value.votedAt, ...vote.value.facts } });
    await recordAudit(tx, {
      associationId: input.associationId,
      actorUserId: ctx.userId,
      entity: "Decision",
      entityId: decision.id,
      action: "decision.edit",
      before: snapshot(decision),
      after: snapshot({ ...columns, votedAt: vote.value.votedAt, ...vote.value.facts }),
      at: ctx.now,
    });
    return ok(null);
  });
}

/** Removes a decision recorded by mistake; the audit trail keeps what it said. */
export async function deleteDecision(ctx: Ctx, input: z.output<typeof deleteDecisionSchema>): Promise<Result<null>> {
  return inTransaction(async (tx) => {
    const found = await decisionToChange(tx, ctx, input.associationId, input.decisionId);
    if (!found.ok) return found;
    const decision = found.value;
    await tx.decision.delete({ where: { id: decision.id } });
    await recordAudit(tx, {
      associationId: input.associationId,
      actorUserId: ctx.userId,
      entity: "Decision",
      entityId: decision.id,
      action: "decision.delete",
      before: { ...snapshot(decision), meetingId: decision.meetingId, agendaItemId: decision.agendaItemId },
      at: ctx.now,
    });
    return ok(null);
  });
}
