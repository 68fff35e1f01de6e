import { describe, expect, it } from "vitest";
import { quorumAt, requiredFor, type AttendanceRecord } from "@/features/attendance/rules";

const at = (hhmm: string) => new Date(`2008-10-07T${hhmm}:00+02:00`);
const record = (userId: string, status: AttendanceRecord["status"], extra: Partial<AttendanceRecord> = {}): AttendanceRecord => ({
  userId,
  status,
  proxyUserId: null,
  arrivedAt: null,
  leftAt: null,
  ...extra,
});

// The October 2008 board: ten voting members; seven in the room (one leaves at 19:30), two on
// the phone until 19:00, one absent. An advisory member is there but never counts.
const electorate = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];
const attendance = [
  record("a", "PRESENT", { leftAt: at("19:30") }),
  record("b", "PRESENT"),
  record("c", "PRESENT"),
  record("d", "PRESENT"),
  record("e", "PRESENT"),
  record("f", "PRESENT"),
  record("g", "PRESENT"),
  record("h", "REMOTE", { leftAt: at("19:00") }),
  record("i", "REMOTE", { leftAt: at("19:00") }),
  record("j", "ABSENT"),
  record("advisory", "PRESENT"),
];
const board = { rule: { kind: "FRACTION" as const, numerator: 1, denominator: 2 }, electorate, attendance };

describe("quorum at a moment of the meeting", () => {
  it("counts those in the room and on the line", () => {
    expect(quorumAt(board, at("18:30"))).toMatchObject({ electorate: 10, required: 5, met: true });
    expect(quorumAt(board, at("18:30")).counted).toHaveLength(9);
  });

  it("stops counting members at the minute they leave", () => {
    expect(quorumAt(board, at("18:59")).counted).toHaveLength(9);
    const seven = quorumAt(board, at("19:00"));
    expect(seven.counted).toHaveLength(7);
    expect(seven.departed.sort()).toEqual(["h", "i"]);
    expect(quorumAt(board, at("19:30")).counted).toHaveLength(6);
  });

  it("never counts someone outside the electorate (an advisory member)", () => {
    expect(quorumAt(board, at("18:30")).counted).not.toContain("advisory");
  });

  it("is lost when too many have left", () => {
    const strict = { ...board, rule: { kind: "COUNT" as const, count: 7 } };
    expect(quorumAt(strict, at("19:00")).met).toBe(true);
    expect(quorumAt(strict, at("19:30")).met).toBe(false);
  });

  it("ignores members who had not arrived yet", () => {
    const late = { ...board, attendance: [record("a", "PRESENT", { arrivedAt: at("19:15") })] };
    expect(quorumAt(late, at("19:14")).counted).toEqual([]);
    expect(quorumAt(late, at("19:15")).counted).toEqual(["a"]);
  });

  it("counts a represented member while the proxy holder is there", () => {
    const assembly = {
      rule: { kind: "FRACTION" as const, numerator: 1, denominator: 4 },
      electorate: ["p", "q", "r", "s"],
      attendance: [record("p", "PRESENT", { leftAt: at("20:00") }), record("q", "REPRESENTED", { proxyUserId: "p" }), record("r", "EXCUSED")],
    };
    expect(quorumAt(assembly, at("19:00")).counted.sort()).toEqual(["p", "q"]);
    expect(quorumAt(assembly, at("20:00")).counted).toEqual([]);
  });
});

describe("required number", () => {
  it.each([
    [{ kind: "FRACTION" as const, numerator: 1, denominator: 2 }, 10, 5],
    [{ kind: "FRACTION" as const, numerator: 1, denominator: 2 }, 11, 6],
    [{ kind: "FRACTION" as const, numerator: 2, denominator: 3 }, 9, 6],
    [{ kind: "FRACTION" as const, numerator: 1, denominator: 3 }, 0, 0],
    [{ kind: "COUNT" as const, count: 4 }, 10, 4],
    [{ kind: "NONE" as const }, 10, 0],
  ])("%o of %i electors: %i", (rule, electorate, required) => {
    expect(requiredFor(rule, electorate)).toBe(required);
  });
});
