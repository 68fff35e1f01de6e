import { describe, expect, it } from "vitest";
import {
  boardOn,
  cancelProblem,
  conveneProblem,
  editProblem,
  heldProblem,
  localClock,
  localInputValue,
  meetingDay,
  meetingRights,
  meetingTimesProblem,
  parseDateList,
  parseLocalDateTime,
  parseLocalTime,
  seriesTimes,
  splitByNow,
  yearRange,
} from "@/features/meetings/rules";
import type { Actor, MemberKind, Office } from "@/features/members/rules";
import { isoDate } from "@/lib/zoned-time";

const actor = (kind: MemberKind | null, offices: Office[] = [], userId = "me"): Actor => ({
  userId,
  associationId: "a",
  isOperator: false,
  membershipId: kind ? "m" : null,
  role: kind ? { kind, offices } : null,
});

describe("who may do what with meetings", () => {
  const board = { kind: "BOARD" as const, facilitatorId: "someone-else" };
  const mine = { kind: "BOARD" as const, facilitatorId: "me" };
  const assembly = { kind: "GENERAL_ASSEMBLY" as const, facilitatorId: null };
  it.each([
    ["president", actor("VOTING", ["PRESIDENT"]), true, true, true, true],
    ["secretary", actor("VOTING", ["SECRETARY"]), true, true, true, true],
    ["treasurer", actor("VOTING", ["TREASURER"]), true, false, false, true],
    ["voting member", actor("VOTING"), true, false, false, true],
    ["advisory member", actor("ADVISORY"), true, false, false, true],
    ["adherent", actor("MEMBER"), true, false, false, false],
    ["stranger", actor(null), false, false, false, false],
  ])("%s: read %s, plan %s, edit another's %s, board details %s", (_who, who, read, plan, edit, details) => {
    expect(meetingRights.read(who)).toBe(read);
    expect(meetingRights.plan(who)).toBe(plan);
    expect(meetingRights.edit(who, board)).toBe(edit);
    expect(meetingRights.convene(who, board)).toBe(edit);
    expect(meetingRights.readBoardDetails(who)).toBe(details);
  });

  it("the facilitator edits and convenes their meeting while on the board", () => {
    expect(meetingRights.edit(actor("VOTING"), mine)).toBe(true);
    expect(meetingRights.convene(actor("ADVISORY"), mine)).toBe(true);
    expect(meetingRights.edit(actor("VOTING"), board)).toBe(false);
    // Named facilitator, but no longer on the board.
    expect(meetingRights.edit(actor("MEMBER"), mine)).toBe(false);
    expect(meetingRights.plan(actor("VOTING"))).toBe(false);
  });

  it("adherents see how to join a general assembly remotely, not a board meeting", () => {
    expect(meetingRights.readRemoteAccess(actor("MEMBER"), assembly)).toBe(true);
    expect(meetingRights.readRemoteAccess(actor("MEMBER"), board)).toBe(false);
    expect(meetingRights.readRemoteAccess(actor("VOTING"), board)).toBe(true);
    expect(meetingRights.readRemoteAccess(actor(null), assembly)).toBe(false);
  });
});

describe("meeting times", () => {
  const at = (iso: string) => new Date(iso);
  it.each([
    ["2026-11-04T17:00:00Z", "2026-11-04T19:00:00Z", null],
    ["2026-11-04T17:00:00Z", "2026-11-04T17:00:00Z", "MEETING_ENDS_BEFORE_START"],
    ["2026-11-04T17:00:00Z", "2026-11-04T16:59:59.999Z", "MEETING_ENDS_BEFORE_START"],
    ["2026-11-04T17:00:00Z", "2026-11-07T17:00:00Z", null],
    ["2026-11-04T17:00:00Z", "2026-11-07T17:00:00.001Z", "MEETING_TOO_LONG"],
  ])("%s → %s: %s", (start, end, problem) => {
    expect(meetingTimesProblem(at(start), at(end))).toBe(problem);
  });

  it.each([
    ["18:00", { hour: 18, minute: 0 }],
    ["6:30", { hour: 6, minute: 30 }],
    ["18h", { hour: 18, minute: 0 }],
    ["18h15", { hour: 18, minute: 15 }],
    ["18 h 15", { hour: 18, minute: 15 }],
    [" 09:05 ", { hour: 9, minute: 5 }],
    ["18", null],
    ["18:", null],
    ["24:00", null],
    ["18:60", null],
    ["six", null],
    ["", null],
  ])("reads the time %j", (text, time) => {
    expect(parseLocalTime(text)).toEqual(time);
  });

  it.each([
    ["2026-11-04T18:00", { year: 2026, month: 11, day: 4, hour: 18, minute: 0 }],
    ["2026-11-04 18:30", { year: 2026, month: 11, day: 4, hour: 18, minute: 30 }],
    ["2026-11-04T18:00:00", { year: 2026, month: 11, day: 4, hour: 18, minute: 0 }],
    ["2026-02-30T18:00", null],
    ["2026-11-04T25:00", null],
    ["04/11/2026 18:00", null],
  ])("reads the date and time %j", (text, local) => {
    expect(parseLocalDateTime(text)).toEqual(local);
  });

  it("shows an instant as the association's wall clock, in summer and in winter", () => {
    expect(localInputValue(new Date("2008-10-07T16:15:00Z"), "Europe/Paris")).toBe("2008-10-07T18:15");
    expect(localInputValue(new Date("2008-12-02T17:00:00Z"), "Europe/Paris")).toBe("2008-12-02T18:00");
    expect(localClock(new Date("2026-03-29T01:30:00Z"), "Europe/Paris")).toBe("03:30");
    expect(localInputValue(new Date("2026-11-04T23:30:00Z"), "America/Montreal")).toBe("2026-11-04T18:30");
  });

  it("the meeting's day is the association's, not UTC's", () => {
    expect(meetingDay(new Date("2026-11-04T23:30:00Z"), "Europe/Paris").toISOString()).toBe("2026-11-05T00:00:00.000Z");
    expect(meetingDay(new Date("2026-11-04T23:30:00Z"), "America/Montreal").toISOString()).toBe("2026-11-04T00:00:00.000Z");
  });
});

