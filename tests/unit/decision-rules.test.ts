import { describe, expect, it } from "vitest";
import type { AttendanceRecord } from "@/features/attendance/rules";
import { checkVote, defaultVoteTime, electorateOf, majorityMet, parseEuros, quorumRuleFor, votesFrom, voteTimeProblem, type MajorityRule } from "@/features/decisions/rules";

describe("majorities", () => {
  const cases: [MajorityRule, number, number, number, boolean][] = [
    // rule, for, against, abstain, met
    ["SIMPLE", 5, 4, 0, true],
    ["SIMPLE", 4, 4, 1, false], // a tie is not a majority
    ["SIMPLE", 2, 1, 6, true], // abstentions count for neither side
    ["SIMPLE", 0, 0, 5, false],
    ["TWO_THIRDS", 6, 3, 0, true], // exactly two thirds
    ["TWO_THIRDS", 5, 3, 0, false], // 62.5 %
    ["TWO_THIRDS", 4, 2, 9, true], // abstentions excluded from the votes cast
    ["TWO_THIRDS", 2, 1, 0, true],
    ["TWO_THIRDS", 0, 0, 4, false], // nobody for: not adopted
    ["TWO_THIRDS", 667, 333, 0, true],
    ["TWO_THIRDS", 666, 334, 0, false],
    ["UNANIMITY", 7, 0, 0, true],
    ["UNANIMITY", 7, 0, 2, true], // abstaining does not break unanimity
    ["UNANIMITY", 7, 1, 0, false],
    ["UNANIMITY", 0, 0, 3, false],
  ];
  it.each(cases)("%s with %i for, %i against, %i abstaining: met = %s", (rule, votesFor, against, abstain, met) => {
    expect(majorityMet(rule, { for: votesFor, against, abstain })).toBe(met);
  });
});

const at = (hhmm: string) => new Date(`2008-10-07T${hhmm}:00+02:00`);
const record = (userId: string, status: AttendanceRecord["status"], extra: Partial<AttendanceRecord> = {}): AttendanceRecord => ({
  userId,
  status,
  proxyUserId: null,
  arrivedAt: at("18:15"),
  leftAt: null,
  ...extra,
});

// Ten voters: six stay, one leaves at 19:30, two on the phone until 19:00, one absent.
const board = {
  rule: { kind: "FRACTION" as const, numerator: 1, denominator: 2 },
  electorate: ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"],
  attendance: [
    record("a", "PRESENT", { leftAt: at("19:30") }),
    ...["b", "c", "d", "e", "f", "g"].map((id) => record(id, "PRESENT")),
    record("h", "REMOTE", { leftAt: at("19:00") }),
    record("i", "REMOTE", { leftAt: at("19:00") }),
    record("j", "ABSENT", { arrivedAt: null }),
    record("advisory", "PRESENT"),
  ],
};

