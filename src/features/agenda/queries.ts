import "server-only";
import type { Actor } from "@/features/members/rules";
import { db, type Tx } from "@/lib/db";
import { todayIn } from "@/lib/zoned-time";
import { agendaCan, agendaTiming, agendaTree, backlogFor, visibilitiesFor, visibleRows, type Visibility } from "./rules";
import type { AgendaTextRow } from "./text";

type Reader = Tx | ReturnType<typeof db>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);

/** The meeting an agenda page is about, in this association only. */
export async function meetingOfAgenda(associationId: string, meetingId: string) {
  if (!isUuid(meetingId)) return null;
  return db().meeting.findFirst({
    where: { id: meetingId, associationId },
    select: {
      id: true,
      associationId: true,
      kind: true,
      title: true,
      startsAt: true,
      endsAt: true,
      place: true,
      remoteAccess: true,
      status: true,
      version: true,
      facilitatorId: true,
      facilitator: { select: { name: true } },
    },
  });
}
export type AgendaMeeting = NonNullable<Awaited<ReturnType<typeof meetingOfAgenda>>>;

/** Every item of a meeting with the names it shows (presenter, who asked, where it came from). */
export async function agendaEntries(reader: Reader, associationId: string, meetingId: string) {
  const items = await reader.agendaItem.findMany({
    where: { associationId, meetingId },
    select: {
      id: true,
      parentId: true,
      position: true,
      kind: true,
      title: true,
      description: true,
      durationMinutes: true,
      visibility: true,
      origin: true,
      presenterId: true,
      presenterName: true,
      askedById: true,
      askedByName: true,
      askedOn: true,
      updatedAt: true,
      presenter: { select: { name: true } },
      askedBy: { select: { name: true } },
    },
  });
  const ids = items.map((item) => item.id);
  const raised = ids.length
    ? await reader.backlogItem.findMany({ where: { associationId, agendaItemId: { in: ids } }, select: { agendaItemId: true, raisedAt: { select: { title: true } } } })
    : [];
  const raisedAt = new Map(raised.map((entry) => [entry.agendaItemId, entry.raisedAt?.title ?? null]));
  return items.map((item) => ({
    ...item,
    presenterLabel: item.presenter?.name ?? item.presenterName,
    askedByLabel: item.askedBy?.name ?? item.askedByName,
    raisedAtTitle: raisedAt.get(item.id) ?? null,
  }));
}
export type AgendaEntry = Awaited<ReturnType<typeof agendaEntries>>[number];

/** The agenda as this person may see it: numbered tree and timing of what they see. */
export async function agendaFor(actor: Actor, meeting: AgendaMeeting) {
  const all = await agendaEntries(db(), meeting.associationId, meeting.id);
  const rows = visibleRows(all, visibilitiesFor(actor));
  const tree = agendaTree(rows);
  return { rows, tree, timing: agendaTiming(tree, meeting), hiddenCount: all.length - rows.length };
}

/** Proposals for a meeting: all of them for those who decide, one's own for everybody. */
export async function proposalsFor(actor: Actor, meeting: AgendaMeeting) {
  const decides = agendaCan.decideProposals(actor, meeting);
  const proposals = await db().agendaProposal.findMany({
    where: { associationId: meeting.associationId, meetingId: meeting.id, ...(decides ? {} : { proposedById: actor.userId }) },
    select: {
      id: true,
      kind: true,
      title: true,
      description: true,
      askedOn: true,
      status: true,
      responseNote: true,
      decidedAt: true,
      agendaItemId: true,
      createdAt: true,
      proposedById: true,
      proposedBy: { select: { name: true } },
    },
    orderBy: [{ askedOn: "asc" }, { createdAt: "asc" }],
  });
  return {
    pending: decides ? proposals.filter((p) => p.status === "PENDING") : [],
    decided: decides ? proposals.filter((p) => p.status !== "PENDING") : [],
    mine: proposals.filter((p) => p.proposedById === actor.userId),
  };
}
export type ProposalEntry = Awaited<ReturnType<typeof proposalsFor>>["mine"][number];