describe("several dates at once", () => {
  const october = { year: 2008, month: 10, day: 8 };
  const list = (text: string, today = october) => {
    const result = parseDateList(text, today);
    return result.ok ? result.dates.map(isoDate) : result;
  };

  it("reads the reference's next dates, running into the next year", () => {
    expect(list("4 Nov, 2 Dec, 13 Jan")).toEqual(["2008-11-04", "2008-12-02", "2009-01-13"]);
  });

  it.each([
    ["4 nov., 2 déc., 13 janv.", ["2008-11-04", "2008-12-02", "2009-01-13"]],
    ["mardi 4 novembre; mardi 2 décembre\nmardi 13 janvier", ["2008-11-04", "2008-12-02", "2009-01-13"]],
    ["1er déc, 6 janv", ["2008-12-01", "2009-01-06"]],
    ["Nov 4, Dec 2", ["2008-11-04", "2008-12-02"]],
    ["4th November, 2nd December", ["2008-11-04", "2008-12-02"]],
    ["04/11, 02/12/2008, 13.01.2009", ["2008-11-04", "2008-12-02", "2009-01-13"]],
    ["2009-01-13, 2008-11-04", ["2008-11-04", "2009-01-13"]],
    ["4 mar", ["2009-03-04"]],
    ["Tue 4 Nov 2008", ["2008-11-04"]],
    ["8 oct", ["2008-10-08"]],
    ["7 oct", ["2009-10-07"]],
    ["4 Nov,, 2 Dec ,", ["2008-11-04", "2008-12-02"]],
  ])("reads %j", (text, dates) => {
    expect(list(text)).toEqual(dates);
  });

  it.each([
    ["", "NO_DATES", undefined],
    [" , ; ", "NO_DATES", undefined],
    ["4 Nov, someday", "DATE_UNREADABLE", "someday"],
    ["31 Nov", "DATE_UNREADABLE", "31 Nov"],
    ["30/02/2009", "DATE_UNREADABLE", "30/02/2009"],
    ["4 Nov 2007", "DATE_IN_PAST", "4 Nov 2007"],
    ["2008-10-07", "DATE_IN_PAST", "2008-10-07"],
    ["4 Nov, 04/11", "DATE_REPEATED", "04/11"],
    [Array.from({ length: 25 }, (_, i) => `${(i % 28) + 1}/0${(i % 9) + 1}/2030`).join(","), "TOO_MANY_DATES", undefined],
  ])("refuses %j", (text, reason, date) => {
    expect(list(text)).toEqual({ ok: false, reason, ...(date ? { date } : {}) });
  });

  it("keeps the same wall-clock time on each side of a daylight-saving change", () => {
    const times = seriesTimes(
      [
        { year: 2026, month: 10, day: 20 },
        { year: 2026, month: 10, day: 27 },
        { year: 2027, month: 3, day: 23 },
        { year: 2027, month: 3, day: 30 },
      ],
      { hour: 18, minute: 0 },
      120,
      "Europe/Paris",
    );
    expect(times.map((t) => [t.startsAt.toISOString(), t.endsAt.toISOString()])).toEqual([
      ["2026-10-20T16:00:00.000Z", "2026-10-20T18:00:00.000Z"],
      ["2026-10-27T17:00:00.000Z", "2026-10-27T19:00:00.000Z"],
      ["2027-03-23T17:00:00.000Z", "2027-03-23T19:00:00.000Z"],
      ["2027-03-30T16:00:00.000Z", "2027-03-30T18:00:00.000Z"],
    ]);
  });
});