describe("a vote checked against who is there at its moment", () => {
  it("at 18:30 nine voters are there: nine votes pass, ten are refused", () => {
    expect(checkVote({ meeting: board, votedAt: at("18:30"), votes: { for: 9, against: 0, abstain: 0 }, majority: "SIMPLE", outcome: "ADOPTED" })).toMatchObject({
      ok: true,
      facts: { votersPresent: 9, electorateSize: 10, quorumRequired: 5, quorumMet: true, majorityMet: true, departedIds: [] },
    });
    expect(checkVote({ meeting: board, votedAt: at("18:30"), votes: { for: 6, against: 2, abstain: 2 }, majority: "SIMPLE", outcome: "ADOPTED" })).toMatchObject({
      ok: false,
      problem: "VOTES_EXCEED_PRESENT",
      present: 9,
      cast: 10,
    });
  });

  it("members who left before the vote are not counted, and are named as departed", () => {
    const after = checkVote({ meeting: board, votedAt: at("19:45"), votes: { for: 4, against: 1, abstain: 1 }, majority: "SIMPLE", outcome: "ADOPTED" });
    expect(after).toMatchObject({ ok: true, facts: { votersPresent: 6, majorityMet: true } });
    if (after.ok) expect(after.facts.departedIds.sort()).toEqual(["a", "h", "i"]);
    expect(checkVote({ meeting: board, votedAt: at("19:45"), votes: { for: 5, against: 1, abstain: 1 }, majority: "SIMPLE", outcome: "ADOPTED" })).toMatchObject({
      ok: false,
      problem: "VOTES_EXCEED_PRESENT",
      present: 6,
    });
  });

  it("one who leaves at 19:00 is gone at 19:00 exactly, there at 18:59", () => {
    const votes = { for: 8, against: 1, abstain: 0 };
    expect(checkVote({ meeting: board, votedAt: new Date(at("19:00").getTime() - 1), votes, majority: "SIMPLE", outcome: "ADOPTED" }).ok).toBe(true);
    expect(checkVote({ meeting: board, votedAt: at("19:00"), votes, majority: "SIMPLE", outcome: "ADOPTED" })).toMatchObject({ ok: false, problem: "VOTES_EXCEED_PRESENT", present: 7 });
  });

  it("the advisory member present never adds a voice", () => {
    expect(checkVote({ meeting: board, votedAt: at("18:30"), votes: null, majority: "SIMPLE", outcome: "POSTPONED" })).toMatchObject({ ok: true, facts: { votersPresent: 9, majorityMet: null } });
  });

  it("records a lost quorum without refusing the decision", () => {
    const strict = { ...board, rule: { kind: "COUNT" as const, count: 7 } };
    expect(checkVote({ meeting: strict, votedAt: at("19:45"), votes: { for: 3, against: 3, abstain: 0 }, majority: "SIMPLE", outcome: "REJECTED" })).toMatchObject({
      ok: true,
      facts: { quorumMet: false, quorumRequired: 7, votersPresent: 6, majorityMet: false },
    });
  });

  it("refuses an outcome the votes contradict", () => {
    expect(checkVote({ meeting: board, votedAt: at("18:30"), votes: { for: 4, against: 4, abstain: 0 }, majority: "SIMPLE", outcome: "ADOPTED" })).toMatchObject({
      ok: false,
      problem: "ADOPTED_WITHOUT_MAJORITY",
    });
    expect(checkVote({ meeting: board, votedAt: at("18:30"), votes: { for: 5, against: 2, abstain: 0 }, majority: "TWO_THIRDS", outcome: "REJECTED" })).toMatchObject({
      ok: false,
      problem: "REJECTED_WITH_MAJORITY",
    });
    expect(checkVote({ meeting: board, votedAt: at("18:30"), votes: { for: 5, against: 3, abstain: 0 }, majority: "TWO_THIRDS", outcome: "REJECTED" })).toMatchObject({
      ok: true,
      facts: { majorityMet: false },
    });
  });

  it("at a general assembly a represented member counts through the proxy holder, until the holder leaves", () => {
    const assembly = {
      rule: { kind: "NONE" as const },
      electorate: ["p", "q", "r", "s"],
      attendance: [
        record("p", "PRESENT", { leftAt: at("20:00") }),
        record("q", "REPRESENTED", { arrivedAt: null, proxyUserId: "p" }),
        record("r", "PRESENT"),
        record("s", "EXCUSED", { arrivedAt: null }),
      ],
    };
    const votes = { for: 3, against: 0, abstain: 0 };
    expect(checkVote({ meeting: assembly, votedAt: at("19:00"), votes, majority: "UNANIMITY", outcome: "ADOPTED" })).toMatchObject({ ok: true, facts: { votersPresent: 3 } });
    expect(checkVote({ meeting: assembly, votedAt: at("20:00"), votes, majority: "UNANIMITY", outcome: "ADOPTED" })).toMatchObject({ ok: false, present: 1 });
  });
});

