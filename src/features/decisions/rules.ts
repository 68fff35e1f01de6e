// Votes, majorities and the facts of a vote at its moment: pure functions, no database.
import { formatMoneyInput, parseMoney } from "@/lib/money";
import { quorumAt, type QuorumMeeting } from "@/features/attendance/rules";

export type DecisionOutcome = "ADOPTED" | "REJECTED" | "POSTPONED";
export type MajorityRule = "SIMPLE" | "TWO_THIRDS" | "UNANIMITY";
export const OUTCOMES: readonly DecisionOutcome[] = ["ADOPTED", "REJECTED", "POSTPONED"];
export const MAJORITIES: readonly MajorityRule[] = ["SIMPLE", "TWO_THIRDS", "UNANIMITY"];

export type Votes = { for: number; against: number; abstain: number };

/**
 * Whether the votes reach the majority. Conventions (French associations' usual reading of
 * "suffrages exprimés"):
 * - SIMPLE: more votes for than against; abstentions count for neither side.
 * - TWO_THIRDS: votes for are at least two thirds of the votes cast, abstentions excluded
 *   (4 for, 2 against, 9 abstaining: met). At least one vote for is needed.
 * - UNANIMITY: nobody votes against and at least one votes for; abstaining does not break
 *   unanimity (unanimity of the votes cast).
 * Integer arithmetic only: no rounding error at exactly two thirds.
 */
export function majorityMet(rule: MajorityRule, votes: Votes): boolean {
  switch (rule) {
    case "SIMPLE":
      return votes.for > votes.against;
    case "TWO_THIRDS":
      return votes.for > 0 && 3 * votes.for >= 2 * (votes.for + votes.against);
    case "UNANIMITY":
      return votes.for > 0 && votes.against === 0;
  }
}

export const totalVotes = (votes: Votes) => votes.for + votes.against + votes.abstain;

/** What the server records with a decision about the moment of its vote. */
export type VoteFacts = {
  electorateSize: number;
  votersPresent: number;
  quorumRequired: number;
  quorumMet: boolean;
  /** Null when no votes were given. */
  majorityMet: boolean | null;
  /** Electors who had attended and left before the vote. */
  departedIds: string[];
};

export type VoteProblem = "VOTES_EXCEED_PRESENT" | "ADOPTED_WITHOUT_MAJORITY" | "REJECTED_WITH_MAJORITY";

/**
 * Checks a vote against who was there at `votedAt` (members who had left are not counted;
 * a represented member counts through the proxy holder who is there). Refuses more votes than
 * voters present, and an outcome the votes contradict; otherwise returns the facts to store.
 */
export function checkVote(input: {
  meeting: QuorumMeeting;
  votedAt: Date;
  votes: Votes | null;
  majority: MajorityRule;
  outcome: DecisionOutcome;
}): { ok: true; facts: VoteFacts } | { ok: false; problem: VoteProblem; present: number; cast: number } {
  const quorum = quorumAt(input.meeting, input.votedAt);
  const present = quorum.counted.length;
  const met = input.votes ? majorityMet(input.majority, input.votes) : null;
  if (input.votes && totalVotes(input.votes) > present) {
    return { ok: false, problem: "VOTES_EXCEED_PRESENT", present, cast: totalVotes(input.votes) };
  }
  if (met === false && input.outcome === "ADOPTED") return { ok: false, problem: "ADOPTED_WITHOUT_MAJORITY", present, cast: totalVotes(input.votes!) };
  if (met === true && input.outcome === "REJECTED") return { ok: false, problem: "REJECTED_WITH_MAJORITY", present, cast: totalVotes(input.votes!) };
  return {
    ok: true,
    facts: {
      electorateSize: quorum.electorate,
      votersPresent: present,
      quorumRequired: quorum.required,
      quorumMet: quorum.met,
      majorityMet: met,
      departedIds: quorum.departed,
    },
  };
}

/** Votes as typed: none at all means "no vote recorded"; a missing count next to others is 0. */
export function votesFrom(input: { votesFor?: number; votesAgainst?: number; votesAbstain?: number }): Votes | null {
  if (input.votesFor === undefined && input.votesAgainst === undefined && input.votesAbstain === undefined) return null;
  return { for: input.votesFor ?? 0, against: input.votesAgainst ?? 0, abstain: input.votesAbstain ?? 0 };
}

