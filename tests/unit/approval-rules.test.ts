import { describe, expect, it } from "vitest";
import {
  answerCounts,
  answerRefusal,
  approvalRights,
  approvalTable,
  closeEarlyRefusal,
  daysLeft,
  editRefusal,
  electorateOn,
  isWindowOpen,
  minutesPhase,
  nextMeetingAfter,
  openReviewRefusal,
  reminderDue,
  reminderDueAt,
  reviewState,
  settleRefusal,
  silentElectors,
  standingResponses,
  windowClosesAt,
  type ResponseRow,
  type ReviewData,
  type Voter,
} from "@/features/approvals/rules";
import type { Actor } from "@/features/members/rules";

const PARIS = "Europe/Paris";
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const at = (iso: string) => new Date(iso);

describe("rule 2: the window closes at 23:59:59.999 local on the N-th calendar day after the opening day", () => {
  it.each([
    // opened (instant)              zone                 N   closes (instant, UTC)          what it shows
    ["2008-10-08T08:00:00.000Z", PARIS, 15, "2008-10-23T21:59:59.999Z"], // the reference: 8 Oct 10:00 Paris → 23 Oct 23:59:59.999 Paris (summer time)
    // Crosses the autumn change (26 Oct 2008): opened in summer time, closes in winter time, same wall clock.
    ["2008-10-20T08:00:00.000Z", PARIS, 15, "2008-11-04T22:59:59.999Z"],
    // Crosses the spring change (31 Mar 2024).
    ["2024-03-20T17:00:00.000Z", PARIS, 15, "2024-04-04T21:59:59.999Z"],
    // Opened one millisecond before midnight Paris: the opening day is still that day.
    ["2008-10-08T21:59:59.999Z", PARIS, 15, "2008-10-23T21:59:59.999Z"],
    // Opened at midnight Paris (22:00 UTC the evening before): the opening day is the next day.
    ["2008-10-08T22:00:00.000Z", PARIS, 15, "2008-10-24T21:59:59.999Z"],
    // Montreal (UTC−4 in October, −5 after 2 Nov 2008): 23:59:59.999 Montreal time.
    ["2008-10-20T14:00:00.000Z", "America/Montreal", 15, "2008-11-05T04:59:59.999Z"],
    // Auckland: the opening day there is already the next day when it is evening in Paris.
    ["2024-09-20T20:00:00.000Z", "Pacific/Auckland", 15, "2024-10-06T10:59:59.999Z"], // 21 Sep local → 6 Oct (NZDT +13 since 29 Sep)
    // A one-day window.
    ["2008-10-08T08:00:00.000Z", PARIS, 1, "2008-10-09T21:59:59.999Z"],
    // Across New Year.
    ["2024-12-20T10:00:00.000Z", PARIS, 15, "2025-01-04T22:59:59.999Z"],
  ])("opened %s in %s, %i days → %s", (opened, zone, days, closes) => {
    expect(windowClosesAt(at(opened), days, zone).toISOString()).toBe(closes);
  });

  it("never depends on the machine's time zone (tests run in Asia/Kathmandu)", () => {
    expect(new Date("2008-10-08T08:00:00Z").getTimezoneOffset()).toBe(-345);
    expect(windowClosesAt(at("2008-10-08T08:00:00Z"), 15, PARIS).toISOString()).toBe("2008-10-23T21:59:59.999Z");
  });

  const review = { closesAt: at("2008-10-23T21:59:59.999Z"), closedEarlyAt: null };
  it("is open at its last millisecond and closed one millisecond later", () => {
    expect(isWindowOpen(review, at("2008-10-23T21:59:59.998Z"))).toBe(true);
    expect(isWindowOpen(review, at("2008-10-23T21:59:59.999Z"))).toBe(true);
    expect(isWindowOpen(review, at("2008-10-23T22:00:00.000Z"))).toBe(false);
  });

  it("is closed from an early close on", () => {
    expect(isWindowOpen({ ...review, closedEarlyAt: at("2008-10-12T10:00:00Z") }, at("2008-10-12T10:00:00Z"))).toBe(false);
  });

  it.each([
    ["2008-10-08T08:00:00Z", 15],
    ["2008-10-20T06:00:00Z", 3], // 20 Oct: the reminder day
    ["2008-10-23T00:00:00Z", 0], // 23 Oct 02:00 Paris: last day
    ["2008-10-23T21:59:59.999Z", 0],
    ["2008-10-22T21:59:59.999Z", 1], // 22 Oct 23:59 Paris
    ["2008-10-22T22:00:00.000Z", 0], // 23 Oct 00:00 Paris
    ["2008-10-30T10:00:00Z", 0], // after the close: never negative
  ])("at %s, %i calendar days are left", (now, left) => {
    expect(daysLeft(at(now), review.closesAt, PARIS)).toBe(left);
  });
});

