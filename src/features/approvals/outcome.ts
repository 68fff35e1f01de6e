import "server-only";
import { enqueueEmail } from "@/features/notifications/commands";
import { recordAudit } from "@/lib/audit";
import { db, type Tx } from "@/lib/db";
import { isLocale, translatorFor, type AppLocale } from "@/lib/i18n/messages";
import { reminderEmail, resultEmail, type Outcome, type ReviewContext } from "./emails";
import { loadReview } from "./queries";
import { daysLeft, nextMeetingAfter, reminderDue, REMINDER_DAYS_BEFORE_CLOSE, silentElectors, type ReviewState } from "./rules";

type AssociationRow = { id: string; slug: string; name: string; timezone: string; locale: string };

export function reviewContext(reviewId: string, association: AssociationRow, meeting: { id: string; title: string; startsAt: Date }, closesAt: Date): ReviewContext {
  const locale: AppLocale = isLocale(association.locale) ? association.locale : "fr";
  return { reviewId, association: { ...association, locale }, meeting: { id: meeting.id, title: meeting.title, startsAt: meeting.startsAt }, closesAt };
}

async function contextOf(tx: Tx, reviewId: string) {
  const review = await tx.minutesReview.findUniqueOrThrow({
    where: { id: reviewId },
    select: { closesAt: true, association: true, minutes: { select: { meeting: { select: { id: true, title: true, startsAt: true } } } } },
  });
  return { association: review.association, meeting: review.minutes.meeting, context: reviewContext(reviewId, review.association, review.minutes.meeting, review.closesAt) };
}

/**
 * A contested review puts "approve these minutes" on the next planned meeting's agenda, as a
 * decision item; when no meeting is planned yet, it waits in the next-agenda backlog.
 */
async function addFollowUp(tx: Tx, reviewId: string, state: Extract<ReviewState, { status: "CONTESTED" }>, now: Date) {
  const { association, meeting, context } = await contextOf(tx, reviewId);
  const review = await tx.minutesReview.findUniqueOrThrow({ where: { id: reviewId }, select: { openedById: true, minutes: { select: { createdById: true } } } });
  const t = translatorFor(context.association.locale);
  const objectors = await tx.user.findMany({ where: { id: { in: state.objectors } }, select: { name: true }, orderBy: { name: "asc" } });
  const title = t("approvals.followUp.title", { meeting: meeting.title });
  const description = t("approvals.followUp.description", {
    date: new Intl.DateTimeFormat(context.association.locale, { dateStyle: "long", timeZone: association.timezone }).format(state.closedAt),
    objectors: objectors.map((o) => o.name).join(", "),
  });
  const candidates = await tx.meeting.findMany({ where: { associationId: association.id, status: "PLANNED", startsAt: { gt: state.closedAt } }, select: { id: true, title: true, startsAt: true, status: true } });
  const next = nextMeetingAfter(candidates, state.closedAt);
  if (next) {
    // The agenda's editors lock the meeting while they reorder; so do we, and bump its version.
    await tx.$queryRaw`SELECT id FROM "Meeting" WHERE id = ${next.id}::uuid FOR UPDATE`;
    const last = await tx.agendaItem.aggregate({ where: { meetingId: next.id, parentId: null }, _max: { position: true } });
    const item = await tx.agendaItem.create({
      data: {
        associationId: association.id,
        meetingId: next.id,
        position: (last._max.position ?? -1) + 1,
        kind: "DECISION",
        title,
        description,
        visibility: "BOARD",
        origin: "MINUTES_APPROVAL",
      },
    });
    await tx.meeting.update({ where: { id: next.id }, data: { version: { increment: 1 } } });
    await tx.minutesReview.update({ where: { id: reviewId }, data: { followUpAgendaItemId: item.id } });
    return { kind: "meeting" as const, title: next.title, startsAt: next.startsAt };
  }
  const addedById = review.openedById ?? review.minutes.createdById ?? state.objectors[0];
  const backlog = await tx.backlogItem.create({ data: { associationId: association.id, title, description, addedById, raisedAtMeetingId: meeting.id, createdAt: now } });
  await tx.minutesReview.update({ where: { id: reviewId }, data: { followUpBacklogItemId: backlog.id } });
  return { kind: "backlog" as const };
}

