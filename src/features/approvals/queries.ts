import "server-only";
import { db, type Tx } from "@/lib/db";
import { approvalTable, minutesPhase, reviewState, standingResponses, type MinutesPhase, type ResponseRow, type ReviewState, type Voter } from "./rules";

type Reader = Tx | ReturnType<typeof db>;

const reviewSelect = {
  id: true,
  associationId: true,
  minutesId: true,
  number: true,
  revisionNumber: true,
  windowDays: true,
  openedAt: true,
  openedById: true,
  closesAt: true,
  closedEarlyAt: true,
  outcomeRecordedAt: true,
  followUpAgendaItemId: true,
  followUpBacklogItemId: true,
  settlement: true,
  settledAt: true,
  settledMeetingId: true,
  settledNote: true,
} as const;

export const toResponseRow = (r: { id: bigint; userId: string; kind: ResponseRow["kind"]; note: string | null; revisionNumber: number; at: Date }): ResponseRow => ({
  seq: Number(r.id),
  userId: r.userId,
  kind: r.kind,
  note: r.note,
  revisionNumber: r.revisionNumber,
  at: r.at,
});

/** A review with its frozen electorate and its whole answer history, and its state at `now`. */
export async function loadReview(reader: Reader, where: { id: string; associationId: string } | { minutesId: string; latest: true }, now: Date, timeZone: string) {
  const review =
    "id" in where
      ? await reader.minutesReview.findFirst({ where: { id: where.id, associationId: where.associationId }, select: reviewSelect })
      : await reader.minutesReview.findFirst({ where: { minutesId: where.minutesId }, orderBy: { number: "desc" }, select: reviewSelect });
  if (!review) return null;
  const [voters, rows] = await Promise.all([
    reader.minutesReviewVoter.findMany({ where: { reviewId: review.id }, select: { userId: true, role: true } }),
    reader.approvalResponse.findMany({ where: { reviewId: review.id }, orderBy: { id: "asc" } }),
  ]);
  const responses = rows.map(toResponseRow);
  const state = reviewState(review, voters, responses, now, timeZone);
  return { review, voters: voters as Voter[], responses, state };
}
export type LoadedReview = NonNullable<Awaited<ReturnType<typeof loadReview>>>;

/** Where the minutes stand: their latest review (if any) decides who may change them. */
export async function minutesSituation(reader: Reader, minutesId: string, now: Date, timeZone: string): Promise<{ latest: LoadedReview | null; phase: MinutesPhase }> {
  const latest = await loadReview(reader, { minutesId, latest: true }, now, timeZone);
  return { latest, phase: minutesPhase(latest?.state ?? null) };
}

/** Everything the review part of the minutes page shows. */
export async function reviewPanel(associationId: string, minutesId: string, currentRevision: number, now: Date, timeZone: string) {
  const reviews = await db().minutesReview.findMany({ where: { associationId, minutesId }, orderBy: { number: "desc" }, select: { id: true } });
  if (!reviews.length) return null;
  const loaded = await loadReview(db(), { id: reviews[0].id, associationId }, now, timeZone);
  if (!loaded) return null;
  const people = await db().user.findMany({
    where: { id: { in: [...new Set([...loaded.voters.map((v) => v.userId), ...loaded.responses.map((r) => r.userId), ...(loaded.review.openedById ? [loaded.review.openedById] : [])])] } },
    select: { id: true, name: true },
  });
  const names = new Map(people.map((p) => [p.id, p.name]));
  const byName = (a: { userId: string }, b: { userId: string }) => (names.get(a.userId) ?? "").localeCompare(names.get(b.userId) ?? "", "fr");
  const table = approvalTable(loaded.voters, loaded.responses, loaded.state, currentRevision);
  const [followUpItem, followUpBacklog, settledMeeting] = await Promise.all([
    loaded.review.followUpAgendaItemId
      ? db().agendaItem.findFirst({ where: { id: loaded.review.followUpAgendaItemId, associationId }, select: { meeting: { select: { id: true, title: true, startsAt: true } } } })
      : null,
    loaded.review.followUpBacklogItemId ? db().backlogItem.findFirst({ where: { id: loaded.review.followUpBacklogItemId, associationId }, select: { id: true, title: true } }) : null,
    loaded.review.settledMeetingId ? db().meeting.findFirst({ where: { id: loaded.review.settledMeetingId, associationId }, select: { id: true, title: true, startsAt: true } }) : null,
  ]);
  return {
    ...loaded,
    earlier: reviews.length - 1,
    names,
    electors: [...table.electors].sort(byName),
    opinions: [...table.opinions].sort(byName),
    history: [...loaded.responses].reverse(),
    followUpMeeting: followUpItem?.meeting ?? null,
    followUpBacklog,
    settledMeeting,
  };
}
export type ReviewPanel = NonNullable<Awaited<ReturnType<typeof reviewPanel>>>;

/** The dashboard: open reviews where this person's answer (or opinion) is awaited. */
export async function pendingApprovalsFor(userId: string, associationId: string, now: Date, timeZone: string) {
  const reviews = await db().minutesReview.findMany({
    where: { associationId, closedEarlyAt: null, closesAt: { gte: now }, voters: { some: { userId } } },
    select: {
      ...reviewSelect,
      voters: { where: { userId }, select: { userId: true, role: true } },
      responses: { where: { userId }, orderBy: { id: "asc" } },
      minutes: { select: { meeting: { select: { id: true, title: true, startsAt: true } } } },
    },
    orderBy: { closesAt: "asc" },
  });
  return reviews.flatMap((review) => {
    const standing = standingResponses(review.responses.map(toResponseRow), now);
    if (standing.has(userId)) return [];
    const state: ReviewState = reviewState(review, review.voters as Voter[], [], now, timeZone);
    if (state.status !== "OPEN") return [];
    return [{ reviewId: review.id, role: review.voters[0].role, meeting: review.minutes.meeting, closesAt: review.closesAt, daysLeft: state.daysLeft }];
  });
}

/** Meetings after the close of a contested review: where the board may have settled it. */
export async function laterMeetings(associationId: string, after: Date) {
  return db().meeting.findMany({
    where: { associationId, startsAt: { gt: after }, status: { not: "CANCELLED" } },
    orderBy: { startsAt: "asc" },
    select: { id: true, title: true, startsAt: true },
    take: 20,
  });
}
