import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { actionListSelect, readableBy } from "@/features/actions/queries";
import { agendaTree, flattenAgenda } from "@/features/agenda/rules";
import type { Actor } from "@/features/members/rules";
import { db } from "@/lib/db";
import { quorumAt } from "@/features/attendance/rules";
import { instantAt, localDateOf, todayIn } from "@/lib/zoned-time";
import { electorateOf, quorumRuleFor } from "./rules";
import type { RegisterFilters } from "./schema";

const isAdherent = (actor: Actor) => actor.role?.kind === "MEMBER";

/** Association members (adhérents) never see what was said on a board-only agenda item. */
function decisionsReadableBy(actor: Actor): Prisma.DecisionWhereInput {
  return isAdherent(actor) ? { OR: [{ agendaItemId: null }, { agendaItem: { visibility: { not: "BOARD" } } }] } : {};
}

const meetingSelect = { id: true, title: true, kind: true, startsAt: true, endsAt: true, status: true, facilitatorId: true, place: true } satisfies Prisma.MeetingSelect;

export const decisionSelect = {
  id: true,
  text: true,
  outcome: true,
  majority: true,
  votesFor: true,
  votesAgainst: true,
  votesAbstain: true,
  votedAt: true,
  electorateSize: true,
  votersPresent: true,
  quorumRequired: true,
  quorumMet: true,
  majorityMet: true,
  departedIds: true,
  amountCents: true,
  amountIncludesTax: true,
  budgetLineId: true,
  budgetLine: { select: { label: true, plan: { select: { id: true, fiscalYear: true } } } },
  agendaItemId: true,
} satisfies Prisma.DecisionSelect;
export type DecisionRow = Prisma.DecisionGetPayload<{ select: typeof decisionSelect }>;

/**
 * Everything a meeting produced, item by item: decisions, actions, the follow-up of earlier
 * actions and of the working groups. Null for a meeting of another association.
 */
export async function meetingOutcomes(associationId: string, meetingId: string, actor: Actor) {
  const meeting = await db().meeting.findFirst({ where: { id: meetingId, associationId }, select: meetingSelect });
  if (!meeting) return null;
  const [items, decisions, actions, actionFollowUps, groupFollowUps] = await Promise.all([
    db().agendaItem.findMany({
      where: { meetingId, associationId, ...(isAdherent(actor) ? { visibility: { not: "BOARD" as const } } : {}) },
      select: { id: true, parentId: true, position: true, durationMinutes: true, kind: true, title: true, origin: true, visibility: true, presenterName: true, presenter: { select: { name: true } } },
    }),
    db().decision.findMany({ where: { AND: [{ meetingId, associationId }, decisionsReadableBy(actor)] }, select: decisionSelect, orderBy: { votedAt: "asc" } }),
    db().action.findMany({ where: { AND: [{ meetingId, associationId }, readableBy(actor)] }, select: actionListSelect, orderBy: { createdAt: "asc" } }),
    db().actionFollowUp.findMany({
      where: { meetingId, associationId },
      select: {
        agendaItemId: true,
        action: { select: actionListSelect },
        updates: { select: { kind: true, note: true, recordedAt: true, recordedBy: { select: { name: true } } } },
      },
    }),
    db().groupFollowUp.findMany({
      where: { meetingId, associationId },
      select: {
        agendaItemId: true,
        note: true,
        notedAt: true,
        notedBy: { select: { name: true } },
        group: { select: { id: true, name: true, active: true, referents: { select: { userId: true, user: { select: { name: true } } }, orderBy: { position: "asc" } } } },
      },
    }),
  ]);
  const departed = [...new Set(decisions.flatMap((d) => d.departedIds))];
  const names = new Map((await db().user.findMany({ where: { id: { in: departed } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  return {
    meeting,
    items: flattenAgenda(agendaTree(items)),
    decisions,
    actions,
    actionFollowUps: new Map(actionFollowUps.map((f) => [f.agendaItemId, f])),
    groupFollowUps: new Map(groupFollowUps.map((f) => [f.agendaItemId, f])),
    nameOf: (id: string) => names.get(id) ?? "?",
  };
}
export type MeetingOutcomes = NonNullable<Awaited<ReturnType<typeof meetingOutcomes>>>;

/** Ids of the decisions whose text matches, each in its own language (French or English stemming). */
async function matchingIds(associationId: string, query: string): Promise<string[]> {
  const rows = await db().$queryRaw<{ id: string }[]>`
    SELECT id FROM "Decision"
    WHERE "associationId" = ${associationId}::uuid
      AND ((language = 'fr' AND search @@ websearch_to_tsquery('french'::regconfig, quorum_fold(${query})))
        OR (language = 'en' AND search @@ websearch_to_tsquery('english'::regconfig, quorum_fold(${query}))))`;
  return rows.map((row) => row.id);
}

/** The register across all meetings: full-text search, year, kind of meeting, outcome. */
export async function decisionRegister(associationId: string, actor: Actor, filters: RegisterFilters, timezone: string, limit = 500) {
  const where: Prisma.DecisionWhereInput[] = [{ associationId }, decisionsReadableBy(actor)];
  if (filters.q) where.push({ id: { in: await matchingIds(associationId, filters.q) } });
  if (filters.outcome) where.push({ outcome: filters.outcome });
  if (filters.kind) where.push({ meeting: { kind: filters.kind } });
  if (filters.year) {
    const from = instantAt({ year: filters.year, month: 1, day: 1, hour: 0, minute: 0 }, timezone);
    const to = instantAt({ year: filters.year + 1, month: 1, day: 1, hour: 0, minute: 0 }, timezone);
    where.push({ votedAt: { gte: from, lt: to } });
  }
  return db().decision.findMany({
    where: { AND: where },
    select: { ...decisionSelect, meeting: { select: { id: true, title: true, kind: true, startsAt: true } }, agendaItem: { select: { title: true } } },
    orderBy: { votedAt: "desc" },
    take: limit,
  });
}
export type RegisterRow = Awaited<ReturnType<typeof decisionRegister>>[number];

/**
 * The years that hold decisions, newest first, in the association's calendar. Computed here
 * rather than in SQL: adapter-pg writes timestamptz values without an offset, so the database's
 * own time-zone arithmetic is only right when its session time zone is UTC (prisma/orm#28629).
 */
export async function decisionYears(associationId: string, timezone: string): Promise<number[]> {
  const rows = await db().decision.findMany({ where: { associationId }, select: { votedAt: true } });
  return [...new Set(rows.map((row) => localDateOf(row.votedAt, timezone).year))].sort((a, b) => b - a);
}

/** Who could vote at any moment of a meeting: for the hint next to the vote counts. */
export async function votersPresentAt(associationId: string, meeting: { id: string; kind: "BOARD" | "GENERAL_ASSEMBLY" | "OTHER"; startsAt: Date }, time: Date) {
  const association = await db().association.findUniqueOrThrow({ where: { id: associationId } });
  const [attendance, terms] = await Promise.all([
    db().attendance.findMany({ where: { meetingId: meeting.id, associationId }, select: { userId: true, status: true, proxyUserId: true, arrivedAt: true, leftAt: true } }),
    db().membership.findMany({ where: { associationId }, select: { userId: true, kind: true, startsOn: true, endsOn: true } }),
  ]);
  const electorate = electorateOf(meeting.kind, terms, todayIn(meeting.startsAt, association.timezone));
  const state = quorumAt({ rule: quorumRuleFor(meeting.kind, association), electorate, attendance }, time);
  return { present: state.counted.length, electorate: state.electorate, required: state.required, met: state.met, recorded: attendance.length > 0 };
}
