// Who may record what a meeting produces, and how actions move: pure functions, no database.
import { isPresident, isSecretary, type Actor } from "@/features/members/rules";

export type ActionStatus = "OPEN" | "IN_PROGRESS" | "DONE" | "CANCELLED";
export type ActionUpdateKind = ActionStatus | "NOT_DISCUSSED";
export type FollowUpOutcome = "DONE" | "IN_PROGRESS" | "NOT_DISCUSSED";
export const ACTION_STATUSES: readonly ActionStatus[] = ["OPEN", "IN_PROGRESS", "DONE", "CANCELLED"];
export const FOLLOW_UP_OUTCOMES: readonly FollowUpOutcome[] = ["DONE", "IN_PROGRESS", "NOT_DISCUSSED"];

/**
 * The secretary, the president, and the facilitator of the meeting concerned record its
 * decisions and actions. Without a meeting (an action on its own), secretary and president.
 */
export function canRecord(actor: Actor, meeting: { facilitatorId: string | null } | null): boolean {
  if (!actor.role) return false;
  if (isPresident(actor) || isSecretary(actor)) return true;
  return meeting !== null && meeting.facilitatorId !== null && meeting.facilitatorId === actor.userId;
}

/** Those who record, and the member the action is assigned to (for its status only). */
export function canChangeStatus(actor: Actor, action: { assigneeId: string | null }, meeting: { facilitatorId: string | null } | null): boolean {
  if (canRecord(actor, meeting)) return true;
  return actor.role !== null && action.assigneeId !== null && action.assigneeId === actor.userId;
}

/** A cancelled action is closed for good: no status change, no follow-up, no edit. */
export const isClosedForGood = (action: { status: ActionStatus }) => action.status === "CANCELLED";

/** Still to do: shown on dashboards and followed up at later meetings. */
export const isPending = (action: { status: ActionStatus }) => action.status === "OPEN" || action.status === "IN_PROGRESS";

/** `dueOn` and `today` are `@db.Date` values (midnight UTC) in the association's calendar. */
export function isOverdue(action: { status: ActionStatus; dueOn: Date | null }, today: Date): boolean {
  return isPending(action) && action.dueOn !== null && action.dueOn.getTime() < today.getTime();
}

/** An action created from a meeting is not due before the meeting's day. */
export function dueDateProblem(dueOn: Date | null, meetingDay: Date | null): "DUE_BEFORE_MEETING" | null {
  if (dueOn && meetingDay && dueOn.getTime() < meetingDay.getTime()) return "DUE_BEFORE_MEETING";
  return null;
}

/** The status an action takes after an update; "not discussed" leaves it as it was. */
export function statusAfter(kind: ActionUpdateKind, current: ActionStatus): ActionStatus {
  return kind === "NOT_DISCUSSED" ? current : kind;
}

export type Assignee = { kind: "nobody" } | { kind: "member"; userId: string } | { kind: "name"; name: string };

export function assigneeOf(action: { assigneeId: string | null; assigneeName: string | null }): Assignee {
  if (action.assigneeId) return { kind: "member", userId: action.assigneeId };
  if (action.assigneeName) return { kind: "name", name: action.assigneeName };
  return { kind: "nobody" };
}

/**
 * Whether an action belongs in a meeting's follow-up of earlier actions: still to do, and
 * decided at an earlier meeting, or created on its own before this meeting ended.
 */
export function dueForFollowUp(
  action: { status: ActionStatus; createdAt: Date; meeting: { id: string; startsAt: Date } | null },
  meeting: { id: string; startsAt: Date; endsAt: Date },
): boolean {
  if (!isPending(action)) return false;
  if (action.meeting) return action.meeting.id !== meeting.id && action.meeting.startsAt.getTime() < meeting.startsAt.getTime();
  return action.createdAt.getTime() < meeting.endsAt.getTime();
}

/** The next free position at the root of an agenda (positions start at 0). */
export function nextRootPosition(rootPositions: readonly number[]): number {
  return rootPositions.length ? Math.max(...rootPositions) + 1 : 0;
}