// The Ponant board of the reference: ten voting members, one advisory member.
const voters: Voter[] = [
  ...["katell", "maelle", "nolwenn", "loic", "erwan", "soizic", "tanguy", "mathis", "yann", "gwen"].map((userId) => ({ userId, role: "ELECTOR" as const })),
  { userId: "anais", role: "ADVISORY" },
];
const october: ReviewData = {
  openedAt: at("2008-10-08T08:00:00Z"),
  closesAt: at("2008-10-23T21:59:59.999Z"),
  closedEarlyAt: null,
  revisionNumber: 1,
  settlement: null,
  settledAt: null,
};
let seq = 0;
const row = (userId: string, kind: ResponseRow["kind"], when: string, revisionNumber = 1, note: string | null = null): ResponseRow => ({
  seq: ++seq,
  userId,
  kind,
  note,
  revisionNumber,
  at: at(when),
});
const referenceAnswers = [
  row("erwan", "APPROVE", "2008-10-08T12:00:00Z"),
  row("yann", "APPROVE", "2008-10-10T12:00:00Z"),
  row("soizic", "APPROVE", "2008-10-15T12:00:00Z", 2),
  row("mathis", "APPROVE", "2008-10-17T12:00:00Z", 3),
  row("maelle", "APPROVE", "2008-10-20T10:00:00Z", 4),
  row("loic", "APPROVE_WITH_RESERVATION", "2008-10-20T12:00:00Z", 4, "Réserve sur l’infogérance"),
  row("yann", "APPROVE", "2008-10-20T13:00:00Z", 4),
  row("anais", "OPINION", "2008-10-12T12:00:00Z", 1, "Avis consultatif"),
];

