// The approval window (SPEC "The approval rules"): pure functions of the data and `now`.
// Nothing here reads a clock: every page and job passes its own instant, so the state shown
// is right even when no background job ran.
import { isPresident, isSecretary, type Actor, type Term } from "@/features/members/rules";
import { addDays, instantAt, localDateOf, type LocalDate } from "@/lib/zoned-time";

export const DEFAULT_WINDOW_DAYS = 15;
export const MIN_WINDOW_DAYS = 1;
export const MAX_WINDOW_DAYS = 60;
/** The reminder goes out this many calendar days before the closing day. */
export const REMINDER_DAYS_BEFORE_CLOSE = 3;
/** …at this hour, in the association's time zone. */
export const REMINDER_HOUR = 9;

export type ResponseKind = "APPROVE" | "APPROVE_WITH_RESERVATION" | "OBJECT" | "WITHDRAWN" | "OPINION";
export type AnswerKind = "APPROVE" | "APPROVE_WITH_RESERVATION" | "OBJECT";
export const ANSWER_KINDS: readonly AnswerKind[] = ["APPROVE", "APPROVE_WITH_RESERVATION", "OBJECT"];
export type VoterRole = "ELECTOR" | "ADVISORY";

export type Voter = { userId: string; role: VoterRole };
/** One row of the append-only history; `seq` orders rows given in the same millisecond. */
export type ResponseRow = { seq: number; userId: string; kind: ResponseKind; note: string | null; revisionNumber: number; at: Date };
export type ReviewData = {
  openedAt: Date;
  closesAt: Date;
  closedEarlyAt: Date | null;
  revisionNumber: number;
  settlement: "APPROVED" | "REJECTED" | null;
  settledAt: Date | null;
};

/** A reservation or an objection says why: the note is required. */
export const noteRequired = (kind: AnswerKind) => kind !== "APPROVE";

// ---------------------------------------------------------------------------------------------
// Rule 2: the closing instant.

/**
 * 23:59:59.999 in the association's time zone on the N-th calendar day after the opening day.
 * Calendar arithmetic first, then one conversion: a daylight-saving change in between moves
 * nothing (opened 8 Oct 2008 10:00 Paris, 15 days → 23 Oct 2008 23:59:59.999 Paris).
 */
export function windowClosesAt(openedAt: Date, windowDays: number, timeZone: string): Date {
  const closingDay = addDays(localDateOf(openedAt, timeZone), windowDays);
  return instantAt({ ...closingDay, hour: 23, minute: 59, second: 59, millisecond: 999 }, timeZone);
}

const dayNumber = (date: LocalDate) => Date.UTC(date.year, date.month - 1, date.day) / 86_400_000;

/** Calendar days from today to the closing day: 0 on the last day. Never negative. */
export function daysLeft(now: Date, closesAt: Date, timeZone: string): number {
  return Math.max(0, dayNumber(localDateOf(closesAt, timeZone)) - dayNumber(localDateOf(now, timeZone)));
}

/** The instant the window ends: the early close when there was one, otherwise the planned close. */
export const closedAtOf = (review: Pick<ReviewData, "closesAt" | "closedEarlyAt">) => review.closedEarlyAt ?? review.closesAt;

/** Open up to and including the last millisecond of the closing day. */
export const isWindowOpen = (review: Pick<ReviewData, "closesAt" | "closedEarlyAt">, now: Date) =>
  review.closedEarlyAt === null && now.getTime() <= review.closesAt.getTime();

// ---------------------------------------------------------------------------------------------
// Rules 3, 5, 8: answers and the derived state.

const chronological = (a: ResponseRow, b: ResponseRow) => a.at.getTime() - b.at.getTime() || a.seq - b.seq;

/** Each person's latest answer given before `until` (inclusive), withdrawn ones left out. */
export function standingResponses(responses: readonly ResponseRow[], until?: Date): Map<string, ResponseRow> {
  const latest = new Map<string, ResponseRow>();
  for (const row of [...responses].sort(chronological)) {
    if (until && row.at.getTime() > until.getTime()) continue;
    latest.set(row.userId, row);
  }
  for (const [userId, row] of latest) if (row.kind === "WITHDRAWN") latest.delete(userId);
  return latest;
}