describe("status changes", () => {
  const now = new Date("2026-11-04T18:00:00Z");
  const meeting = (status: "PLANNED" | "HELD" | "CANCELLED", startsAt = "2026-11-04T17:00:00Z", endsAt = "2026-11-04T19:00:00Z", convenedAt: string | null = null) => ({
    status,
    startsAt: new Date(startsAt),
    endsAt: new Date(endsAt),
    convenedAt: convenedAt ? new Date(convenedAt) : null,
  });

  it("a cancelled meeting is not edited, cancelled again or held", () => {
    expect(editProblem(meeting("CANCELLED"))).toBe("MEETING_CANCELLED");
    expect(cancelProblem(meeting("CANCELLED"))).toBe("MEETING_CANCELLED");
    expect(heldProblem(meeting("CANCELLED"), now)).toBe("MEETING_CANCELLED");
    expect(editProblem(meeting("HELD"))).toBeNull();
  });

  it("a held meeting cannot be cancelled; a planned one can", () => {
    expect(cancelProblem(meeting("HELD"))).toBe("MEETING_HELD");
    expect(cancelProblem(meeting("PLANNED"))).toBeNull();
  });

  it("is marked held from its start, once", () => {
    expect(heldProblem(meeting("PLANNED", "2026-11-04T18:00:00.001Z"), now)).toBe("MEETING_NOT_STARTED");
    expect(heldProblem(meeting("PLANNED", "2026-11-04T18:00:00Z"), now)).toBeNull();
    expect(heldProblem(meeting("HELD"), now)).toBe("ALREADY_HELD");
  });

  it("is convened until it ends; a second sending must be confirmed", () => {
    expect(conveneProblem(meeting("PLANNED"), now, false)).toBeNull();
    expect(conveneProblem(meeting("PLANNED", undefined, "2026-11-04T18:00:00Z"), now, false)).toBe("MEETING_PAST");
    expect(conveneProblem(meeting("HELD"), now, false)).toBe("MEETING_PAST");
    expect(conveneProblem(meeting("CANCELLED"), now, true)).toBe("MEETING_CANCELLED");
    expect(conveneProblem(meeting("PLANNED", undefined, undefined, "2026-10-20T08:00:00Z"), now, false)).toBe("ALREADY_CONVENED");
    expect(conveneProblem(meeting("PLANNED", undefined, undefined, "2026-10-20T08:00:00Z"), now, true)).toBeNull();
  });
});

describe("lists", () => {
  it("keeps a meeting in progress among the upcoming ones, soonest first; past ones latest first", () => {
    const now = new Date("2026-11-04T18:00:00Z");
    const m = (id: string, start: string, end: string) => ({ id, startsAt: new Date(start), endsAt: new Date(end) });
    const { upcoming, past } = splitByNow(
      [
        m("old", "2026-01-01T17:00:00Z", "2026-01-01T19:00:00Z"),
        m("later", "2026-12-01T17:00:00Z", "2026-12-01T19:00:00Z"),
        m("now", "2026-11-04T17:00:00Z", "2026-11-04T19:00:00Z"),
        m("ended", "2026-11-04T16:00:00Z", "2026-11-04T18:00:00Z"),
      ],
      now,
    );
    expect(upcoming.map((x) => x.id)).toEqual(["now", "later"]);
    expect(past.map((x) => x.id)).toEqual(["ended", "old"]);
  });

  it("a year starts at midnight in the association's time zone", () => {
    expect(yearRange(2009, "Europe/Paris")).toEqual({ from: new Date("2008-12-31T23:00:00Z"), to: new Date("2009-12-31T23:00:00Z") });
  });

  it("the board on a day: voting and advisory members whose term covers it", () => {
    const day = new Date("2008-10-07T00:00:00Z");
    const term = (userId: string, kind: MemberKind, startsOn: string, endsOn: string | null = null) => ({
      userId,
      kind,
      startsOn: new Date(`${startsOn}T00:00:00Z`),
      endsOn: endsOn ? new Date(`${endsOn}T00:00:00Z`) : null,
    });
    const board = boardOn(
      [
        term("v", "VOTING", "2008-02-09"),
        term("a", "ADVISORY", "2008-02-09"),
        term("m", "MEMBER", "2008-02-09"),
        term("gone", "VOTING", "2008-02-09", "2008-10-06"),
        term("last-day", "VOTING", "2008-02-09", "2008-10-07"),
        term("later", "VOTING", "2008-10-08"),
        term("v", "VOTING", "2008-10-01"),
      ],
      day,
    );
    expect(board.map((t) => t.userId)).toEqual(["v", "a", "last-day"]);
  });
});