const backlogSelect = {
  id: true,
  title: true,
  description: true,
  createdAt: true,
  pulledAt: true,
  pulledIntoMeetingId: true,
  addedById: true,
  addedBy: { select: { name: true } },
  raisedAt: { select: { id: true, title: true, startsAt: true } },
  pulledInto: { select: { id: true, title: true, startsAt: true } },
} as const;

/** What waits for the next agenda, oldest first. */
export async function waitingBacklog(associationId: string) {
  return db().backlogItem.findMany({ where: { associationId, pulledIntoMeetingId: null }, select: backlogSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}
export type BacklogEntry = Awaited<ReturnType<typeof waitingBacklog>>[number];

/** What waits and would be pulled into this meeting (raised before it). */
export async function backlogForMeeting(associationId: string, meeting: { startsAt: Date }) {
  return backlogFor(await waitingBacklog(associationId), meeting);
}

/** The latest items already pulled into an agenda. */
export async function pulledBacklog(associationId: string, take = 30) {
  return db().backlogItem.findMany({ where: { associationId, pulledIntoMeetingId: { not: null } }, select: backlogSelect, orderBy: [{ pulledAt: "desc" }, { id: "asc" }], take });
}

/** Current members, for "presenter" and "asked by" lists. */
export async function memberChoices(associationId: string, now: Date) {
  const association = await db().association.findUniqueOrThrow({ where: { id: associationId }, select: { timezone: true } });
  const today = todayIn(now, association.timezone);
  const terms = await db().membership.findMany({
    where: { associationId, startsOn: { lte: today }, OR: [{ endsOn: null }, { endsOn: { gte: today } }] },
    select: { user: { select: { id: true, name: true } } },
    orderBy: { user: { name: "asc" } },
  });
  const seen = new Set<string>();
  return terms.map((t) => t.user).filter((user) => !seen.has(user.id) && seen.add(user.id));
}

/** Planned meetings still to come, soonest first. */
export async function upcomingMeetings(associationId: string, now: Date, take = 6) {
  return db().meeting.findMany({
    where: { associationId, status: "PLANNED", startsAt: { gt: now } },
    select: { id: true, title: true, startsAt: true, facilitatorId: true },
    orderBy: { startsAt: "asc" },
    take,
  });
}

/**
 * The agenda rows for a plain-text rendering (`agendaAsText`), limited to what an audience may
 * see: the board sees everything, association members never board-only items.
 */
export async function agendaTextRows(reader: Reader, associationId: string, meetingId: string, audience: readonly Visibility[]): Promise<AgendaTextRow[]> {
  const rows = visibleRows(await agendaEntries(reader, associationId, meetingId), audience);
  return rows.map((row) => ({ id: row.id, parentId: row.parentId, position: row.position, durationMinutes: row.durationMinutes, title: row.title, kind: row.kind, presenter: row.presenterLabel }));
}

/** What the dashboard tells about agendas: the next meeting, proposals to decide, the backlog. */
export async function agendaDashboard(actor: Actor, associationId: string, now: Date) {
  const upcoming = await upcomingMeetings(associationId, now, 20);
  const decidable = upcoming.filter((meeting) => agendaCan.decideProposals(actor, meeting)).map((meeting) => meeting.id);
  const board = agendaCan.readBacklog(actor);
  const [toDecide, backlog, answered] = await Promise.all([
    decidable.length ? db().agendaProposal.count({ where: { associationId, meetingId: { in: decidable }, status: "PENDING" } }) : 0,
    board ? db().backlogItem.count({ where: { associationId, pulledIntoMeetingId: null } }) : 0,
    upcoming.length ? db().agendaProposal.count({ where: { associationId, meetingId: { in: upcoming.map((m) => m.id) }, proposedById: actor.userId, status: { not: "PENDING" } } }) : 0,
  ]);
  return { next: upcoming[0] ?? null, toDecide, backlog, answered };
}