/** Electors whose latest answer (before `until`) is a withdrawal of an earlier one. */
export function withdrawnAnswers(responses: readonly ResponseRow[], until?: Date): Map<string, ResponseRow> {
  const latest = new Map<string, ResponseRow>();
  for (const row of [...responses].sort(chronological)) {
    if (until && row.at.getTime() > until.getTime()) continue;
    if (row.kind !== "OPINION") latest.set(row.userId, row);
  }
  return new Map([...latest].filter(([, row]) => row.kind === "WITHDRAWN"));
}

export type ReviewState =
  | { status: "OPEN"; closesAt: Date; daysLeft: number; answered: number; electors: number }
  | { status: "APPROVED"; closedAt: Date; tacit: string[]; objectors: []; byDecision: boolean }
  | { status: "CONTESTED"; closedAt: Date; tacit: string[]; objectors: string[]; decisionRejected: boolean };

/**
 * Open until the close; then approved when no objection stands (silence is tacit approval),
 * otherwise contested. A contested review settled by a decision of the board is approved.
 */
export function reviewState(review: ReviewData, voters: readonly Voter[], responses: readonly ResponseRow[], now: Date, timeZone: string): ReviewState {
  const electors = voters.filter((v) => v.role === "ELECTOR").map((v) => v.userId);
  if (isWindowOpen(review, now)) {
    const standing = standingResponses(responses, now);
    return {
      status: "OPEN",
      closesAt: review.closesAt,
      daysLeft: daysLeft(now, review.closesAt, timeZone),
      answered: electors.filter((id) => standing.has(id)).length,
      electors: electors.length,
    };
  }
  const closedAt = closedAtOf(review);
  const standing = standingResponses(responses, closedAt);
  // Silence is tacit approval; an elector who answered and then withdrew did not stay silent:
  // no objection stands for them, and they are not counted among the tacit approvals.
  const withdrawn = withdrawnAnswers(responses, closedAt);
  const tacit = electors.filter((id) => !standing.has(id) && !withdrawn.has(id));
  const objectors = electors.filter((id) => standing.get(id)?.kind === "OBJECT");
  if (objectors.length === 0) return { status: "APPROVED", closedAt, tacit, objectors: [], byDecision: false };
  if (review.settlement === "APPROVED") return { status: "APPROVED", closedAt, tacit, objectors: [], byDecision: true };
  return { status: "CONTESTED", closedAt, tacit, objectors, decisionRejected: review.settlement === "REJECTED" };
}

export type MinutesPhase = "DRAFT" | "UNDER_REVIEW" | "APPROVED" | "CONTESTED";

/** The minutes follow their latest review: none yet is a draft; approved minutes are locked. */
export function minutesPhase(latest: ReviewState | null): MinutesPhase {
  if (!latest) return "DRAFT";
  if (latest.status === "OPEN") return "UNDER_REVIEW";
  return latest.status;
}

// ---------------------------------------------------------------------------------------------
// Rule 9 and the review page: one line per elector, opinions apart.

export type ElectorLine = {
  userId: string;
  /** WITHDRAWN: answered, then withdrew; no objection stands, and it is not a silence. */
  answer: AnswerKind | "WITHDRAWN" | "NOT_YET" | "TACIT";
  at: Date | null;
  note: string | null;
  revisionNumber: number | null;
  /** Given on a revision older than the current one (amended since). */
  outdated: boolean;
};
export type OpinionLine = { userId: string; note: string; at: Date; revisionNumber: number; outdated: boolean };