export type MeetingWindow = { startsAt: Date; endsAt: Date };

/** The time a vote is taken when none is given: now, kept within the meeting. */
export function defaultVoteTime(now: Date, meeting: MeetingWindow): Date {
  const time = Math.min(Math.max(now.getTime(), meeting.startsAt.getTime()), meeting.endsAt.getTime());
  // Whole minutes, as the form shows them.
  return new Date(time - (time % 60_000));
}

/** A vote happens during the meeting, and not in the future. */
export function voteTimeProblem(votedAt: Date, meeting: MeetingWindow, now: Date): "VOTE_OUTSIDE_MEETING" | "VOTE_IN_FUTURE" | null {
  if (votedAt.getTime() > now.getTime()) return "VOTE_IN_FUTURE";
  if (votedAt.getTime() < meeting.startsAt.getTime() || votedAt.getTime() > meeting.endsAt.getTime()) return "VOTE_OUTSIDE_MEETING";
  return null;
}

/** The largest amount a decision records: its column is a 32-bit integer of cents. */
const MAX_DECISION_CENTS = 2_000_000_000;

/**
 * "681,72", "1 300", "16 900,00 €", "1300.5" → cents, read like every amount in Quorum
 * (src/lib/money.ts: ambiguous "1,234" refused). Null when it is not a positive amount with at
 * most two decimals, or when it is too large for the register.
 */
export function parseEuros(text: string): number | null {
  const parsed = parseMoney(text, "fr");
  return parsed.ok && parsed.cents <= MAX_DECISION_CENTS ? parsed.cents : null;
}

/** "681,72" for the form (no thousands separator, the decimal comma of the locale). */
export const centsToInput = (cents: number, locale: "fr" | "en"): string => formatMoneyInput(cents, locale);

export type MeetingKind = "BOARD" | "GENERAL_ASSEMBLY" | "OTHER";
export type ElectorTerm = { userId: string; kind: "VOTING" | "ADVISORY" | "MEMBER"; startsOn: Date; endsOn: Date | null };

const covers = (term: ElectorTerm, day: Date) => term.startsOn.getTime() <= day.getTime() && (term.endsOn === null || term.endsOn.getTime() >= day.getTime());

/**
 * Who may vote at a meeting held on `meetingDay` (a `@db.Date` value): the voting board members
 * whose term covers that day, or at a general assembly every member of the association then.
 */
export function electorateOf(kind: MeetingKind, terms: readonly ElectorTerm[], meetingDay: Date): string[] {
  const eligible = terms.filter((term) => covers(term, meetingDay) && (kind === "GENERAL_ASSEMBLY" || term.kind === "VOTING"));
  return [...new Set(eligible.map((term) => term.userId))];
}

type QuorumSettings = {
  quorumKind: "NONE" | "FRACTION" | "COUNT";
  quorumNumerator: number;
  quorumDenominator: number;
  quorumCount: number | null;
  assemblyQuorumKind: "NONE" | "FRACTION" | "COUNT";
  assemblyQuorumNumerator: number;
  assemblyQuorumDenominator: number;
  assemblyQuorumCount: number | null;
};

/** The board's rule, or the general assembly's own. */
export function quorumRuleFor(kind: MeetingKind, association: QuorumSettings): QuorumMeeting["rule"] {
  const assembly = kind === "GENERAL_ASSEMBLY";
  const ruleKind = assembly ? association.assemblyQuorumKind : association.quorumKind;
  if (ruleKind === "NONE") return { kind: "NONE" };
  if (ruleKind === "COUNT") return { kind: "COUNT", count: (assembly ? association.assemblyQuorumCount : association.quorumCount) ?? 1 };
  return assembly
    ? { kind: "FRACTION", numerator: association.assemblyQuorumNumerator, denominator: association.assemblyQuorumDenominator }
    : { kind: "FRACTION", numerator: association.quorumNumerator, denominator: association.quorumDenominator };
}
