// Meetings and their schedule: who may do what, and the wall-clock arithmetic of planning.
// Pure: data and `now` in, values out.
import { isBoardMember, isMember, isPresident, isSecretary, termCovers, type Actor, type MemberKind } from "@/features/members/rules";
import { instantAt, isoDate, localDateOf, parseIsoDate, type LocalDate, type LocalDateTime } from "@/lib/zoned-time";

export type MeetingKind = "BOARD" | "GENERAL_ASSEMBLY" | "OTHER";
export type MeetingStatus = "PLANNED" | "HELD" | "CANCELLED";
export const MEETING_KINDS: readonly MeetingKind[] = ["BOARD", "GENERAL_ASSEMBLY", "OTHER"];

/** What the rights need to know of a meeting. */
export type MeetingRef = { kind: MeetingKind; facilitatorId: string | null };

const organizes = (actor: Actor) => isPresident(actor) || isSecretary(actor);
/** The facilitator prepares the meeting while they sit on the board. */
const facilitates = (actor: Actor, meeting: MeetingRef) => meeting.facilitatorId === actor.userId && isBoardMember(actor);

/**
 * Rights on meetings. The secretary and the president plan and edit every meeting; a meeting's
 * facilitator edits and convenes that one. Board members read everything. Association members
 * (adherents) see the list and the overview, but not board-only information: the remote access
 * of board meetings, the attendance sheet, the convening.
 */
export const meetingRights = {
  read: isMember,
  plan: organizes,
  edit: (actor: Actor, meeting: MeetingRef) => organizes(actor) || facilitates(actor, meeting),
  convene: (actor: Actor, meeting: MeetingRef) => organizes(actor) || facilitates(actor, meeting),
  readBoardDetails: (actor: Actor) => isBoardMember(actor),
  /** Adherents are convened to general assemblies, so they see how to join those remotely. */
  readRemoteAccess: (actor: Actor, meeting: Pick<MeetingRef, "kind">) => isBoardMember(actor) || (isMember(actor) && meeting.kind === "GENERAL_ASSEMBLY"),
};

// ── Times ──────────────────────────────────────────────────────────────────────────────────

/** A meeting longer than this is a typing mistake (a wrong year or month in the end). */
export const MAX_MEETING_HOURS = 72;

export type TimesProblem = "MEETING_ENDS_BEFORE_START" | "MEETING_TOO_LONG";

export function meetingTimesProblem(startsAt: Date, endsAt: Date): TimesProblem | null {
  if (endsAt.getTime() <= startsAt.getTime()) return "MEETING_ENDS_BEFORE_START";
  if (endsAt.getTime() - startsAt.getTime() > MAX_MEETING_HOURS * 3_600_000) return "MEETING_TOO_LONG";
  return null;
}

export type LocalTime = { hour: number; minute: number };

/** "18:00", "18h", "18 h 15", "6:30" → the time; anything else → null. */
export function parseLocalTime(text: string): LocalTime | null {
  // A bare "18" is refused: a separator says it is a time of day.
  const match = /^(\d{1,2})\s*([:hH])\s*(\d{2})?$/.exec(text.trim());
  if (!match || (match[2] === ":" && match[3] === undefined)) return null;
  const hour = Number(match[1]);
  const minute = match[3] ? Number(match[3]) : 0;
  if (hour > 23 || minute > 59) return null;
  return { hour, minute };
}

/** "2026-11-04T18:00" (a datetime-local field) or "2026-11-04 18:00" → the wall-clock time. */
export function parseLocalDateTime(text: string): LocalDateTime | null {
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::00(?:\.0+)?)?$/.exec(text.trim());
  if (!match) return null;
  const date = parseIsoDate(match[1]);
  const hour = Number(match[2]);
  const minute = Number(match[3]);
  if (!date || hour > 23 || minute > 59) return null;
  return { ...date, hour, minute };
}

/** For a datetime-local field: "2026-11-04T18:00" in the association's time zone. */
export function localInputValue(instant: Date, timeZone: string): string {
  const date = localDateOf(instant, timeZone);
  const clock = localClock(instant, timeZone);
  return `${isoDate(date)}T${clock}`;
}

/** "18:05" in the association's time zone. */
export function localClock(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "00";
  return `${part("hour")}:${part("minute")}`;
}

// ── Several dates at once ──────────────────────────────────────────────────────────────────

