import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db, type Tx } from "@/lib/db";
import { termCovers, type Actor } from "@/features/members/rules";
import { todayIn } from "@/lib/zoned-time";
import type { ActionFilters } from "./schema";

type Reader = Tx | ReturnType<typeof db>;

/** Whether a person is a member of the association on `day` (a `@db.Date` value). */
export async function isMemberOn(reader: Reader, associationId: string, userId: string, day: Date): Promise<boolean> {
  const terms = await reader.membership.findMany({ where: { associationId, userId }, select: { startsOn: true, endsOn: true } });
  return terms.some((term) => termCovers(term, day));
}

/** The next free position among the children of `parentId` (the root of the agenda when null). */
export async function nextPosition(reader: Reader, meetingId: string, parentId: string | null): Promise<number> {
  const last = await reader.agendaItem.aggregate({ where: { meetingId, parentId }, _max: { position: true } });
  return last._max.position === null ? 0 : last._max.position + 1;
}

/**
 * What a person may read: board members everything; association members (adhérents) nothing
 * that was on a board-only agenda item.
 */
export function readableBy(actor: Actor): Prisma.ActionWhereInput {
  if (actor.role?.kind === "MEMBER") return { OR: [{ agendaItemId: null }, { agendaItem: { visibility: { not: "BOARD" } } }] };
  return {};
}

/** The people an action may be assigned to: the association's current members. */
export async function assignableMembers(associationId: string, now: Date) {
  const association = await db().association.findUniqueOrThrow({ where: { id: associationId }, select: { timezone: true } });
  const today = todayIn(now, association.timezone);
  const terms = await db().membership.findMany({
    where: { associationId },
    select: { startsOn: true, endsOn: true, user: { select: { id: true, name: true } } },
    orderBy: { user: { name: "asc" } },
  });
  const seen = new Set<string>();
  return terms.filter((t) => termCovers(t, today) && !seen.has(t.user.id) && seen.add(t.user.id)).map((t) => t.user);
}

export const actionListSelect = {
  id: true,
  title: true,
  detail: true,
  status: true,
  dueOn: true,
  assigneeId: true,
  assigneeName: true,
  createdAt: true,
  assignee: { select: { id: true, name: true } },
  meeting: { select: { id: true, title: true, startsAt: true, facilitatorId: true } },
  agendaItem: { select: { id: true, title: true } },
} satisfies Prisma.ActionSelect;

export type ActionRow = Prisma.ActionGetPayload<{ select: typeof actionListSelect }>;

const PENDING: Prisma.EnumActionStatusFilter<"Action"> = { in: ["OPEN", "IN_PROGRESS"] };

/** The actions page: filtered by assignee, status, meeting and overdue, tenant-scoped. */
export async function actionsList(associationId: string, actor: Actor, filters: ActionFilters, today: Date): Promise<ActionRow[]> {
  const where: Prisma.ActionWhereInput[] = [{ associationId }, readableBy(actor)];
  if (filters.status === "pending") where.push({ status: PENDING });
  else if (filters.status !== "all") where.push({ status: filters.status });
  const assignee = filters.assignee ?? "";
  if (assignee === "nobody") where.push({ assigneeId: null, assigneeName: null });
  else if (assignee === "me") where.push({ assigneeId: actor.userId });
  else if (assignee.startsWith("name:")) where.push({ assigneeId: null, assigneeName: assignee.slice(5) });
  else if (/^[0-9a-f-]{36}$/i.test(assignee)) where.push({ assigneeId: assignee });
  if (filters.meeting === "none") where.push({ meetingId: null });
  else if (filters.meeting) where.push({ meetingId: filters.meeting });
  if (filters.overdue) where.push({ status: PENDING, dueOn: { lt: today } });
  return db().action.findMany({
    where: { AND: where },
    select: actionListSelect,
    orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { createdAt: "desc" }],
    take: 500,
  });
}

/** The free-text names actions were assigned to, for the assignee filter. */
export async function freeTextAssignees(associationId: string): Promise<string[]> {
  const rows = await db().action.findMany({
    where: { associationId, assigneeId: null, assigneeName: { not: null } },
    select: { assigneeName: true },
    distinct: ["assigneeName"],
    orderBy: { assigneeName: "asc" },
  });
  return rows.map((row) => row.assigneeName!).filter(Boolean);
}

/** Meetings that produced actions, for the meeting filter. */
export async function meetingsWithActions(associationId: string) {
  return db().meeting.findMany({
    where: { associationId, actions: { some: {} } },
    select: { id: true, title: true, startsAt: true },
    orderBy: { startsAt: "desc" },
  });
}

/** One action with its history, or null (another association's id: null too). */
export async function actionDetail(associationId: string, actionId: string, actor: Actor) {
  return db().action.findFirst({
    where: { AND: [{ id: actionId, associationId }, readableBy(actor)] },
    select: {
      ...actionListSelect,
      createdBy: { select: { name: true } },
      updates: {
        select: { id: true, kind: true, note: true, statusBefore: true, statusAfter: true, recordedAt: true, recordedBy: { select: { name: true } }, meeting: { select: { id: true, title: true, startsAt: true } } },
        orderBy: { recordedAt: "asc" },
      },
    },
  });
}

/** For the dashboard: my actions still to do; for the secretary and president, those nobody took and those overdue. */
export async function dashboardActions(associationId: string, actor: Actor, today: Date, withOversight: boolean) {
  const visible = readableBy(actor);
  const [mine, unassigned, overdue] = await Promise.all([
    db().action.findMany({
      where: { AND: [{ associationId, assigneeId: actor.userId, status: PENDING }, visible] },
      select: actionListSelect,
      orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
      take: 50,
    }),
    withOversight
      ? db().action.findMany({
          where: { associationId, assigneeId: null, assigneeName: null, status: PENDING },
          select: actionListSelect,
          orderBy: { createdAt: "asc" },
          take: 50,
        })
      : Promise.resolve([]),
    withOversight
      ? db().action.findMany({
          where: { associationId, status: PENDING, dueOn: { lt: today } },
          select: actionListSelect,
          orderBy: { dueOn: "asc" },
          take: 50,
        })
      : Promise.resolve([]),
  ]);
  return { mine, unassigned, overdue };
}

/** What a meeting produced, counted for its overview: decisions, actions, and those nobody took. */
export async function meetingOutcomeCounts(associationId: string, meetingId: string, actor: Actor) {
  const where = { associationId, meetingId, AND: [readableBy(actor)] };
  const [decisions, actions, unassigned] = await Promise.all([
    db().decision.count({ where: { associationId, meetingId, ...(actor.role?.kind === "MEMBER" ? { OR: [{ agendaItemId: null }, { agendaItem: { visibility: { not: "BOARD" as const } } }] } : {}) } }),
    db().action.count({ where }),
    db().action.count({ where: { ...where, assigneeId: null, assigneeName: null, status: { in: ["OPEN", "IN_PROGRESS"] } } }),
  ]);
  return { decisions, actions, unassigned };
}