describe("votes as typed", () => {
  it("no count at all is no vote; a missing count beside others is zero", () => {
    expect(votesFrom({})).toBeNull();
    expect(votesFrom({ votesFor: 5 })).toEqual({ for: 5, against: 0, abstain: 0 });
    expect(votesFrom({ votesAgainst: 0 })).toEqual({ for: 0, against: 0, abstain: 0 });
  });
});

describe("the time of the vote", () => {
  const meeting = { startsAt: at("18:15"), endsAt: at("20:30") };
  it("defaults to now within the meeting, to the whole minute", () => {
    expect(defaultVoteTime(new Date(at("19:12").getTime() + 42_000), meeting)).toEqual(at("19:12"));
    expect(defaultVoteTime(new Date("2026-01-01T10:00:00Z"), meeting)).toEqual(at("20:30"));
    expect(defaultVoteTime(at("17:00"), meeting)).toEqual(at("18:15"));
  });
  it("must fall during the meeting and not in the future", () => {
    const later = new Date("2026-01-01T10:00:00Z");
    expect(voteTimeProblem(at("18:15"), meeting, later)).toBeNull();
    expect(voteTimeProblem(at("20:30"), meeting, later)).toBeNull();
    expect(voteTimeProblem(new Date(at("20:30").getTime() + 1), meeting, later)).toBe("VOTE_OUTSIDE_MEETING");
    expect(voteTimeProblem(new Date(at("18:15").getTime() - 1), meeting, later)).toBe("VOTE_OUTSIDE_MEETING");
    expect(voteTimeProblem(at("19:00"), meeting, at("18:50"))).toBe("VOTE_IN_FUTURE");
  });
});

describe("who votes", () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const terms = [
    { userId: "v1", kind: "VOTING" as const, startsOn: day("2008-02-09"), endsOn: null },
    { userId: "v2", kind: "VOTING" as const, startsOn: day("2008-02-09"), endsOn: day("2008-10-06") }, // left the board the day before
    { userId: "v3", kind: "VOTING" as const, startsOn: day("2008-10-07"), endsOn: null }, // joined that very day
    { userId: "adv", kind: "ADVISORY" as const, startsOn: day("2008-02-09"), endsOn: null },
    { userId: "mem", kind: "MEMBER" as const, startsOn: day("2008-02-09"), endsOn: null },
  ];
  it("a board meeting: voting members whose term covers the meeting's day", () => {
    expect(electorateOf("BOARD", terms, day("2008-10-07")).sort()).toEqual(["v1", "v3"]);
  });
  it("a general assembly: every member then", () => {
    expect(electorateOf("GENERAL_ASSEMBLY", terms, day("2008-10-07")).sort()).toEqual(["adv", "mem", "v1", "v3"]);
  });
  it("takes the assembly's own quorum rule", () => {
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
    expect(quorumRuleFor("BOARD", settings)).toEqual({ kind: "FRACTION", numerator: 1, denominator: 2 });
    expect(quorumRuleFor("GENERAL_ASSEMBLY", settings)).toEqual({ kind: "COUNT", count: 12 });
    expect(quorumRuleFor("GENERAL_ASSEMBLY", { ...settings, assemblyQuorumKind: "NONE" })).toEqual({ kind: "NONE" });
  });
});

describe("amounts in euros", () => {
  it.each([
    ["681,72", 68172],
    ["681.72", 68172],
    ["1 300", 130000],
    ["16 900,00 €", 1690000],
    ["16\u202f900,5", 1690050],
    ["0", 0],
  ])("%s → %i cents", (text, cents) => {
    expect(parseEuros(text)).toBe(cents);
  });
  it.each(["", "-5", "12,345", "abc", "1,2,3", "99999999999"])("refuses %j", (text) => {
    expect(parseEuros(text)).toBeNull();
  });
});
