// Who is in the room at a given moment, and whether the meeting has its quorum then.
import type { QuorumRule } from "@/features/associations/rules";
import { meetingRights, type LocalTime, type MeetingRef } from "@/features/meetings/rules";
import { isBoardMember, termCovers, type Actor, type MemberKind } from "@/features/members/rules";
import { instantAt, localDateOf } from "@/lib/zoned-time";

export type AttendanceStatus = "PRESENT" | "REMOTE" | "REPRESENTED" | "EXCUSED" | "ABSENT";

export type AttendanceRecord = {
  userId: string;
  status: AttendanceStatus;
  proxyUserId: string | null;
  arrivedAt: Date | null;
  leftAt: Date | null;
};

/** What `quorumAt` needs of a meeting: its rule, its electorate, and who attended when. */
export type QuorumMeeting = {
  rule: QuorumRule;
  /** Those whose presence counts: voting board members (board) or all members (general assembly). */
  electorate: readonly string[];
  attendance: readonly AttendanceRecord[];
};

export type QuorumState = {
  electorate: number;
  required: number;
  /** Electors present (in the room or remote) or represented by someone present, at that moment. */
  counted: string[];
  /** Electors who had attended but had left by that moment. */
  departed: string[];
  met: boolean;
};

/** In the room or on the line at `time`: arrived (or no time given) and not yet left. */
export function isThereAt(record: AttendanceRecord, time: Date): boolean {
  if (record.status !== "PRESENT" && record.status !== "REMOTE") return false;
  if (record.arrivedAt && record.arrivedAt.getTime() > time.getTime()) return false;
  return !(record.leftAt && record.leftAt.getTime() <= time.getTime());
}

export function requiredFor(rule: QuorumRule, electorate: number): number {
  switch (rule.kind) {
    case "NONE":
      return 0;
    case "COUNT":
      return rule.count;
    case "FRACTION":
      // "At least half": 5 of 10, 6 of 11. Integer arithmetic, no rounding error.
      return Math.ceil((electorate * rule.numerator) / rule.denominator);
  }
}

/**
 * The quorum at one moment of the meeting. A member who left before `time` no longer counts;
 * a represented member counts while the member holding the proxy is there.
 */
export function quorumAt(meeting: QuorumMeeting, time: Date): QuorumState {
  const electors = new Set(meeting.electorate);
  const byUser = new Map(meeting.attendance.map((record) => [record.userId, record]));
  const there = (userId: string) => {
    const record = byUser.get(userId);
    return record ? isThereAt(record, time) : false;
  };
  const counted: string[] = [];
  const departed: string[] = [];
  for (const userId of electors) {
    const record = byUser.get(userId);
    if (!record) continue;
    if (record.status === "REPRESENTED") {
      if (record.proxyUserId && there(record.proxyUserId)) counted.push(userId);
    } else if (isThereAt(record, time)) {
      counted.push(userId);
    } else if (record.leftAt && record.leftAt.getTime() <= time.getTime() && (record.status === "PRESENT" || record.status === "REMOTE")) {
      departed.push(userId);
    }
  }
  const required = requiredFor(meeting.rule, electors.size);
  return { electorate: electors.size, required, counted, departed, met: counted.length >= required };
}

// ── Whose presence counts, by kind of meeting ──────────────────────────────────────────────

export type MeetingKind = "BOARD" | "GENERAL_ASSEMBLY" | "OTHER";
type TermOf = { userId: string; kind: MemberKind; startsOn: Date; endsOn: Date | null };
type QuorumSettings = {
  quorumKind: QuorumRule["kind"];
  quorumNumerator: number;
  quorumDenominator: number;
  quorumCount: number | null;
  assemblyQuorumKind: QuorumRule["kind"];
  assemblyQuorumNumerator: number;
  assemblyQuorumDenominator: number;
  assemblyQuorumCount: number | null;
};

function ruleOf(kind: QuorumRule["kind"], numerator: number, denominator: number, count: number | null): QuorumRule {
  if (kind === "FRACTION") return { kind, numerator, denominator };
  if (kind === "COUNT") return { kind, count: count ?? 0 };
  return { kind: "NONE" };
}