/**
 * Acts on a closed review once: the agenda follow-up when contested, then the result e-mails.
 * The review row is locked and marked in the same transaction; the e-mails carry dedupe keys.
 * Returns null when the review is still open or was already acted on.
 */
export async function recordOutcome(tx: Tx, reviewId: string, now: Date): Promise<ReviewState | null> {
  const [row] = await tx.$queryRaw<{ outcomeRecordedAt: Date | null; associationId: string; timezone: string }[]>`
    SELECT r."outcomeRecordedAt", r."associationId", a.timezone FROM "MinutesReview" r JOIN "Association" a ON a.id = r."associationId"
    WHERE r.id = ${reviewId}::uuid FOR UPDATE OF r`;
  if (!row || row.outcomeRecordedAt) return null;
  const loaded = await loadReview(tx, { id: reviewId, associationId: row.associationId }, now, row.timezone);
  if (!loaded || loaded.state.status === "OPEN") return null;
  const state = loaded.state;
  let outcome: Outcome;
  if (state.status === "CONTESTED") {
    const followUp = await addFollowUp(tx, reviewId, state, now);
    const objectors = await tx.user.findMany({ where: { id: { in: state.objectors } }, select: { name: true }, orderBy: { name: "asc" } });
    outcome = { status: "CONTESTED", objectors: objectors.map((o) => o.name).join(", "), followUp };
  } else {
    outcome = { status: "APPROVED", tacit: state.tacit.length };
  }
  const { context } = await contextOf(tx, reviewId);
  const people = await tx.user.findMany({ where: { id: { in: loaded.voters.map((v) => v.userId) } }, select: { id: true, email: true, name: true, locale: true } });
  for (const person of people) await enqueueEmail(tx, resultEmail(context, person, outcome));
  await tx.minutesReview.update({ where: { id: reviewId }, data: { outcomeRecordedAt: now } });
  await recordAudit(tx, {
    associationId: row.associationId,
    actorUserId: null,
    entity: "MinutesReview",
    entityId: reviewId,
    action: "review.outcome",
    after: { status: state.status, tacit: state.tacit, objectors: state.objectors },
    at: now,
  });
  return state;
}

/**
 * The periodic job (rule 8), without pg-boss so that it can be tested: reminders for the open
 * windows whose reminder is due, then the outcome of every closed window not yet acted on.
 * Safe to run twice, or in two processes at once.
 */
export async function runApprovalJobs(now: Date): Promise<{ reminders: number; outcomes: number }> {
  let reminders = 0;
  let outcomes = 0;
  const horizon = new Date(now.getTime() + (REMINDER_DAYS_BEFORE_CLOSE + 2) * 86_400_000);
  const open = await db().minutesReview.findMany({
    where: { closedEarlyAt: null, closesAt: { gte: now, lte: horizon } },
    select: { id: true, associationId: true, association: { select: { timezone: true } } },
  });
  for (const candidate of open) {
    reminders += await db().$transaction(async (tx) => {
      const loaded = await loadReview(tx, { id: candidate.id, associationId: candidate.associationId }, now, candidate.association.timezone);
      if (!loaded || !reminderDue(loaded.review, now, candidate.association.timezone)) return 0;
      const silent = silentElectors(loaded.voters, loaded.responses, now);
      if (!silent.length) return 0;
      const { context } = await contextOf(tx, candidate.id);
      const people = await tx.user.findMany({ where: { id: { in: silent } }, select: { id: true, email: true, name: true, locale: true } });
      let sent = 0;
      for (const person of people) {
        if (await enqueueEmail(tx, reminderEmail(context, person, daysLeft(now, loaded.review.closesAt, candidate.association.timezone)))) sent++;
      }
      return sent;
    });
  }
  const closed = await db().minutesReview.findMany({
    where: { outcomeRecordedAt: null, OR: [{ closesAt: { lt: now } }, { closedEarlyAt: { not: null } }] },
    select: { id: true },
  });
  for (const { id } of closed) {
    const state = await db().$transaction((tx) => recordOutcome(tx, id, now));
    if (state) outcomes++;
  }
  return { reminders, outcomes };
}