const MONTHS: [number, string[]][] = [
  [1, ["jan", "janv", "janvier", "january"]],
  [2, ["feb", "fev", "fevr", "fevrier", "february"]],
  [3, ["mar", "mars", "march"]],
  [4, ["apr", "avr", "avril", "april"]],
  [5, ["may", "mai"]],
  [6, ["jun", "juin", "june"]],
  [7, ["jul", "juil", "juillet", "july"]],
  [8, ["aug", "aou", "aout", "august"]],
  [9, ["sep", "sept", "septembre", "september"]],
  [10, ["oct", "octobre", "october"]],
  [11, ["nov", "novembre", "november"]],
  [12, ["dec", "decembre", "december"]],
];
const MONTH_BY_NAME = new Map(MONTHS.flatMap(([month, names]) => names.map((name) => [name, month] as const)));
const WEEKDAYS = new Set([
  "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lun", "mar", "mer", "jeu", "ven", "sam", "dim",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
]);

/** Lower case, without accents or dots: "Déc." → "dec". */
const simplify = (word: string) =>
  word
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\.$/, "");

type PartialDate = { day: number; month: number; year: number | null };

/** One written date: "4 Nov", "mardi 2 déc.", "13/01", "13/01/2027", "2027-01-13", "Jan 13". */
function readDate(token: string): PartialDate | null {
  const iso = parseIsoDate(token);
  if (iso) return iso;
  const numeric = /^(\d{1,2})[/.](\d{1,2})(?:[/.](\d{4}))?$/.exec(token);
  if (numeric) return { day: Number(numeric[1]), month: Number(numeric[2]), year: numeric[3] ? Number(numeric[3]) : null };
  const words = token
    .split(/\s+/)
    .map(simplify)
    .filter((w) => w && w !== "le" && w !== "the" && w !== "on");
  // A leading weekday name is only a reminder ("mardi 4 nov"); "mar" alone is March.
  if (words.length > 2 && WEEKDAYS.has(words[0])) words.shift();
  const number = (w: string) => (/^\d{1,2}(er|st|nd|rd|th)?$/.test(w) ? Number.parseInt(w, 10) : null);
  const year = (w: string | undefined) => (w && /^\d{4}$/.test(w) ? Number(w) : w === undefined ? null : NaN);
  if (words.length === 2 || words.length === 3) {
    const [a, b, c] = words;
    if (number(a) !== null && MONTH_BY_NAME.has(b)) {
      const y = year(c);
      if (!Number.isNaN(y)) return { day: number(a)!, month: MONTH_BY_NAME.get(b)!, year: y };
    }
    if (MONTH_BY_NAME.has(a) && number(b) !== null) {
      const y = year(c);
      if (!Number.isNaN(y)) return { day: number(b)!, month: MONTH_BY_NAME.get(a)!, year: y };
    }
  }
  return null;
}

const realDate = (date: LocalDate) => parseIsoDate(isoDate(date));
const compare = (a: LocalDate, b: LocalDate) => isoDate(a).localeCompare(isoDate(b));

export type DateListProblem = { reason: "DATE_UNREADABLE" | "DATE_IN_PAST" | "DATE_REPEATED" | "NO_DATES" | "TOO_MANY_DATES"; date?: string };
export const MAX_SERIES = 24;

/**
 * Reads a list of dates written as a secretary would ("4 Nov, 2 Dec, 13 Jan"), separated by
 * commas, semicolons or new lines. A date without a year is the first one on or after the date
 * before it in the list (the first: on or after `today`), so "4 Nov, 2 Dec, 13 Jan" written in
 * October runs into January of the next year. Every date must be today or later.
 */
export function parseDateList(text: string, today: LocalDate): { ok: true; dates: LocalDate[] } | ({ ok: false } & DateListProblem) {
  const tokens = text
    .split(/[,;\n]+/)
    .map((t) => t.trim())
    .filter(Boolean);
  if (tokens.length === 0) return { ok: false, reason: "NO_DATES" };
  if (tokens.length > MAX_SERIES) return { ok: false, reason: "TOO_MANY_DATES" };
  const dates: LocalDate[] = [];
  let floor = today;
  for (const token of tokens) {
    const read = readDate(token);
    if (!read) return { ok: false, reason: "DATE_UNREADABLE", date: token };
    let date: LocalDate | null;
    if (read.year !== null) {
      date = realDate({ year: read.year, month: read.month, day: read.day });
    } else {
      date = realDate({ year: floor.year, month: read.month, day: read.day });
      if (date && compare(date, floor) < 0) date = realDate({ year: floor.year + 1, month: read.month, day: read.day });
    }
    if (!date) return { ok: false, reason: "DATE_UNREADABLE", date: token };
    if (compare(date, today) < 0) return { ok: false, reason: "DATE_IN_PAST", date: token };
    if (dates.some((d) => compare(d, date!) === 0)) return { ok: false, reason: "DATE_REPEATED", date: token };
    dates.push(date);
    floor = date;
  }
  return { ok: true, dates: dates.slice().sort(compare) };
}