/**
 * The board's rule for board meetings, the assembly's own rule for general assemblies; other
 * meetings (working groups, technical meetings) deliberate nothing and have no quorum.
 */
export function quorumRuleFor(settings: QuorumSettings, kind: MeetingKind): QuorumRule {
  if (kind === "BOARD") return ruleOf(settings.quorumKind, settings.quorumNumerator, settings.quorumDenominator, settings.quorumCount);
  if (kind === "GENERAL_ASSEMBLY") return ruleOf(settings.assemblyQuorumKind, settings.assemblyQuorumNumerator, settings.assemblyQuorumDenominator, settings.assemblyQuorumCount);
  return { kind: "NONE" };
}

const uniqueUsers = (terms: readonly TermOf[]) => [...new Set(terms.map((t) => t.userId))];

/**
 * Those whose presence counts towards the quorum on the meeting's day: the voting board members,
 * or at a general assembly every member. Advisory members never count, at any meeting.
 */
export function electorateOf(kind: MeetingKind, terms: readonly TermOf[], day: Date): string[] {
  const counts = (t: TermOf) => t.kind === "VOTING" || (kind === "GENERAL_ASSEMBLY" && t.kind === "MEMBER");
  return uniqueUsers(terms.filter((t) => termCovers(t, day) && counts(t)));
}

/** Who gets a row on the attendance sheet: the board, or at a general assembly every member. */
export function rosterOf(kind: MeetingKind, terms: readonly TermOf[], day: Date): string[] {
  const listed = (t: TermOf) => t.kind !== "MEMBER" || kind === "GENERAL_ASSEMBLY";
  return uniqueUsers(terms.filter((t) => termCovers(t, day) && listed(t)));
}

/** The moments the count changes (the start, then each arrival and departure) with the quorum then. */
export function quorumTimeline(meeting: QuorumMeeting, startsAt: Date, endsAt: Date): { time: Date; state: QuorumState }[] {
  const moments = new Set<number>([startsAt.getTime()]);
  for (const record of meeting.attendance) {
    for (const at of [record.arrivedAt, record.leftAt]) {
      if (at && at.getTime() > startsAt.getTime() && at.getTime() <= endsAt.getTime()) moments.add(at.getTime());
    }
  }
  const timeline: { time: Date; state: QuorumState }[] = [];
  for (const moment of [...moments].sort((a, b) => a - b)) {
    const state = quorumAt(meeting, new Date(moment));
    const previous = timeline.at(-1)?.state;
    if (!previous || previous.counted.length !== state.counted.length || previous.met !== state.met) timeline.push({ time: new Date(moment), state });
  }
  return timeline;
}

// ── Rights ─────────────────────────────────────────────────────────────────────────────────

/**
 * The attendance sheet (who came, notes, proxies) is the board's: board members read it; the
 * secretary, the president and the meeting's facilitator record it. Adherents see the quorum of
 * general assemblies on the meeting's overview, not the sheet.
 */
export const attendanceRights = {
  read: (actor: Actor) => isBoardMember(actor),
  edit: (actor: Actor, meeting: MeetingRef) => meetingRights.edit(actor, meeting),
  readQuorum: (actor: Actor, meeting: Pick<MeetingRef, "kind">) => isBoardMember(actor) || meeting.kind === "GENERAL_ASSEMBLY",
};

// ── The sheet as typed ─────────────────────────────────────────────────────────────────────

export const ATTENDANCE_STATUSES: readonly AttendanceStatus[] = ["PRESENT", "REMOTE", "REPRESENTED", "EXCUSED", "ABSENT"];

/**
 * A wall-clock time typed for a meeting ("19:00") as an instant: on the meeting's day in the
 * association's time zone. For a meeting running past midnight, a time earlier than the start
 * belongs to the day it ends.
 */