describe("rules 3, 5, 8: the state is derived from the clock and the answers", () => {
  it("is open during the window, with days left and the number of answers", () => {
    const state = reviewState(october, voters, referenceAnswers, at("2008-10-20T14:00:00Z"), PARIS);
    expect(state).toEqual({ status: "OPEN", closesAt: october.closesAt, daysLeft: 3, answered: 6, electors: 10 });
  });

  it("after the close, silence is tacit approval: the reference minutes are approved with four tacit approvals", () => {
    const state = reviewState(october, voters, referenceAnswers, at("2008-10-23T22:00:00.000Z"), PARIS);
    expect(state.status).toBe("APPROVED");
    expect(state.status === "APPROVED" && state.tacit.sort()).toEqual(["gwen", "katell", "nolwenn", "tanguy"]);
  });

  it("one standing objection at the last millisecond makes the minutes contested", () => {
    const answers = [...referenceAnswers, row("katell", "OBJECT", "2008-10-23T21:59:59.999Z", 4, "Le point 3 est inexact")];
    expect(reviewState(october, voters, answers, at("2008-10-23T21:59:59.999Z"), PARIS).status).toBe("OPEN");
    const state = reviewState(october, voters, answers, at("2008-10-23T22:00:00.000Z"), PARIS);
    expect(state).toMatchObject({ status: "CONTESTED", objectors: ["katell"] });
  });

  it("an objection recorded after the close does not count (even if it reached the database)", () => {
    const answers = [...referenceAnswers, row("katell", "OBJECT", "2008-10-23T22:00:00.000Z", 4, "Trop tard")];
    expect(reviewState(october, voters, answers, at("2008-10-24T08:00:00Z"), PARIS).status).toBe("APPROVED");
  });

  it("an elector who objects then approves: the approval stands, the objection stays in history", () => {
    const answers = [row("katell", "OBJECT", "2008-10-09T08:00:00Z", 1, "Inexact"), row("katell", "APPROVE", "2008-10-11T08:00:00Z")];
    expect(standingResponses(answers).get("katell")?.kind).toBe("APPROVE");
    expect(reviewState(october, voters, answers, at("2008-11-01T00:00:00Z"), PARIS).status).toBe("APPROVED");
  });

  it("an elector who objects then withdraws: no objection stands, and it was no silence", () => {
    const answers = [row("katell", "OBJECT", "2008-10-09T08:00:00Z", 1, "Inexact"), row("katell", "WITHDRAWN", "2008-10-11T08:00:00Z")];
    expect(standingResponses(answers).has("katell")).toBe(false);
    const state = reviewState(october, voters, answers, at("2008-11-01T00:00:00Z"), PARIS);
    expect(state.status).toBe("APPROVED");
    expect(state.status === "APPROVED" && state.tacit).not.toContain("katell");
    const line = approvalTable(voters, answers, state, 1).electors.find((l) => l.userId === "katell");
    expect(line).toMatchObject({ answer: "WITHDRAWN", at: new Date("2008-10-11T08:00:00Z") });
  });

  it("a withdrawal after the close does not count: the objection stood at the close", () => {
    const answers = [row("katell", "OBJECT", "2008-10-09T08:00:00Z", 1, "Inexact"), row("katell", "WITHDRAWN", "2008-10-24T08:00:00Z")];
    expect(reviewState(october, voters, answers, at("2008-11-01T00:00:00Z"), PARIS).status).toBe("CONTESTED");
  });

  it("two answers in the same millisecond are ordered by their sequence", () => {
    const answers = [row("katell", "APPROVE", "2008-10-09T08:00:00Z"), row("katell", "OBJECT", "2008-10-09T08:00:00Z", 1, "x")];
    expect(standingResponses(answers.reverse()).get("katell")?.kind).toBe("OBJECT");
  });

  it("an advisory opinion is never counted, even an opposed one", () => {
    const answers = [row("anais", "OPINION", "2008-10-09T08:00:00Z", 1, "Je suis contre")];
    const state = reviewState(october, voters, answers, at("2008-11-01T00:00:00Z"), PARIS);
    expect(state).toMatchObject({ status: "APPROVED" });
    expect(state.status === "APPROVED" && state.tacit).toHaveLength(10);
  });

  it("an early close ends the window at once", () => {
    const early = { ...october, closedEarlyAt: at("2008-10-12T08:00:00Z") };
    const state = reviewState(early, voters, referenceAnswers, at("2008-10-12T08:00:00Z"), PARIS);
    expect(state).toMatchObject({ status: "APPROVED", closedAt: early.closedEarlyAt });
  });

  it("a contested review settled by the board's decision is approved; rejected stays contested", () => {
    const answers = [row("katell", "OBJECT", "2008-10-09T08:00:00Z", 1, "Inexact")];
    const later = at("2008-11-10T00:00:00Z");
    expect(reviewState({ ...october, settlement: "APPROVED", settledAt: later }, voters, answers, later, PARIS)).toMatchObject({ status: "APPROVED", byDecision: true });
    expect(reviewState({ ...october, settlement: "REJECTED", settledAt: later }, voters, answers, later, PARIS)).toMatchObject({ status: "CONTESTED", decisionRejected: true });
  });

  it.each([
    [null, "DRAFT"],
    [{ status: "OPEN" }, "UNDER_REVIEW"],
    [{ status: "APPROVED" }, "APPROVED"],
    [{ status: "CONTESTED" }, "CONTESTED"],
  ] as const)("the minutes' phase follows the latest review (%o → %s)", (state, phase) => {
    expect(minutesPhase(state as Parameters<typeof minutesPhase>[0])).toBe(phase);
  });
});

