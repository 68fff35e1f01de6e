import { describe, expect, it } from "vitest";
import {
  attendanceRights,
  checkSheet,
  electorateOf,
  quorumRuleFor,
  quorumTimeline,
  rosterOf,
  timeOnMeetingDay,
  type SheetEntry,
} from "@/features/attendance/rules";
import type { Actor, MemberKind, Office } from "@/features/members/rules";

const actor = (kind: MemberKind | null, offices: Office[] = [], userId = "me"): Actor => ({
  userId,
  associationId: "a",
  isOperator: false,
  membershipId: kind ? "m" : null,
  role: kind ? { kind, offices } : null,
});

describe("rights on the attendance sheet", () => {
  const board = { kind: "BOARD" as const, facilitatorId: "fac" };
  it.each([
    ["secretary", actor("VOTING", ["SECRETARY"]), true, true],
    ["president", actor("VOTING", ["PRESIDENT"]), true, true],
    ["facilitator", actor("VOTING", [], "fac"), true, true],
    ["treasurer", actor("VOTING", ["TREASURER"]), true, false],
    ["voting member", actor("VOTING"), true, false],
    ["advisory member", actor("ADVISORY"), true, false],
    ["adherent", actor("MEMBER"), false, false],
    ["stranger", actor(null), false, false],
  ])("%s: reads %s, records %s", (_who, who, read, edit) => {
    expect(attendanceRights.read(who)).toBe(read);
    expect(attendanceRights.edit(who, board)).toBe(edit);
  });

  it("adherents see the quorum of a general assembly only", () => {
    expect(attendanceRights.readQuorum(actor("MEMBER"), { kind: "GENERAL_ASSEMBLY" })).toBe(true);
    expect(attendanceRights.readQuorum(actor("MEMBER"), { kind: "BOARD" })).toBe(false);
  });
});

describe("whose presence counts", () => {
  const day = new Date("2023-06-17T00:00:00Z");
  const term = (userId: string, kind: MemberKind, startsOn = "2020-01-01", endsOn: string | null = null) => ({
    userId,
    kind,
    startsOn: new Date(`${startsOn}T00:00:00Z`),
    endsOn: endsOn ? new Date(`${endsOn}T00:00:00Z`) : null,
  });
  const terms = [
    term("president", "VOTING"),
    term("voter", "VOTING"),
    term("advisory", "ADVISORY"),
    term("adherent", "MEMBER"),
    term("left", "VOTING", "2020-01-01", "2023-06-16"),
    term("joins-later", "MEMBER", "2023-06-18"),
  ];

  it("a board meeting: the voting members whose term covers the day; the board gets rows", () => {
    expect(electorateOf("BOARD", terms, day)).toEqual(["president", "voter"]);
    expect(rosterOf("BOARD", terms, day)).toEqual(["president", "voter", "advisory"]);
  });

  it("a general assembly: every member but the advisory ones counts; everyone gets a row", () => {
    expect(electorateOf("GENERAL_ASSEMBLY", terms, day)).toEqual(["president", "voter", "adherent"]);
    expect(rosterOf("GENERAL_ASSEMBLY", terms, day)).toEqual(["president", "voter", "advisory", "adherent"]);
  });

  const settings = {
    quorumKind: "FRACTION" as const,
    quorumNumerator: 1,
    quorumDenominator: 2,
    quorumCount: null,
    assemblyQuorumKind: "COUNT" as const,
    assemblyQuorumNumerator: 1,
    assemblyQuorumDenominator: 4,
    assemblyQuorumCount: 12,
  };
  it("each kind of meeting has its rule", () => {
    expect(quorumRuleFor(settings, "BOARD")).toEqual({ kind: "FRACTION", numerator: 1, denominator: 2 });
    expect(quorumRuleFor(settings, "GENERAL_ASSEMBLY")).toEqual({ kind: "COUNT", count: 12 });
    expect(quorumRuleFor(settings, "OTHER")).toEqual({ kind: "NONE" });
    expect(quorumRuleFor({ ...settings, assemblyQuorumKind: "NONE" }, "GENERAL_ASSEMBLY")).toEqual({ kind: "NONE" });
  });
});

