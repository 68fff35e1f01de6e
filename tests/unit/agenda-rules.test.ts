import { describe, expect, it } from "vitest";
import {
  agendaCan,
  agendaEditProblem,
  askedOnProblem,
  backlogFor,
  durationParts,
  itemFromProposal,
  personChoiceProblem,
  proposalProblem,
  visibilitiesFor,
  visibleRows,
} from "@/features/agenda/rules";
import type { Actor, MemberKind, Office } from "@/features/members/rules";

const person = (kind: MemberKind | null, offices: Office[] = [], userId = "me"): Actor => ({
  userId,
  associationId: "asso",
  isOperator: false,
  membershipId: kind ? "m" : null,
  role: kind ? { kind, offices } : null,
});

const meeting = { facilitatorId: "facilitator" };

describe("agenda rights", () => {
  it.each([
    ["secretary", person("VOTING", ["SECRETARY"]), { edit: true, propose: true, backlog: true, boardOnly: true }],
    ["president", person("VOTING", ["PRESIDENT"]), { edit: true, propose: true, backlog: true, boardOnly: true }],
    ["facilitator of this meeting", person("VOTING", [], "facilitator"), { edit: true, propose: true, backlog: true, boardOnly: true }],
    ["treasurer", person("VOTING", ["TREASURER"]), { edit: false, propose: true, backlog: true, boardOnly: true }],
    ["voting board member", person("VOTING"), { edit: false, propose: true, backlog: true, boardOnly: true }],
    ["advisory board member", person("ADVISORY"), { edit: false, propose: true, backlog: true, boardOnly: true }],
    ["association member", person("MEMBER"), { edit: false, propose: false, backlog: false, boardOnly: false }],
    ["association member who facilitates", person("MEMBER", [], "facilitator"), { edit: true, propose: false, backlog: false, boardOnly: false }],
    ["no longer a member (was the facilitator)", person(null, [], "facilitator"), { edit: false, propose: false, backlog: false, boardOnly: false }],
  ])("%s", (_label, who, expected) => {
    expect({
      edit: agendaCan.edit(who, meeting),
      propose: agendaCan.propose(who),
      backlog: agendaCan.addToBacklog(who),
      boardOnly: visibilitiesFor(who).includes("BOARD"),
    }).toEqual(expected);
    expect(agendaCan.decideProposals(who, meeting)).toBe(expected.edit);
    expect(agendaCan.pullBacklog(who, meeting)).toBe(expected.edit);
    expect(agendaCan.read(who)).toBe(who.role !== null);
  });

  it("a meeting without a facilitator is edited by the secretary and president only", () => {
    expect(agendaCan.edit(person("VOTING", [], "facilitator"), { facilitatorId: null })).toBe(false);
    expect(agendaCan.edit(person("VOTING", ["SECRETARY"]), { facilitatorId: null })).toBe(true);
  });

  it("a backlog item is dropped by whoever raised it, the secretary or the president", () => {
    expect(agendaCan.discardBacklog(person("VOTING"), { addedById: "me" })).toBe(true);
    expect(agendaCan.discardBacklog(person("VOTING"), { addedById: "someone" })).toBe(false);
    expect(agendaCan.discardBacklog(person("VOTING", ["SECRETARY"]), { addedById: "someone" })).toBe(true);
    expect(agendaCan.discardBacklog(person("MEMBER"), { addedById: "me" })).toBe(false);
  });

  it("only the proposer withdraws a proposal", () => {
    expect(agendaCan.withdrawProposal(person("VOTING"), { proposedById: "me" })).toBe(true);
    expect(agendaCan.withdrawProposal(person("VOTING", ["PRESIDENT"]), { proposedById: "someone" })).toBe(false);
  });
});

