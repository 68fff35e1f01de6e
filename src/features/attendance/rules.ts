// Who is in the room at a given moment, and whether the meeting has its quorum then.
import type { QuorumRule } from "@/features/associations/rules";

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