describe("rules 4 and 9: the approval table", () => {
  it("before the close, the silent ones are 'not yet'; after, 'tacit approval'", () => {
    const open = reviewState(october, voters, referenceAnswers, at("2008-10-20T14:00:00Z"), PARIS);
    const before = approvalTable(voters, referenceAnswers, open, 4);
    expect(before.electors.find((l) => l.userId === "katell")?.answer).toBe("NOT_YET");
    const closed = reviewState(october, voters, referenceAnswers, at("2008-10-24T00:00:00Z"), PARIS);
    const after = approvalTable(voters, referenceAnswers, closed, 4);
    expect(after.electors.find((l) => l.userId === "katell")).toEqual({ userId: "katell", answer: "TACIT", at: null, note: null, revisionNumber: null, outdated: false });
    expect(answerCounts(after.electors)).toEqual({ approved: 5, reservations: 1, objections: 0, withdrawn: 0, tacit: 4, notYet: 0 });
  });

  it("an amendment after someone approved: their answer keeps its revision and is flagged older than the current one", () => {
    const answers = [row("erwan", "APPROVE", "2008-10-08T12:00:00Z", 1)];
    const state = reviewState(october, voters, answers, at("2008-10-09T00:00:00Z"), PARIS);
    // Revision 2 was saved after Erwan's answer.
    const line = approvalTable(voters, answers, state, 2).electors.find((l) => l.userId === "erwan");
    expect(line).toMatchObject({ answer: "APPROVE", revisionNumber: 1, outdated: true });
    expect(approvalTable(voters, answers, state, 1).electors.find((l) => l.userId === "erwan")?.outdated).toBe(false);
  });

  it("keeps consultative opinions apart, with the reservation and objection notes on the electors' lines", () => {
    const closed = reviewState(october, voters, referenceAnswers, at("2008-10-24T00:00:00Z"), PARIS);
    const table = approvalTable(voters, referenceAnswers, closed, 4);
    expect(table.electors.map((l) => l.userId)).not.toContain("anais");
    expect(table.opinions).toEqual([{ userId: "anais", note: "Avis consultatif", at: at("2008-10-12T12:00:00Z"), revisionNumber: 1, outdated: true }]);
    expect(table.electors.find((l) => l.userId === "loic")).toMatchObject({ answer: "APPROVE_WITH_RESERVATION", note: "Réserve sur l’infogérance" });
  });
});

describe("rule 1: the electorate is frozen on the meeting date", () => {
  const meetingDay = day("2008-10-07");
  const terms = [
    { userId: "yann", kind: "VOTING" as const, startsOn: day("2008-02-09"), endsOn: null },
    // Term ended the day before the meeting: not an elector, even if the review opens later.
    { userId: "ended", kind: "VOTING" as const, startsOn: day("2007-02-10"), endsOn: day("2008-10-06") },
    // Term ending on the meeting day still covers it.
    { userId: "lastday", kind: "VOTING" as const, startsOn: day("2007-02-10"), endsOn: day("2008-10-07") },
    // Joined after the meeting: not an elector for these minutes.
    { userId: "newcomer", kind: "VOTING" as const, startsOn: day("2008-10-08"), endsOn: null },
    { userId: "anais", kind: "ADVISORY" as const, startsOn: day("2008-02-09"), endsOn: null },
    { userId: "paul", kind: "MEMBER" as const, startsOn: day("2008-02-09"), endsOn: null },
    // Became voting mid-year: the term covering the meeting date decides.
    { userId: "promoted", kind: "ADVISORY" as const, startsOn: day("2008-01-01"), endsOn: day("2008-06-30") },
    { userId: "promoted", kind: "VOTING" as const, startsOn: day("2008-07-01"), endsOn: null },
  ];
  it("takes the voting members whose term covers the meeting date, and the advisory ones apart", () => {
    expect(electorateOn(terms, meetingDay).sort((a, b) => a.userId.localeCompare(b.userId))).toEqual([
      { userId: "anais", role: "ADVISORY" },
      { userId: "lastday", role: "ELECTOR" },
      { userId: "promoted", role: "ELECTOR" },
      { userId: "yann", role: "ELECTOR" },
    ]);
  });
});

const actor = (kind: "VOTING" | "ADVISORY" | "MEMBER" | null, offices: ("PRESIDENT" | "SECRETARY" | "TREASURER")[] = [], userId = "me"): Actor => ({
  userId,
  associationId: "a",
  isOperator: false,
  membershipId: kind ? "m" : null,
  role: kind ? { kind, offices } : null,
});