/** Each date at the same wall-clock time in the association's time zone, whatever the season. */
export function seriesTimes(dates: readonly LocalDate[], time: LocalTime, durationMinutes: number, timeZone: string) {
  return dates.map((date) => {
    const startsAt = instantAt({ ...date, ...time }, timeZone);
    return { date, startsAt, endsAt: new Date(startsAt.getTime() + durationMinutes * 60_000) };
  });
}

// ── Status ─────────────────────────────────────────────────────────────────────────────────

export type StatusProblem = "MEETING_CANCELLED" | "MEETING_HELD" | "ALREADY_HELD" | "MEETING_NOT_STARTED" | "MEETING_PAST";

export function editProblem(meeting: { status: MeetingStatus }): StatusProblem | null {
  return meeting.status === "CANCELLED" ? "MEETING_CANCELLED" : null;
}

export function cancelProblem(meeting: { status: MeetingStatus }): StatusProblem | null {
  if (meeting.status === "CANCELLED") return "MEETING_CANCELLED";
  if (meeting.status === "HELD") return "MEETING_HELD";
  return null;
}

/** A meeting is marked held once it has started. */
export function heldProblem(meeting: { status: MeetingStatus; startsAt: Date }, now: Date): StatusProblem | null {
  if (meeting.status === "CANCELLED") return "MEETING_CANCELLED";
  if (meeting.status === "HELD") return "ALREADY_HELD";
  if (now.getTime() < meeting.startsAt.getTime()) return "MEETING_NOT_STARTED";
  return null;
}

/** Invitations go out for a planned meeting that has not ended; a second sending is confirmed. */
export function conveneProblem(meeting: { status: MeetingStatus; endsAt: Date; convenedAt: Date | null }, now: Date, resendConfirmed: boolean) {
  if (meeting.status === "CANCELLED") return "MEETING_CANCELLED" as const;
  if (meeting.status === "HELD" || meeting.endsAt.getTime() <= now.getTime()) return "MEETING_PAST" as const;
  if (meeting.convenedAt && !resendConfirmed) return "ALREADY_CONVENED" as const;
  return null;
}

// ── People ─────────────────────────────────────────────────────────────────────────────────

type TermOf = { userId: string; kind: MemberKind; startsOn: Date; endsOn: Date | null };

/** The board on a day: voting and advisory members whose term covers it, once each. */
export function boardOn<T extends TermOf>(terms: readonly T[], day: Date): T[] {
  const seen = new Set<string>();
  return terms.filter((t) => (t.kind === "VOTING" || t.kind === "ADVISORY") && termCovers(t, day) && !seen.has(t.userId) && seen.add(t.userId));
}

/** The meeting's day in the association's calendar, as a `@db.Date` value. */
export function meetingDay(startsAt: Date, timeZone: string): Date {
  const { year, month, day } = localDateOf(startsAt, timeZone);
  return new Date(Date.UTC(year, month - 1, day));
}

// ── Lists ──────────────────────────────────────────────────────────────────────────────────

/** A meeting is upcoming until it ends (one in progress is still "upcoming"). */
export function splitByNow<T extends { startsAt: Date; endsAt: Date }>(meetings: readonly T[], now: Date) {
  const upcoming = meetings.filter((m) => m.endsAt.getTime() > now.getTime()).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const past = meetings.filter((m) => m.endsAt.getTime() <= now.getTime()).sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime());
  return { upcoming, past };
}

/** The instants bounding a calendar year in the association's time zone: [from, to). */
export function yearRange(year: number, timeZone: string): { from: Date; to: Date } {
  return {
    from: instantAt({ year, month: 1, day: 1, hour: 0, minute: 0 }, timeZone),
    to: instantAt({ year: year + 1, month: 1, day: 1, hour: 0, minute: 0 }, timeZone),
  };
}