describe("a time typed for the meeting", () => {
  const paris = "Europe/Paris";
  it.each([
    // The 2008 meeting, in summer time.
    ["2008-10-07T16:15:00Z", "2008-10-07T18:30:00Z", { hour: 19, minute: 0 }, "2008-10-07T17:00:00.000Z"],
    // The Sunday clocks go back (25 Oct 2026): the evening is in winter time.
    ["2026-10-25T17:00:00Z", "2026-10-25T19:00:00Z", { hour: 19, minute: 0 }, "2026-10-25T18:00:00.000Z"],
    // The night of the change, 02:30 happens twice: the first one.
    ["2026-10-25T00:00:00Z", "2026-10-25T03:00:00Z", { hour: 2, minute: 30 }, "2026-10-25T00:30:00.000Z"],
    // The Sunday clocks go forward (29 Mar 2026): 02:30 does not exist, it becomes 03:30.
    ["2026-03-29T00:00:00Z", "2026-03-29T03:00:00Z", { hour: 2, minute: 30 }, "2026-03-29T01:30:00.000Z"],
    ["2026-03-29T16:00:00Z", "2026-03-29T18:00:00Z", { hour: 19, minute: 0 }, "2026-03-29T17:00:00.000Z"],
    // A meeting from 22:00 to 01:00: 00:30 is the next day, 23:00 the same day.
    ["2026-11-04T21:00:00Z", "2026-11-05T00:00:00Z", { hour: 0, minute: 30 }, "2026-11-04T23:30:00.000Z"],
    ["2026-11-04T21:00:00Z", "2026-11-05T00:00:00Z", { hour: 23, minute: 0 }, "2026-11-04T22:00:00.000Z"],
  ])("meeting %s–%s, %o → %s", (start, end, time, expected) => {
    expect(timeOnMeetingDay(time, { startsAt: new Date(start), endsAt: new Date(end) }, paris).toISOString()).toBe(expected);
  });

  it("uses the association's calendar day, not the machine's or UTC's", () => {
    // 18:00 in Montréal is already the next day in UTC (and in Kathmandu, where tests run).
    const meeting = { startsAt: new Date("2026-11-04T23:00:00Z"), endsAt: new Date("2026-11-05T01:00:00Z") };
    expect(timeOnMeetingDay({ hour: 19, minute: 30 }, meeting, "America/Montreal").toISOString()).toBe("2026-11-05T00:30:00.000Z");
  });
});

