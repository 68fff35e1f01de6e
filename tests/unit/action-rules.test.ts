import { describe, expect, it } from "vitest";
import { canChangeStatus, canRecord, dueDateProblem, dueForFollowUp, isOverdue, nextRootPosition, statusAfter } from "@/features/actions/rules";
import { canWriteGroupNote } from "@/features/groups/rules";
import type { Actor, Office } from "@/features/members/rules";

const actor = (userId: string, kind: "VOTING" | "ADVISORY" | "MEMBER" | null, offices: Office[] = []): Actor => ({
  userId,
  associationId: "asso",
  isOperator: false,
  membershipId: kind ? `m-${userId}` : null,
  role: kind ? { kind, offices } : null,
});
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("who records decisions and actions", () => {
  const meeting = { facilitatorId: "facilitator" };
  it.each([
    ["the secretary", actor("s", "VOTING", ["SECRETARY"]), true],
    ["the president", actor("p", "VOTING", ["PRESIDENT"]), true],
    ["the meeting's facilitator", actor("facilitator", "VOTING"), true],
    ["the treasurer", actor("t", "VOTING", ["TREASURER"]), false],
    ["a voting member", actor("v", "VOTING"), false],
    ["an advisory facilitator", actor("facilitator", "ADVISORY"), true],
    ["a former member", actor("facilitator", null), false],
  ])("%s: %s", (_who, person, expected) => {
    expect(canRecord(person, meeting)).toBe(expected);
  });

  it("an action on its own: secretary and president only", () => {
    expect(canRecord(actor("facilitator", "VOTING"), null)).toBe(false);
    expect(canRecord(actor("s", "VOTING", ["SECRETARY"]), null)).toBe(true);
  });

  it("the assignee changes the status of their own action only", () => {
    expect(canChangeStatus(actor("v", "VOTING"), { assigneeId: "v" }, null)).toBe(true);
    expect(canChangeStatus(actor("v", "MEMBER"), { assigneeId: "v" }, null)).toBe(true);
    expect(canChangeStatus(actor("w", "VOTING"), { assigneeId: "v" }, null)).toBe(false);
    expect(canChangeStatus(actor("w", "VOTING"), { assigneeId: null }, null)).toBe(false);
    expect(canChangeStatus(actor("v", null), { assigneeId: "v" }, null)).toBe(false);
  });

  it("a referent writes their group's note", () => {
    expect(canWriteGroupNote(actor("r", "VOTING"), { facilitatorId: null }, ["r"])).toBe(true);
    expect(canWriteGroupNote(actor("x", "VOTING"), { facilitatorId: null }, ["r"])).toBe(false);
  });
});

describe("due dates and overdue actions", () => {
  it("an action from a meeting is not due before the meeting's day; the same day is fine", () => {
    expect(dueDateProblem(day("2008-10-06"), day("2008-10-07"))).toBe("DUE_BEFORE_MEETING");
    expect(dueDateProblem(day("2008-10-07"), day("2008-10-07"))).toBeNull();
    expect(dueDateProblem(null, day("2008-10-07"))).toBeNull();
    expect(dueDateProblem(day("2000-01-01"), null)).toBeNull();
  });

  it("is overdue from the day after its due date, while still to do", () => {
    const action = { status: "OPEN" as const, dueOn: day("2008-10-31") };
    expect(isOverdue(action, day("2008-10-31"))).toBe(false);
    expect(isOverdue(action, day("2008-11-01"))).toBe(true);
    expect(isOverdue({ ...action, status: "IN_PROGRESS" }, day("2008-11-01"))).toBe(true);
    expect(isOverdue({ ...action, status: "DONE" }, day("2008-11-01"))).toBe(false);
    expect(isOverdue({ ...action, status: "CANCELLED" }, day("2008-11-01"))).toBe(false);
    expect(isOverdue({ status: "OPEN", dueOn: null }, day("2030-01-01"))).toBe(false);
  });
});

describe("updates", () => {
  it.each([
    ["DONE", "OPEN", "DONE"],
    ["IN_PROGRESS", "OPEN", "IN_PROGRESS"],
    ["NOT_DISCUSSED", "IN_PROGRESS", "IN_PROGRESS"],
    ["NOT_DISCUSSED", "OPEN", "OPEN"],
    ["OPEN", "DONE", "OPEN"],
    ["CANCELLED", "OPEN", "CANCELLED"],
  ] as const)("%s on a %s action leaves it %s", (kind, before, after) => {
    expect(statusAfter(kind, before)).toBe(after);
  });
});

describe("which actions a meeting follows up", () => {
  const october = { id: "oct", startsAt: new Date("2008-10-07T16:15:00Z"), endsAt: new Date("2008-10-07T18:30:00Z") };
  const november = { id: "nov", startsAt: new Date("2008-11-04T17:00:00Z"), endsAt: new Date("2008-11-04T19:00:00Z") };
  const base = { status: "OPEN" as const, createdAt: new Date("2008-10-07T17:00:00Z"), meeting: october };
  it("open actions of earlier meetings", () => {
    expect(dueForFollowUp(base, november)).toBe(true);
    expect(dueForFollowUp({ ...base, status: "IN_PROGRESS" }, november)).toBe(true);
  });
  it("not those of the same or a later meeting, nor finished ones", () => {
    expect(dueForFollowUp(base, october)).toBe(false);
    expect(dueForFollowUp({ ...base, meeting: november }, october)).toBe(false);
    expect(dueForFollowUp({ ...base, status: "DONE" }, november)).toBe(false);
    expect(dueForFollowUp({ ...base, status: "CANCELLED" }, november)).toBe(false);
  });
  it("actions on their own created before the meeting ended", () => {
    expect(dueForFollowUp({ ...base, meeting: null, createdAt: new Date("2008-09-20T10:00:00Z") }, october)).toBe(true);
    expect(dueForFollowUp({ ...base, meeting: null, createdAt: october.endsAt }, october)).toBe(false);
  });
  it("appends after the last root item", () => {
    expect(nextRootPosition([])).toBe(0);
    expect(nextRootPosition([0, 1, 5, 2])).toBe(6);
  });
});
