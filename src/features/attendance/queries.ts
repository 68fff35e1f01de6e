import "server-only";
import type { QuorumRule } from "@/features/associations/rules";
import { isUuid } from "@/features/meetings/queries";
import { meetingDay } from "@/features/meetings/rules";
import { termCovers } from "@/features/members/rules";
import { db, type Tx } from "@/lib/db";
import { electorateOf, quorumAt, quorumRuleFor, quorumTimeline, rosterOf, type MeetingKind, type QuorumMeeting, type QuorumState } from "./rules";

type Reader = Tx | ReturnType<typeof db>;

const QUORUM_SETTINGS = {
  timezone: true,
  quorumKind: true,
  quorumNumerator: true,
  quorumDenominator: true,
  quorumCount: true,
  assemblyQuorumKind: true,
  assemblyQuorumNumerator: true,
  assemblyQuorumDenominator: true,
  assemblyQuorumCount: true,
} as const;

/** Everything the quorum of one meeting depends on, or null when it is not this association's. */
export async function quorumMeetingOf(reader: Reader, associationId: string, meetingId: string) {
  if (!isUuid(meetingId)) return null;
  const meeting = await reader.meeting.findFirst({
    where: { id: meetingId, associationId },
    select: {
      id: true,
      kind: true,
      startsAt: true,
      endsAt: true,
      association: { select: QUORUM_SETTINGS },
      attendances: { select: { userId: true, status: true, proxyUserId: true, arrivedAt: true, leftAt: true } },
    },
  });
  if (!meeting) return null;
  const terms = await reader.membership.findMany({ where: { associationId }, select: { userId: true, kind: true, startsOn: true, endsOn: true } });
  const day = meetingDay(meeting.startsAt, meeting.association.timezone);
  const quorum: QuorumMeeting = {
    rule: quorumRuleFor(meeting.association, meeting.kind),
    electorate: electorateOf(meeting.kind, terms, day),
    attendance: meeting.attendances,
  };
  return { id: meeting.id, kind: meeting.kind as MeetingKind, startsAt: meeting.startsAt, endsAt: meeting.endsAt, timezone: meeting.association.timezone, quorum };
}

/**
 * The quorum of a meeting at one moment, for whoever records decisions against it.
 *
 * - `rule`: the rule that applies (board rule, general assembly rule, or NONE for other meetings);
 * - `electorate`: how many people count (voting board members, or every non-advisory member at a
 *   general assembly, whose term covers the meeting's day);
 * - `required`: how many must be there; `counted`: the user ids counted at `time` (present or remote
 *   and not yet left, or represented by someone there); `departed`: those who had left by then;
 * - `met`: counted.length >= required.
 *
 * Null when the meeting does not exist in this association.
 */
export type QuorumAtTime = QuorumState & { meetingId: string; time: Date; rule: QuorumRule };

export async function quorumAtTime(associationId: string, meetingId: string, time: Date, reader: Reader = db()): Promise<QuorumAtTime | null> {
  const meeting = await quorumMeetingOf(reader, associationId, meetingId);
  if (!meeting) return null;
  return { ...quorumAt(meeting.quorum, time), meetingId: meeting.id, time, rule: meeting.quorum.rule };
}

/** For the meeting pages: the quorum at the start, at `now` while it runs, at a chosen moment, and each change. */
export async function quorumSummary(associationId: string, meetingId: string, now: Date, chosen: Date | null) {
  const meeting = await quorumMeetingOf(db(), associationId, meetingId);
  if (!meeting) return null;
  const running = now.getTime() >= meeting.startsAt.getTime() && now.getTime() < meeting.endsAt.getTime();
  const people = await db().user.findMany({ where: { id: { in: [...meeting.quorum.electorate] } }, select: { id: true, name: true } });
  return {
    kind: meeting.kind,
    startsAt: meeting.startsAt,
    names: new Map(people.map((p) => [p.id, p.name])),
    rule: meeting.quorum.rule,
    recorded: meeting.quorum.attendance.length > 0,
    atStart: quorumAt(meeting.quorum, meeting.startsAt),
    now: running ? quorumAt(meeting.quorum, now) : null,
    chosen: chosen ? { time: chosen, state: quorumAt(meeting.quorum, chosen) } : null,
    timeline: quorumTimeline(meeting.quorum, meeting.startsAt, meeting.endsAt),
  };
}
export type QuorumSummary = NonNullable<Awaited<ReturnType<typeof quorumSummary>>>;

/**
 * The attendance sheet: a row for each person on the roster (the board, or every member at a
 * general assembly) and for anyone else already recorded, with their record; and the guests.
 */
export async function attendanceSheet(associationId: string, meeting: { id: string; kind: MeetingKind; startsAt: Date }, timezone: string) {
  const [terms, records, guests] = await Promise.all([
    db().membership.findMany({
      where: { associationId },
      select: { userId: true, kind: true, offices: true, startsOn: true, endsOn: true, user: { select: { name: true } } },
    }),
    db().attendance.findMany({ where: { associationId, meetingId: meeting.id }, include: { user: { select: { name: true } } } }),
    db().guest.findMany({ where: { associationId, meetingId: meeting.id }, orderBy: { createdAt: "asc" } }),
  ]);
  const day = meetingDay(meeting.startsAt, timezone);
  const roster = new Set(rosterOf(meeting.kind, terms, day));
  const electorate = new Set(electorateOf(meeting.kind, terms, day));
  const termOn = (userId: string) => terms.find((t) => t.userId === userId && termCovers(t, day));
  const byUser = new Map(records.map((r) => [r.userId, r]));
  const people = new Map<string, string>();
  for (const t of terms) if (roster.has(t.userId)) people.set(t.userId, t.user.name);
  for (const r of records) people.set(r.userId, r.user.name);
  const rows = [...people.entries()]
    .map(([userId, name]) => {
      const term = termOn(userId);
      return { userId, name, kind: term?.kind ?? null, offices: term?.offices ?? [], counts: electorate.has(userId), onRoster: roster.has(userId), record: byUser.get(userId) ?? null };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  return { rows, guests };
}
export type AttendanceRow = Awaited<ReturnType<typeof attendanceSheet>>["rows"][number];