describe("checking the sheet", () => {
  const board = { kind: "BOARD" as const, startsAt: new Date("2008-10-07T16:15:00Z"), endsAt: new Date("2008-10-07T18:30:00Z") };
  const assembly = { ...board, kind: "GENERAL_ASSEMBLY" as const };
  const roster = new Set(["a", "b", "c", "d"]);
  const entry = (userId: string, status: SheetEntry["status"], extra: Partial<SheetEntry> = {}): SheetEntry => ({
    userId,
    status,
    proxyUserId: null,
    arrival: null,
    departure: null,
    note: null,
    ...extra,
  });
  const check = (entries: SheetEntry[], meeting: typeof board | typeof assembly = board) => checkSheet(entries, meeting, roster, "Europe/Paris");

  it("turns local times into instants and skips lines left blank", () => {
    const result = check([
      entry("a", "PRESENT", { departure: { hour: 19, minute: 30 }, note: "partie à 19 h 30" }),
      entry("b", "REMOTE", { arrival: { hour: 18, minute: 30 }, departure: { hour: 19, minute: 0 } }),
      entry("c", null),
      entry("d", "EXCUSED"),
    ]);
    expect(result).toEqual({
      ok: true,
      records: [
        { userId: "a", status: "PRESENT", proxyUserId: null, arrivedAt: null, leftAt: new Date("2008-10-07T17:30:00Z"), note: "partie à 19 h 30" },
        { userId: "b", status: "REMOTE", proxyUserId: null, arrivedAt: new Date("2008-10-07T16:30:00Z"), leftAt: new Date("2008-10-07T17:00:00Z"), note: null },
        { userId: "d", status: "EXCUSED", proxyUserId: null, arrivedAt: null, leftAt: null, note: null },
      ],
    });
  });

  it("accepts a proxy at a general assembly to someone there", () => {
    const result = check([entry("a", "PRESENT"), entry("b", "REPRESENTED", { proxyUserId: "a" })], assembly);
    expect(result.ok && result.records[1]).toMatchObject({ status: "REPRESENTED", proxyUserId: "a" });
  });

  it("drops a proxy chosen for someone who is not represented", () => {
    const result = check([entry("a", "PRESENT", { proxyUserId: "b" }), entry("b", "PRESENT")], assembly);
    expect(result.ok && result.records[0].proxyUserId).toBeNull();
  });

  it.each([
    ["someone not on the roster", [entry("z", "PRESENT")], board, "NOT_ON_ROSTER", "z"],
    ["a note without a status", [entry("a", null, { note: "parti tôt" })], board, "STATUS_REQUIRED", "a"],
    ["a departure without a status", [entry("a", null, { departure: { hour: 19, minute: 0 } })], board, "STATUS_REQUIRED", "a"],
    ["a proxy at a board meeting", [entry("a", "PRESENT"), entry("b", "REPRESENTED", { proxyUserId: "a" })], board, "PROXY_ONLY_AT_ASSEMBLY", "b"],
    ["represented by nobody", [entry("b", "REPRESENTED")], assembly, "PROXY_REQUIRED", "b"],
    ["a proxy to oneself", [entry("b", "REPRESENTED", { proxyUserId: "b" })], assembly, "PROXY_TO_SELF", "b"],
    ["a proxy to an absent member", [entry("a", "ABSENT"), entry("b", "REPRESENTED", { proxyUserId: "a" })], assembly, "PROXY_NOT_THERE", "b"],
    ["a proxy to an unrecorded member", [entry("b", "REPRESENTED", { proxyUserId: "a" })], assembly, "PROXY_NOT_THERE", "b"],
    ["a proxy to a represented member", [entry("a", "REPRESENTED", { proxyUserId: "c" }), entry("c", "PRESENT"), entry("b", "REPRESENTED", { proxyUserId: "a" })], assembly, "PROXY_NOT_THERE", "b"],
    ["a proxy outside the roster", [entry("b", "REPRESENTED", { proxyUserId: "z" })], assembly, "PROXY_NOT_THERE", "b"],
    ["times for an excused member", [entry("a", "EXCUSED", { departure: { hour: 19, minute: 0 } })], board, "TIMES_FOR_ATTENDEES_ONLY", "a"],
    ["a departure before the arrival", [entry("a", "PRESENT", { arrival: { hour: 19, minute: 0 }, departure: { hour: 18, minute: 45 } })], board, "DEPARTURE_BEFORE_ARRIVAL", "a"],
    ["a departure at the arrival", [entry("a", "PRESENT", { arrival: { hour: 19, minute: 0 }, departure: { hour: 19, minute: 0 } })], board, "DEPARTURE_BEFORE_ARRIVAL", "a"],
    ["a departure before the start", [entry("a", "REMOTE", { departure: { hour: 18, minute: 0 } })], board, "DEPARTURE_BEFORE_ARRIVAL", "a"],
  ])("refuses %s", (_what, entries, meeting, reason, userId) => {
    expect(check(entries, meeting)).toEqual({ ok: false, reason, userId });
  });
});

describe("the quorum through the meeting", () => {
  const at = (hhmm: string) => new Date(`2008-10-07T${hhmm}:00+02:00`);
  const record = (userId: string, status: "PRESENT" | "REMOTE", leftAt: string | null = null, arrivedAt: string | null = null) => ({
    userId,
    status,
    proxyUserId: null,
    arrivedAt: arrivedAt ? at(arrivedAt) : null,
    leftAt: leftAt ? at(leftAt) : null,
  });
  it("lists the start and each moment the count changes, once", () => {
    const meeting = {
      rule: { kind: "COUNT" as const, count: 3 },
      electorate: ["a", "b", "c", "d"],
      attendance: [record("a", "PRESENT", "19:30"), record("b", "REMOTE", "19:00"), record("c", "REMOTE", "19:00"), record("d", "PRESENT", null, "18:40"), record("x", "PRESENT", "18:50")],
    };
    const timeline = quorumTimeline(meeting, at("18:15"), at("20:30"));
    expect(timeline.map((m) => [m.time.toISOString(), m.state.counted.length, m.state.met])).toEqual([
      [at("18:15").toISOString(), 3, true],
      [at("18:40").toISOString(), 4, true],
      [at("19:00").toISOString(), 2, false],
      [at("19:30").toISOString(), 1, false],
    ]);
  });
});