describe("rights", () => {
  const meeting = { facilitatorId: "facilitator" };
  const electorate: Voter[] = [
    { userId: "me", role: "ELECTOR" },
    { userId: "adv", role: "ADVISORY" },
  ];
  it.each([
    // who                                   draft  open   amend  respond opinion closeEarly erratum readDrafts
    ["secretary (elector)", actor("VOTING", ["SECRETARY"]), [true, true, true, true, false, true, true, true]],
    ["president (elector)", actor("VOTING", ["PRESIDENT"]), [true, true, true, true, false, false, true, true]],
    ["facilitator, voting", actor("VOTING", [], "facilitator"), [true, true, false, false, false, false, false, true]],
    ["treasurer (elector)", actor("VOTING", ["TREASURER"]), [false, false, true, true, false, false, false, true]],
    ["voting member (elector)", actor("VOTING"), [false, false, true, true, false, false, false, true]],
    ["voting member not in the electorate", actor("VOTING", [], "newcomer"), [false, false, false, false, false, false, false, true]],
    ["advisory member", actor("ADVISORY", [], "adv"), [false, false, false, false, true, false, false, true]],
    ["association member", actor("MEMBER", [], "paul"), [false, false, false, false, false, false, false, false]],
    ["not a member any more", actor(null, [], "me"), [false, false, false, false, false, false, false, false]],
  ] as const)("%s", (_label, who, expected) => {
    expect([
      approvalRights.draft(who, meeting),
      approvalRights.openReview(who, meeting),
      approvalRights.amend(who, electorate),
      approvalRights.respond(who, electorate),
      approvalRights.giveOpinion(who, electorate),
      approvalRights.closeEarly(who),
      approvalRights.addErratum(who),
      approvalRights.readDrafts(who),
    ]).toEqual(expected);
  });

  it.each([
    ["secretary", actor("VOTING", ["SECRETARY"]), { DRAFT: null, UNDER_REVIEW: null, CONTESTED: null, APPROVED: "MINUTES_LOCKED" }],
    ["facilitator (not an elector)", actor("VOTING", [], "facilitator"), { DRAFT: null, UNDER_REVIEW: "FORBIDDEN", CONTESTED: null, APPROVED: "MINUTES_LOCKED" }],
    ["elector", actor("VOTING"), { DRAFT: "FORBIDDEN", UNDER_REVIEW: null, CONTESTED: "FORBIDDEN", APPROVED: "MINUTES_LOCKED" }],
    ["advisory member", actor("ADVISORY", [], "adv"), { DRAFT: "FORBIDDEN", UNDER_REVIEW: "FORBIDDEN", CONTESTED: "FORBIDDEN", APPROVED: "MINUTES_LOCKED" }],
  ] as const)("who changes the text, by phase: %s", (_label, who, expected) => {
    for (const phase of ["DRAFT", "UNDER_REVIEW", "CONTESTED", "APPROVED"] as const) {
      expect(editRefusal(who, meeting, phase, electorate), phase).toBe(expected[phase]);
    }
  });
});