export function timeOnMeetingDay(time: LocalTime, meeting: { startsAt: Date; endsAt: Date }, timeZone: string): Date {
  const startDay = localDateOf(meeting.startsAt, timeZone);
  const endDay = localDateOf(meeting.endsAt, timeZone);
  const onStartDay = instantAt({ ...startDay, ...time }, timeZone);
  const crossesMidnight = startDay.day !== endDay.day || startDay.month !== endDay.month || startDay.year !== endDay.year;
  if (crossesMidnight && onStartDay.getTime() < meeting.startsAt.getTime()) return instantAt({ ...endDay, ...time }, timeZone);
  return onStartDay;
}

/** One member's line as typed: a status (or none: not recorded), a proxy, times, a note. */
export type SheetEntry = {
  userId: string;
  status: AttendanceStatus | null;
  proxyUserId: string | null;
  arrival: LocalTime | null;
  departure: LocalTime | null;
  note: string | null;
};

export type SheetProblemReason =
  | "NOT_ON_ROSTER"
  | "STATUS_REQUIRED"
  | "PROXY_REQUIRED"
  | "PROXY_TO_SELF"
  | "PROXY_NOT_THERE"
  | "PROXY_ONLY_AT_ASSEMBLY"
  | "TIMES_FOR_ATTENDEES_ONLY"
  | "DEPARTURE_BEFORE_ARRIVAL";

export type SheetRecord = AttendanceRecord & { note: string | null };

/**
 * Checks the whole sheet at once and turns it into records. Refused: a member not on the roster,
 * details typed on a line without a status,
 * a proxy outside a general assembly (board members sit in person: statutes rarely allow proxies
 * on the board), a proxy to oneself or to someone neither present nor remote, times for someone
 * who did not attend, a departure at or before the arrival (the start when no arrival is given).
 */
export function checkSheet(
  entries: readonly SheetEntry[],
  meeting: { kind: MeetingKind; startsAt: Date; endsAt: Date },
  roster: ReadonlySet<string>,
  timeZone: string,
): { ok: true; records: SheetRecord[] } | { ok: false; reason: SheetProblemReason; userId: string } {
  const byUser = new Map(entries.map((e) => [e.userId, e]));
  const attends = (userId: string) => {
    const status = byUser.get(userId)?.status;
    return status === "PRESENT" || status === "REMOTE";
  };
  const records: SheetRecord[] = [];
  for (const entry of entries) {
    const refuse = (reason: SheetProblemReason) => ({ ok: false as const, reason, userId: entry.userId });
    if (!roster.has(entry.userId)) return refuse("NOT_ON_ROSTER");
    if (entry.status === null) {
      // A line left blank is "not recorded"; a note or times without a status are a forgotten choice.
      if (entry.note || entry.arrival || entry.departure || entry.proxyUserId) return refuse("STATUS_REQUIRED");
      continue;
    }
    const attending = entry.status === "PRESENT" || entry.status === "REMOTE";
    if (entry.status === "REPRESENTED") {
      if (meeting.kind !== "GENERAL_ASSEMBLY") return refuse("PROXY_ONLY_AT_ASSEMBLY");
      if (!entry.proxyUserId) return refuse("PROXY_REQUIRED");
      if (entry.proxyUserId === entry.userId) return refuse("PROXY_TO_SELF");
      if (!roster.has(entry.proxyUserId) || !attends(entry.proxyUserId)) return refuse("PROXY_NOT_THERE");
    }
    if (!attending && (entry.arrival || entry.departure)) return refuse("TIMES_FOR_ATTENDEES_ONLY");
    const arrivedAt = entry.arrival ? timeOnMeetingDay(entry.arrival, meeting, timeZone) : null;
    const leftAt = entry.departure ? timeOnMeetingDay(entry.departure, meeting, timeZone) : null;
    if (leftAt && leftAt.getTime() <= (arrivedAt ?? meeting.startsAt).getTime()) return refuse("DEPARTURE_BEFORE_ARRIVAL");
    records.push({
      userId: entry.userId,
      status: entry.status,
      proxyUserId: entry.status === "REPRESENTED" ? entry.proxyUserId : null,
      arrivedAt,
      leftAt,
      note: entry.note,
    });
  }
  return { ok: true, records };
}