export function approvalTable(
  voters: readonly Voter[],
  responses: readonly ResponseRow[],
  state: ReviewState,
  currentRevision: number,
): { electors: ElectorLine[]; opinions: OpinionLine[] } {
  const until = state.status === "OPEN" ? undefined : state.closedAt;
  const standing = standingResponses(responses, until);
  const withdrawn = withdrawnAnswers(responses, until);
  const electors = voters
    .filter((v) => v.role === "ELECTOR")
    .map((v): ElectorLine => {
      const row = standing.get(v.userId);
      const withdrawal = withdrawn.get(v.userId);
      if (!row && withdrawal) {
        return { userId: v.userId, answer: "WITHDRAWN", at: withdrawal.at, note: null, revisionNumber: withdrawal.revisionNumber, outdated: false };
      }
      if (!row || row.kind === "OPINION") {
        return { userId: v.userId, answer: state.status === "OPEN" ? "NOT_YET" : "TACIT", at: null, note: null, revisionNumber: null, outdated: false };
      }
      return { userId: v.userId, answer: row.kind as AnswerKind, at: row.at, note: row.note, revisionNumber: row.revisionNumber, outdated: row.revisionNumber < currentRevision };
    });
  const opinions = voters
    .filter((v) => v.role === "ADVISORY")
    .flatMap((v): OpinionLine[] => {
      const row = standing.get(v.userId);
      return row?.kind === "OPINION" && row.note
        ? [{ userId: v.userId, note: row.note, at: row.at, revisionNumber: row.revisionNumber, outdated: row.revisionNumber < currentRevision }]
        : [];
    });
  return { electors, opinions };
}

export function answerCounts(lines: readonly ElectorLine[]) {
  const count = (answer: ElectorLine["answer"]) => lines.filter((l) => l.answer === answer).length;
  return {
    approved: count("APPROVE"),
    reservations: count("APPROVE_WITH_RESERVATION"),
    objections: count("OBJECT"),
    withdrawn: count("WITHDRAWN"),
    tacit: count("TACIT"),
    notYet: count("NOT_YET"),
  };
}

// ---------------------------------------------------------------------------------------------
// Rule 1: the electorate, frozen on the meeting date (not on the day the review opens).

export type BoardTerm = Term & { userId: string; kind: "VOTING" | "ADVISORY" | "MEMBER" };

const coversDay = (term: Term, day: Date) => term.startsOn.getTime() <= day.getTime() && (term.endsOn === null || term.endsOn.getTime() >= day.getTime());

/** Voting board members on `meetingDay` are electors; advisory members give opinions. */
export function electorateOn(terms: readonly BoardTerm[], meetingDay: Date): Voter[] {
  const voters = new Map<string, VoterRole>();
  for (const term of terms) {
    if (!coversDay(term, meetingDay)) continue;
    if (term.kind === "VOTING") voters.set(term.userId, "ELECTOR");
    else if (term.kind === "ADVISORY" && !voters.has(term.userId)) voters.set(term.userId, "ADVISORY");
  }
  return [...voters].map(([userId, role]) => ({ userId, role }));
}

// ---------------------------------------------------------------------------------------------
// Rights (rule 1, 4, 6, 7): who may do what, from the membership at the time of the request.

type MeetingRef = { facilitatorId: string | null };
const isFacilitator = (actor: Actor, meeting: MeetingRef) => actor.role !== null && meeting.facilitatorId === actor.userId;
const roleOf = (voters: readonly Voter[], actor: Actor) => voters.find((v) => v.userId === actor.userId)?.role ?? null;

export const approvalRights = {
  /** Secretary, president, or the meeting's facilitator ("responsable de l'animation"). */
  draft: (actor: Actor, meeting: MeetingRef) => isSecretary(actor) || isPresident(actor) || isFacilitator(actor, meeting),
  openReview: (actor: Actor, meeting: MeetingRef) => isSecretary(actor) || isPresident(actor) || isFacilitator(actor, meeting),
  /** During the window: the secretary and every elector. */
  amend: (actor: Actor, voters: readonly Voter[]) => actor.role !== null && (isSecretary(actor) || roleOf(voters, actor) === "ELECTOR"),
  respond: (actor: Actor, voters: readonly Voter[]) => actor.role !== null && roleOf(voters, actor) === "ELECTOR",
  giveOpinion: (actor: Actor, voters: readonly Voter[]) => actor.role !== null && roleOf(voters, actor) === "ADVISORY",
  closeEarly: (actor: Actor) => isSecretary(actor),
  settle: (actor: Actor) => isSecretary(actor) || isPresident(actor),
  addErratum: (actor: Actor) => isSecretary(actor) || isPresident(actor),
  /** Drafts and reviews are the board's; association members read approved minutes. */
  readDrafts: (actor: Actor) => actor.role?.kind === "VOTING" || actor.role?.kind === "ADVISORY",
  readApproved: (actor: Actor) => actor.role !== null,
};