describe("what makes each step possible", () => {
  const open = reviewState(october, voters, [], at("2008-10-10T00:00:00Z"), PARIS);
  const approved = reviewState(october, voters, [], at("2008-11-10T00:00:00Z"), PARIS);
  const contested = reviewState(october, voters, [row("katell", "OBJECT", "2008-10-09T08:00:00Z", 1, "x")], at("2008-11-10T00:00:00Z"), PARIS);
  it.each([
    ["no revision yet", { currentRevision: 0, latest: null, electors: 3 }, "NO_REVISION"],
    ["a first review", { currentRevision: 1, latest: null, electors: 3 }, null],
    ["nobody to answer", { currentRevision: 1, latest: null, electors: 0 }, "NO_ELECTORS"],
    ["a review already open", { currentRevision: 2, latest: { state: open, revisionNumber: 1 }, electors: 3 }, "REVIEW_ALREADY_OPEN"],
    ["approved minutes", { currentRevision: 2, latest: { state: approved, revisionNumber: 1 }, electors: 3 }, "MINUTES_LOCKED"],
    ["contested, same revision", { currentRevision: 1, latest: { state: contested, revisionNumber: 1 }, electors: 3 }, "NEEDS_NEW_REVISION"],
    ["contested, new revision", { currentRevision: 2, latest: { state: contested, revisionNumber: 1 }, electors: 3 }, null],
  ] as const)("opening: %s", (_label, input, expected) => {
    expect(openReviewRefusal(input)).toBe(expected);
  });

  it("answers are refused after the close", () => {
    expect(answerRefusal(open)).toBeNull();
    expect(answerRefusal(approved)).toBe("WINDOW_CLOSED");
    expect(answerRefusal(contested)).toBe("WINDOW_CLOSED");
  });

  it("early close only when every elector has answered explicitly", () => {
    const small: Voter[] = [
      { userId: "a", role: "ELECTOR" },
      { userId: "b", role: "ELECTOR" },
      { userId: "c", role: "ADVISORY" },
    ];
    const now = at("2008-10-10T00:00:00Z");
    const one = [row("a", "APPROVE", "2008-10-09T00:00:00Z")];
    expect(closeEarlyRefusal(reviewState(october, small, one, now, PARIS))).toBe("NOT_EVERYONE_ANSWERED");
    const withdrawn = [...one, row("b", "OBJECT", "2008-10-09T01:00:00Z", 1, "x"), row("b", "WITHDRAWN", "2008-10-09T02:00:00Z")];
    expect(closeEarlyRefusal(reviewState(october, small, withdrawn, now, PARIS))).toBe("NOT_EVERYONE_ANSWERED");
    const both = [...one, row("b", "OBJECT", "2008-10-09T01:00:00Z", 1, "x")];
    expect(closeEarlyRefusal(reviewState(october, small, both, now, PARIS))).toBeNull();
    expect(closeEarlyRefusal(approved)).toBe("WINDOW_CLOSED");
  });

  it("a contested review is settled by a meeting held after the close", () => {
    expect(settleRefusal(contested, at("2008-11-04T17:00:00Z"))).toBeNull();
    expect(settleRefusal(contested, at("2008-10-20T17:00:00Z"))).toBe("MEETING_BEFORE_CLOSE");
    expect(settleRefusal(approved, at("2008-11-04T17:00:00Z"))).toBe("NOT_CONTESTED");
  });
});

describe("rule 8: the reminder and the next meeting", () => {
  it("is due at 09:00 local, three calendar days before the closing day, while the window is open", () => {
    expect(reminderDueAt(october, PARIS)?.toISOString()).toBe("2008-10-20T07:00:00.000Z");
    expect(reminderDue(october, at("2008-10-20T06:59:59.999Z"), PARIS)).toBe(false);
    expect(reminderDue(october, at("2008-10-20T07:00:00.000Z"), PARIS)).toBe(true);
    expect(reminderDue(october, at("2008-10-23T21:59:59.999Z"), PARIS)).toBe(true);
    expect(reminderDue(october, at("2008-10-23T22:00:00.000Z"), PARIS)).toBe(false);
  });

  it("is not sent for a window too short to have one", () => {
    const short = { openedAt: at("2008-10-08T08:00:00Z"), closesAt: windowClosesAt(at("2008-10-08T08:00:00Z"), 3, PARIS) };
    expect(reminderDueAt(short, PARIS)).toBeNull();
  });

  it("goes to the electors who have not answered (a withdrawn answer counts as none)", () => {
    const answers = [row("erwan", "APPROVE", "2008-10-08T12:00:00Z"), row("loic", "OBJECT", "2008-10-09T12:00:00Z", 1, "x"), row("loic", "WITHDRAWN", "2008-10-10T12:00:00Z")];
    const silent = silentElectors(voters, answers, at("2008-10-20T07:00:00Z"));
    expect(silent).toContain("loic");
    expect(silent).not.toContain("erwan");
    expect(silent).not.toContain("anais");
    expect(silent).toHaveLength(9);
  });

  it("picks the first planned meeting after the close", () => {
    const meetings = [
      { id: "held", startsAt: at("2008-11-04T17:00:00Z"), status: "HELD" },
      { id: "before", startsAt: at("2008-10-21T16:00:00Z"), status: "PLANNED" },
      { id: "jan", startsAt: at("2009-01-13T17:00:00Z"), status: "PLANNED" },
      { id: "dec", startsAt: at("2008-12-02T17:00:00Z"), status: "PLANNED" },
      { id: "cancelled", startsAt: at("2008-11-18T17:00:00Z"), status: "CANCELLED" },
    ];
    expect(nextMeetingAfter(meetings, october.closesAt)?.id).toBe("dec");
    expect(nextMeetingAfter(meetings, at("2009-02-01T00:00:00Z"))).toBeNull();
  });
});
