import "server-only";
import type { z } from "zod";
import { actorOrRefusal } from "@/features/members/commands";
import { enqueueEmail } from "@/features/notifications/commands";
import { recordAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { ok, refuse, type Result } from "@/lib/result";
import { inTransaction, type Ctx } from "@/lib/use-case";
import { localDateOf, localToDateColumn } from "@/lib/zoned-time";
import { openingEmail } from "./emails";
import { recordOutcome, reviewContext } from "./outcome";
import { loadReview, minutesSituation } from "./queries";
import { answerRefusal, approvalRights, closeEarlyRefusal, electorateOn, openReviewRefusal, settleRefusal, standingResponses, windowClosesAt, type ResponseKind } from "./rules";
import type { answerSchema, closeEarlySchema, openReviewSchema, opinionSchema, settleSchema, withdrawSchema } from "./schema";

/**
 * Opens the approval window on the current revision (rule 1). The electorate is frozen now:
 * the voting board members whose term covers the meeting date; advisory members apart.
 */
export async function openReview(ctx: Ctx, input: z.output<typeof openReviewSchema>): Promise<Result<{ reviewId: string; closesAt: Date; timezone: string }>> {
  return inTransaction(async (tx) => {
    const acting = await actorOrRefusal(tx, ctx, input.associationId);
    if (!acting.ok) return acting;
    const meeting = await tx.meeting.findFirst({ where: { id: input.meetingId, associationId: input.associationId }, include: { association: true } });
    if (!meeting) return refuse("NOT_FOUND");
    if (!approvalRights.openReview(acting.value, meeting)) return refuse("FORBIDDEN");
    const [locked] = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Minutes" WHERE "meetingId" = ${meeting.id}::uuid AND "associationId" = ${input.associationId}::uuid FOR UPDATE`;
    if (!locked) return refuse("NO_REVISION");
    const minutes = await tx.minutes.findUniqueOrThrow({ where: { id: locked.id } });
    const { association } = meeting;
    const situation = await minutesSituation(tx, minutes.id, ctx.now, association.timezone);
    const meetingDay = localToDateColumn(localDateOf(meeting.startsAt, association.timezone));
    const terms = await tx.membership.findMany({ where: { associationId: input.associationId }, select: { userId: true, kind: true, startsOn: true, endsOn: true } });
    const voters = electorateOn(terms, meetingDay);
    const refusal = openReviewRefusal({
      currentRevision: minutes.currentRevision,
      latest: situation.latest ? { state: situation.latest.state, revisionNumber: situation.latest.review.revisionNumber } : null,
      electors: voters.filter((v) => v.role === "ELECTOR").length,
    });
    if (refusal) return refuse(refusal);
    const closesAt = windowClosesAt(ctx.now, association.approvalWindowDays, association.timezone);
    const review = await tx.minutesReview.create({
      data: {
        associationId: input.associationId,
        minutesId: minutes.id,
        number: (situation.latest?.review.number ?? 0) + 1,
        revisionNumber: minutes.currentRevision,
        windowDays: association.approvalWindowDays,
        openedById: ctx.userId,
        openedAt: ctx.now,
        closesAt,
        voters: { createMany: { data: voters } },
      },
    });
    const context = reviewContext(review.id, association, meeting, closesAt);
    const people = await tx.user.findMany({ where: { id: { in: voters.map((v) => v.userId) } }, select: { id: true, email: true, name: true, locale: true } });
    for (const person of people) {
      await enqueueEmail(tx, openingEmail(context, person, voters.find((v) => v.userId === person.id)!.role));
    }
    await recordAudit(tx, {
      associationId: input.associationId,
      actorUserId: ctx.userId,
      entity: "MinutesReview",
      entityId: review.id,
      action: "review.open",
      after: { revision: minutes.currentRevision, closesAt, electors: voters.filter((v) => v.role === "ELECTOR").map((v) => v.userId), advisory: voters.filter((v) => v.role === "ADVISORY").map((v) => v.userId) },
      at: ctx.now,
    });
    return ok({ reviewId: review.id, closesAt, timezone: association.timezone });
  });
}

/**
 * The review with a shared lock on its minutes: answers run side by side, but never in the
 * middle of an amendment, so the revision an answer was given on is exact.
 */
async function reviewForAnswer(tx: Tx, ctx: Ctx, associationId: string, reviewId: string) {
  const acting = await actorOrRefusal(tx, ctx, associationId);
  if (!acting.ok) return acting;
  const [row] = await tx.$queryRaw<{ id: string; currentRevision: number; timezone: string }[]>`
    SELECT m.id, m."currentRevision", a.timezone FROM "MinutesReview" r
    JOIN "Minutes" m ON m.id = r."minutesId" JOIN "Association" a ON a.id = r."associationId"
    WHERE r.id = ${reviewId}::uuid AND r."associationId" = ${associationId}::uuid FOR SHARE OF m`;
  if (!row) return refuse("NOT_FOUND");
  const loaded = await loadReview(tx, { id: reviewId, associationId }, ctx.now, row.timezone);
  if (!loaded) return refuse("NOT_FOUND");
  // Only the latest review of the minutes takes answers.
  const newer = await tx.minutesReview.count({ where: { minutesId: loaded.review.minutesId, number: { gt: loaded.review.number } } });
  if (newer > 0) return refuse("WINDOW_CLOSED");
  const closed = answerRefusal(loaded.state);
  if (closed) return refuse(closed);
  return ok({ actor: acting.value, loaded, currentRevision: row.currentRevision });
}

async function recordResponse(tx: Tx, ctx: Ctx, associationId: string, reviewId: string, kind: ResponseKind, note: string | null, revisionNumber: number) {
  const response = await tx.approvalResponse.create({ data: { associationId, reviewId, userId: ctx.userId, kind, note, revisionNumber, at: ctx.now } });
  await recordAudit(tx, { associationId, actorUserId: ctx.userId, entity: "MinutesReview", entityId: reviewId, action: `review.${kind.toLowerCase()}`, after: { kind, note, revisionNumber }, at: ctx.now });
  return response;
}

/** Approve, approve with a reservation, or object; a new answer replaces the standing one (rule 3). */
export async function answerReview(ctx: Ctx, input: z.output<typeof answerSchema>): Promise<Result<{ revisionNumber: number }>> {
  return inTransaction(async (tx) => {
    const found = await reviewForAnswer(tx, ctx, input.associationId, input.reviewId);
    if (!found.ok) return found;
    const { actor, loaded, currentRevision } = found.value;
    if (!approvalRights.respond(actor, loaded.voters)) return refuse(approvalRights.giveOpinion(actor, loaded.voters) ? "ADVISORY_GIVES_OPINION" : "NOT_AN_ELECTOR");
    await recordResponse(tx, ctx, input.associationId, input.reviewId, input.kind, input.note, currentRevision);
    return ok({ revisionNumber: currentRevision });
  });
}

/** An advisory member's consultative opinion: recorded, shown apart, never counted. */
export async function giveOpinion(ctx: Ctx, input: z.output<typeof opinionSchema>): Promise<Result<{ revisionNumber: number }>> {
  return inTransaction(async (tx) => {
    const found = await reviewForAnswer(tx, ctx, input.associationId, input.reviewId);
    if (!found.ok) return found;
    const { actor, loaded, currentRevision } = found.value;
    if (!approvalRights.giveOpinion(actor, loaded.voters)) return refuse("NOT_ADVISORY");
    await recordResponse(tx, ctx, input.associationId, input.reviewId, "OPINION", input.note, currentRevision);
    return ok({ revisionNumber: currentRevision });
  });
}

/** Takes back the standing answer or opinion; until the close, silence is again the answer. */
export async function withdrawResponse(ctx: Ctx, input: z.output<typeof withdrawSchema>): Promise<Result<null>> {
  return inTransaction(async (tx) => {
    const found = await reviewForAnswer(tx, ctx, input.associationId, input.reviewId);
    if (!found.ok) return found;
    const { actor, loaded, currentRevision } = found.value;
    if (!approvalRights.respond(actor, loaded.voters) && !approvalRights.giveOpinion(actor, loaded.voters)) return refuse("NOT_AN_ELECTOR");
    if (!standingResponses(loaded.responses, ctx.now).has(ctx.userId)) return refuse("NOTHING_TO_WITHDRAW");
    await recordResponse(tx, ctx, input.associationId, input.reviewId, "WITHDRAWN", null, currentRevision);
    return ok(null);
  });
}

/** The review row, locked: closing, settling and the job never act on it twice. */
async function lockedReview(tx: Tx, ctx: Ctx, associationId: string, reviewId: string) {
  const [row] = await tx.$queryRaw<{ id: string; timezone: string }[]>`
    SELECT r.id, a.timezone FROM "MinutesReview" r JOIN "Association" a ON a.id = r."associationId"
    WHERE r.id = ${reviewId}::uuid AND r."associationId" = ${associationId}::uuid FOR UPDATE OF r`;
  if (!row) return null;
  return loadReview(tx, { id: reviewId, associationId }, ctx.now, row.timezone);
}

/** The secretary closes early once every elector has answered explicitly (rule 6). */
export async function closeReviewEarly(ctx: Ctx, input: z.output<typeof closeEarlySchema>): Promise<Result<{ status: string }>> {
  return inTransaction(async (tx) => {
    const acting = await actorOrRefusal(tx, ctx, input.associationId);
    if (!acting.ok) return acting;
    const loaded = await lockedReview(tx, ctx, input.associationId, input.reviewId);
    if (!loaded) return refuse("NOT_FOUND");
    if (!approvalRights.closeEarly(acting.value)) return refuse("FORBIDDEN");
    const refusal = closeEarlyRefusal(loaded.state);
    if (refusal) return refuse(refusal, refusal === "NOT_EVERYONE_ANSWERED" && loaded.state.status === "OPEN" ? { missing: loaded.state.electors - loaded.state.answered } : undefined);
    await tx.minutesReview.update({ where: { id: loaded.review.id }, data: { closedEarlyAt: ctx.now, closedEarlyById: ctx.userId } });
    await recordAudit(tx, { associationId: input.associationId, actorUserId: ctx.userId, entity: "MinutesReview", entityId: loaded.review.id, action: "review.closeEarly", after: { closedEarlyAt: ctx.now }, at: ctx.now });
    const outcome = await recordOutcome(tx, loaded.review.id, ctx.now);
    return ok({ status: outcome?.status ?? "APPROVED" });
  });
}

/** A contested review settled by the board's decision at a later meeting (rule 5). */
export async function settleReview(ctx: Ctx, input: z.output<typeof settleSchema>): Promise<Result<null>> {
  return inTransaction(async (tx) => {
    const acting = await actorOrRefusal(tx, ctx, input.associationId);
    if (!acting.ok) return acting;
    const loaded = await lockedReview(tx, ctx, input.associationId, input.reviewId);
    if (!loaded) return refuse("NOT_FOUND");
    if (!approvalRights.settle(acting.value)) return refuse("FORBIDDEN");
    const meeting = await tx.meeting.findFirst({ where: { id: input.meetingId, associationId: input.associationId }, select: { id: true, startsAt: true } });
    if (!meeting) return refuse("NOT_FOUND");
    const newer = await tx.minutesReview.count({ where: { minutesId: loaded.review.minutesId, number: { gt: loaded.review.number } } });
    if (newer > 0) return refuse("NOT_CONTESTED");
    const refusal = settleRefusal(loaded.state, meeting.startsAt);
    if (refusal) return refuse(refusal);
    await tx.minutesReview.update({
      where: { id: loaded.review.id },
      data: { settlement: input.outcome, settledAt: ctx.now, settledById: ctx.userId, settledMeetingId: meeting.id, settledNote: input.note },
    });
    await recordAudit(tx, { associationId: input.associationId, actorUserId: ctx.userId, entity: "MinutesReview", entityId: loaded.review.id, action: "review.settle", after: { outcome: input.outcome, meetingId: meeting.id, note: input.note }, at: ctx.now });
    return ok(null);
  });
}