export type EditRefusal = "FORBIDDEN" | "MINUTES_LOCKED";

/** Who may change the text now: drafters before and after a review, amenders during it, nobody once approved. */
export function editRefusal(actor: Actor, meeting: MeetingRef, phase: MinutesPhase, voters: readonly Voter[]): EditRefusal | null {
  if (phase === "APPROVED") return "MINUTES_LOCKED";
  if (phase === "UNDER_REVIEW") return approvalRights.amend(actor, voters) ? null : "FORBIDDEN";
  return approvalRights.draft(actor, meeting) ? null : "FORBIDDEN";
}

// ---------------------------------------------------------------------------------------------
// What makes each step possible; the server actions refuse with these reasons.

export type OpenRefusal = "NO_REVISION" | "REVIEW_ALREADY_OPEN" | "MINUTES_LOCKED" | "NEEDS_NEW_REVISION" | "NO_ELECTORS";

export function openReviewRefusal(input: {
  currentRevision: number;
  latest: { state: ReviewState; revisionNumber: number } | null;
  electors: number;
}): OpenRefusal | null {
  if (input.currentRevision < 1) return "NO_REVISION";
  if (input.latest?.state.status === "OPEN") return "REVIEW_ALREADY_OPEN";
  if (input.latest?.state.status === "APPROVED") return "MINUTES_LOCKED";
  // A contested review is reopened on a new revision: a new window on the same text would be a repeat.
  if (input.latest && input.currentRevision <= input.latest.revisionNumber) return "NEEDS_NEW_REVISION";
  if (input.electors === 0) return "NO_ELECTORS";
  return null;
}

/** Answers and opinions are taken until the close, never after. */
export function answerRefusal(state: ReviewState): "WINDOW_CLOSED" | null {
  return state.status === "OPEN" ? null : "WINDOW_CLOSED";
}

/** The secretary may close early once every elector has answered explicitly (rule 6). */
export function closeEarlyRefusal(state: ReviewState): "WINDOW_CLOSED" | "NOT_EVERYONE_ANSWERED" | null {
  if (state.status !== "OPEN") return "WINDOW_CLOSED";
  if (state.answered < state.electors) return "NOT_EVERYONE_ANSWERED";
  return null;
}

/** A contested review may be settled by a decision taken at a meeting after the close. */
export function settleRefusal(state: ReviewState, meetingStartsAt: Date): "NOT_CONTESTED" | "MEETING_BEFORE_CLOSE" | null {
  if (state.status !== "CONTESTED") return "NOT_CONTESTED";
  if (meetingStartsAt.getTime() <= state.closedAt.getTime()) return "MEETING_BEFORE_CLOSE";
  return null;
}

// ---------------------------------------------------------------------------------------------
// Rule 8: the jobs.

/** 09:00 on the third calendar day before the closing day; none when that precedes the opening. */
export function reminderDueAt(review: Pick<ReviewData, "openedAt" | "closesAt">, timeZone: string): Date | null {
  const day = addDays(localDateOf(review.closesAt, timeZone), -REMINDER_DAYS_BEFORE_CLOSE);
  const due = instantAt({ ...day, hour: REMINDER_HOUR, minute: 0 }, timeZone);
  return due.getTime() > review.openedAt.getTime() ? due : null;
}

export function reminderDue(review: ReviewData, now: Date, timeZone: string): boolean {
  const due = reminderDueAt(review, timeZone);
  return due !== null && isWindowOpen(review, now) && now.getTime() >= due.getTime();
}

/** Electors who have not answered: the reminder goes to them. */
export function silentElectors(voters: readonly Voter[], responses: readonly ResponseRow[], now: Date): string[] {
  const standing = standingResponses(responses, now);
  return voters.filter((v) => v.role === "ELECTOR" && !standing.has(v.userId)).map((v) => v.userId);
}

/** The next planned meeting after the close gets the "approve these minutes" decision item. */
export function nextMeetingAfter<M extends { startsAt: Date; status: string }>(meetings: readonly M[], closedAt: Date): M | null {
  return (
    meetings
      .filter((m) => m.status === "PLANNED" && m.startsAt.getTime() > closedAt.getTime())
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0] ?? null
  );
}