describe("visibility", () => {
  const rows = [
    { id: "public", parentId: null, position: 0, visibility: "PUBLIC" as const },
    { id: "secret", parentId: null, position: 1, visibility: "BOARD" as const },
    { id: "under-secret", parentId: "secret", position: 0, visibility: "PUBLIC" as const },
    { id: "members", parentId: null, position: 2, visibility: "MEMBERS" as const },
  ];

  it("the board sees everything", () => {
    expect(visibleRows(rows, visibilitiesFor(person("ADVISORY"))).map((r) => r.id)).toEqual(["public", "secret", "under-secret", "members"]);
  });

  it("an association member never sees a board-only item, nor what is under it", () => {
    expect(visibleRows(rows, visibilitiesFor(person("MEMBER"))).map((r) => r.id)).toEqual(["public", "members"]);
  });

  it("someone outside sees only public items", () => {
    expect(visibleRows(rows, visibilitiesFor(person(null))).map((r) => r.id)).toEqual(["public"]);
  });
});

describe("meeting checks", () => {
  const now = new Date("2008-10-07T16:14:59.999Z");
  const startsAt = new Date("2008-10-07T16:15:00Z"); // 18:15 in Paris

  it("a cancelled meeting's agenda is frozen; a held one may still be corrected", () => {
    expect(agendaEditProblem({ status: "CANCELLED" })).toBe("AGENDA_MEETING_CANCELLED");
    expect(agendaEditProblem({ status: "HELD" })).toBeNull();
    expect(agendaEditProblem({ status: "PLANNED" })).toBeNull();
  });

  it("proposals are taken until the last millisecond before the meeting starts", () => {
    expect(proposalProblem({ status: "PLANNED", startsAt }, now)).toBeNull();
    expect(proposalProblem({ status: "PLANNED", startsAt }, startsAt)).toBe("PROPOSAL_MEETING_PAST");
    expect(proposalProblem({ status: "HELD", startsAt }, new Date("2008-01-01T00:00:00Z"))).toBe("PROPOSAL_MEETING_PAST");
    expect(proposalProblem({ status: "CANCELLED", startsAt }, now)).toBe("PROPOSAL_MEETING_CANCELLED");
  });

  it("a question may have been asked earlier, never tomorrow", () => {
    const today = new Date("2008-10-07T00:00:00Z");
    expect(askedOnProblem(new Date("2008-09-25T00:00:00Z"), today)).toBeNull();
    expect(askedOnProblem(today, today)).toBeNull();
    expect(askedOnProblem(new Date("2008-10-08T00:00:00Z"), today)).toBe("AGENDA_ASKED_IN_FUTURE");
  });

  it("a presenter is a member or a name, not both", () => {
    expect(personChoiceProblem("id", undefined)).toBeNull();
    expect(personChoiceProblem(undefined, "Françoise")).toBeNull();
    expect(personChoiceProblem(undefined, undefined)).toBeNull();
    expect(personChoiceProblem("id", "Françoise")).toBe("AGENDA_PERSON_BOTH");
  });
});

describe("backlog and proposals", () => {
  const october = { startsAt: new Date("2008-10-07T16:15:00Z") };
  const november = { startsAt: new Date("2008-11-04T17:00:00Z") };

  it("a meeting takes in what is still waiting and was raised before it", () => {
    const items = [
      { id: "raised-in-october", pulledIntoMeetingId: null, raisedAt: october },
      { id: "raised-anywhere", pulledIntoMeetingId: null, raisedAt: null },
      { id: "already-pulled", pulledIntoMeetingId: "x", raisedAt: october },
      { id: "raised-in-november", pulledIntoMeetingId: null, raisedAt: november },
    ];
    expect(backlogFor(items, november).map((i) => i.id)).toEqual(["raised-in-october", "raised-anywhere"]);
    expect(backlogFor(items, october).map((i) => i.id)).toEqual(["raised-anywhere"]);
  });

  it("a question becomes a question item; a proposal a discussion that remembers it was proposed", () => {
    expect(itemFromProposal({ kind: "QUESTION" })).toEqual({ kind: "QUESTION", origin: "MEMBER_QUESTION" });
    expect(itemFromProposal({ kind: "ITEM" })).toEqual({ kind: "DISCUSSION", origin: "PROPOSAL" });
  });

  it("splits a duration into hours and minutes", () => {
    expect(durationParts(125)).toEqual({ hours: 2, minutes: 5 });
    expect(durationParts(45)).toEqual({ hours: 0, minutes: 45 });
    expect(durationParts(0)).toEqual({ hours: 0, minutes: 0 });
  });
});
