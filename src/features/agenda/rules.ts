// The agenda as a tree: numbering, durations, timing, tree edits and rights. Pure functions over flat rows.
import { isBoardMember, isMember, isPresident, isSecretary, type Actor } from "@/features/members/rules";

export type AgendaRow = {
  id: string;
  parentId: string | null;
  position: number;
  durationMinutes: number | null;
};

export type AgendaNode<T extends AgendaRow> = T & {
  /** "1", "2.1", "2.1.3" */
  number: string;
  depth: number;
  children: AgendaNode<T>[];
};

/** Builds the tree from rows in any order; siblings follow `position`. */
export function agendaTree<T extends AgendaRow>(rows: readonly T[]): AgendaNode<T>[] {
  const byParent = new Map<string | null, T[]>();
  for (const row of rows) {
    const siblings = byParent.get(row.parentId) ?? [];
    siblings.push(row);
    byParent.set(row.parentId, siblings);
  }
  const build = (parentId: string | null, prefix: string, depth: number): AgendaNode<T>[] =>
    (byParent.get(parentId) ?? [])
      .slice()
      .sort((a, b) => a.position - b.position || a.id.localeCompare(b.id))
      .map((row, index) => {
        const number = prefix ? `${prefix}.${index + 1}` : String(index + 1);
        return { ...row, number, depth, children: build(row.id, number, depth + 1) };
      });
  return build(null, "", 0);
}

/** Depth-first order, as the agenda is read. */
export function flattenAgenda<T extends AgendaRow>(tree: readonly AgendaNode<T>[]): AgendaNode<T>[] {
  return tree.flatMap((node) => [node, ...flattenAgenda(node.children)]);
}

/** A section lasts at least as long as what it holds: max(its own duration, its children's sum). */
export function effectiveMinutes<T extends AgendaRow>(node: AgendaNode<T>): number {
  const own = node.durationMinutes ?? 0;
  const children = node.children.reduce((sum, child) => sum + effectiveMinutes(child), 0);
  return Math.max(own, children);
}

export function totalMinutes<T extends AgendaRow>(tree: readonly AgendaNode<T>[]): number {
  return tree.reduce((sum, node) => sum + effectiveMinutes(node), 0);
}

export type AgendaTiming = { totalMinutes: number; plannedEnd: Date; overrunMinutes: number };

/** When the agenda would end if started on time, and by how much it overruns the meeting. */
export function agendaTiming<T extends AgendaRow>(tree: readonly AgendaNode<T>[], meeting: { startsAt: Date; endsAt: Date }): AgendaTiming {
  const total = totalMinutes(tree);
  const plannedEnd = new Date(meeting.startsAt.getTime() + total * 60_000);
  const overrun = Math.max(0, Math.ceil((plannedEnd.getTime() - meeting.endsAt.getTime()) / 60_000));
  return { totalMinutes: total, plannedEnd, overrunMinutes: overrun };
}

// ─── Kinds, visibility, origin ────────────────────────────────────────────────────────────────

export const AGENDA_KINDS = ["SECTION", "INFORMATION", "DISCUSSION", "DECISION", "QUESTION", "FOLLOW_UP"] as const;
export type AgendaItemKind = (typeof AGENDA_KINDS)[number];
export const VISIBILITIES = ["PUBLIC", "MEMBERS", "BOARD"] as const;
export type Visibility = (typeof VISIBILITIES)[number];
export const AGENDA_ORIGINS = ["DIRECT", "MEMBER_QUESTION", "PROPOSAL", "BACKLOG", "CARRIED_OVER", "WORKING_GROUP", "ACTIONS_FOLLOW_UP", "MINUTES_APPROVAL"] as const;
export type AgendaOrigin = (typeof AGENDA_ORIGINS)[number];
export const PROPOSAL_KINDS = ["ITEM", "QUESTION"] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];
export type MeetingStatus = "PLANNED" | "HELD" | "CANCELLED";

/** Longest planned duration of one item, in minutes (a whole day). */
export const MAX_ITEM_MINUTES = 600;

// ─── Tree operations ──────────────────────────────────────────────────────────────────────────

export type TreeRow = { id: string; parentId: string | null; position: number };
/** Where an item goes: under `parentId` (null: top level), at `index` among the other children. */
export type Placement = { parentId: string | null; index: number };
export const MOVE_OPS = ["up", "down", "indent", "outdent"] as const;
export type MoveOp = (typeof MOVE_OPS)[number];
export type TreeProblem =
  | "NOT_FOUND"
  | "AGENDA_MOVE_INTO_ITSELF"
  | "AGENDA_ALREADY_FIRST"
  | "AGENDA_ALREADY_LAST"
  | "AGENDA_CANNOT_INDENT"
  | "AGENDA_ALREADY_TOP_LEVEL";
export type TreeOutcome<T> = { ok: true; value: T } | { ok: false; reason: TreeProblem };

const byReadingOrder = (a: TreeRow, b: TreeRow) => a.position - b.position || a.id.localeCompare(b.id);

/** The children of `parentId` (null: the top level) in reading order. */
export function childrenOf<T extends TreeRow>(rows: readonly T[], parentId: string | null): T[] {
  return rows.filter((row) => row.parentId === parentId).sort(byReadingOrder);
}

/** The ids of every item below `id`, at any depth (not `id` itself). */
export function descendantIds(rows: readonly TreeRow[], id: string): Set<string> {
  const found = new Set<string>();
  const queue = [id];
  while (queue.length) {
    const current = queue.shift()!;
    for (const row of rows) {
      if (row.parentId === current && !found.has(row.id)) {
        found.add(row.id);
        queue.push(row.id);
      }
    }
  }
  return found;
}

/** Gives every sibling list positions 0..n-1, keeping the reading order. */
export function renumber<T extends TreeRow>(rows: readonly T[]): T[] {
  const parents = [...new Set(rows.map((row) => row.parentId))];
  return parents.flatMap((parentId) => childrenOf(rows, parentId).map((row, position) => (row.position === position ? row : { ...row, position })));
}

/** Where a relative move (up, down, indent, outdent) puts an item. */
export function placementFor(rows: readonly TreeRow[], id: string, op: MoveOp): TreeOutcome<Placement> {
  const item = rows.find((row) => row.id === id);
  if (!item) return { ok: false, reason: "NOT_FOUND" };
  const siblings = childrenOf(rows, item.parentId);
  const index = siblings.findIndex((row) => row.id === id);
  switch (op) {
    case "up":
      return index === 0 ? { ok: false, reason: "AGENDA_ALREADY_FIRST" } : { ok: true, value: { parentId: item.parentId, index: index - 1 } };
    case "down":
      return index === siblings.length - 1 ? { ok: false, reason: "AGENDA_ALREADY_LAST" } : { ok: true, value: { parentId: item.parentId, index: index + 1 } };
    case "indent": {
      // Becomes the last sub-item of the item just above it at the same level.
      if (index === 0) return { ok: false, reason: "AGENDA_CANNOT_INDENT" };
      const previous = siblings[index - 1];
      return { ok: true, value: { parentId: previous.id, index: childrenOf(rows, previous.id).length } };
    }
    case "outdent": {
      // Becomes the next item after its parent, one level up.
      if (item.parentId === null) return { ok: false, reason: "AGENDA_ALREADY_TOP_LEVEL" };
      const parent = rows.find((row) => row.id === item.parentId);
      if (!parent) return { ok: false, reason: "NOT_FOUND" };
      const parentIndex = childrenOf(rows, parent.parentId).findIndex((row) => row.id === parent.id);
      return { ok: true, value: { parentId: parent.parentId, index: parentIndex + 1 } };
    }
  }
}

export const DROP_SPOTS = ["before", "after", "inside"] as const;
export type DropSpot = (typeof DROP_SPOTS)[number];

/**
 * Where an item dropped on another goes: just before or after it at its level, or as its last
 * sub-item. Computed from the agenda as it is now, so a drop never lands on a stale position.
 */
export function placementRelativeTo(rows: readonly TreeRow[], id: string, targetId: string, spot: DropSpot): TreeOutcome<Placement> {
  const target = rows.find((row) => row.id === targetId);
  if (!target || !rows.some((row) => row.id === id)) return { ok: false, reason: "NOT_FOUND" };
  if (targetId === id || descendantIds(rows, id).has(targetId)) return { ok: false, reason: "AGENDA_MOVE_INTO_ITSELF" };
  if (spot === "inside") return { ok: true, value: { parentId: target.id, index: childrenOf(rows, target.id).filter((row) => row.id !== id).length } };
  const others = childrenOf(rows, target.parentId).filter((row) => row.id !== id);
  const index = others.findIndex((row) => row.id === targetId);
  return { ok: true, value: { parentId: target.parentId, index: spot === "before" ? index : index + 1 } };
}

/**
 * Moves an item, with everything under it, to a placement. The sibling lists it leaves and joins
 * are renumbered; an item never goes under itself or one of its own sub-items.
 */
export function moveInTree<T extends TreeRow>(rows: readonly T[], id: string, placement: Placement): TreeOutcome<T[]> {
  const item = rows.find((row) => row.id === id);
  if (!item) return { ok: false, reason: "NOT_FOUND" };
  if (placement.parentId !== null) {
    if (!rows.some((row) => row.id === placement.parentId)) return { ok: false, reason: "NOT_FOUND" };
    if (placement.parentId === id || descendantIds(rows, id).has(placement.parentId)) return { ok: false, reason: "AGENDA_MOVE_INTO_ITSELF" };
  }
  const others = childrenOf(rows, placement.parentId).filter((row) => row.id !== id);
  const index = Math.max(0, Math.min(others.length, Math.trunc(placement.index)));
  const joined = [...others.slice(0, index), item, ...others.slice(index)];
  const left = childrenOf(rows, item.parentId).filter((row) => row.id !== id);
  const placed = new Map<string, T>();
  left.forEach((row, position) => placed.set(row.id, { ...row, position }));
  joined.forEach((row, position) => placed.set(row.id, { ...row, parentId: placement.parentId, position }));
  return { ok: true, value: rows.map((row) => placed.get(row.id) ?? row) };
}

/** Adds a new item at a placement (index beyond the end: last); its new siblings make room. */
export function insertInTree<T extends TreeRow>(rows: readonly T[], item: T, placement: { parentId: string | null; index?: number }): TreeOutcome<T[]> {
  if (placement.parentId !== null && !rows.some((row) => row.id === placement.parentId)) return { ok: false, reason: "NOT_FOUND" };
  const withItem = [...rows, { ...item, parentId: placement.parentId, position: Number.MAX_SAFE_INTEGER }];
  return moveInTree(withItem, item.id, { parentId: placement.parentId, index: placement.index ?? Number.MAX_SAFE_INTEGER });
}

/** Removes an item and everything under it; the siblings it leaves close the gap. */
export function removeFromTree<T extends TreeRow>(rows: readonly T[], id: string): TreeOutcome<{ rows: T[]; removed: string[] }> {
  const item = rows.find((row) => row.id === id);
  if (!item) return { ok: false, reason: "NOT_FOUND" };
  const removed = new Set([id, ...descendantIds(rows, id)]);
  const kept = rows.filter((row) => !removed.has(row.id));
  const siblings = new Map(childrenOf(kept, item.parentId).map((row, position) => [row.id, position]));
  return {
    ok: true,
    value: { rows: kept.map((row) => (siblings.has(row.id) ? { ...row, position: siblings.get(row.id)! } : row)), removed: [...removed] },
  };
}

/** The rows whose parent or position differ between two states of the same agenda. */
export function positionChanges(before: readonly TreeRow[], after: readonly TreeRow[]): TreeRow[] {
  const old = new Map(before.map((row) => [row.id, row]));
  return after
    .filter((row) => {
      const was = old.get(row.id);
      return !was || was.parentId !== row.parentId || was.position !== row.position;
    })
    .map(({ id, parentId, position }) => ({ id, parentId, position }));
}

/** "2.1.3" for an item, or null when it is not in the rows. */
export function numberOf(rows: readonly AgendaRow[], id: string): string | null {
  return flattenAgenda(agendaTree(rows)).find((node) => node.id === id)?.number ?? null;
}

/** Whether each sibling list holds positions 0..n-1 exactly, and every parent exists. */
export function isWellOrdered(rows: readonly TreeRow[]): boolean {
  const ids = new Set(rows.map((row) => row.id));
  if (ids.size !== rows.length) return false;
  if (rows.some((row) => row.parentId !== null && !ids.has(row.parentId))) return false;
  const byParent = new Map<string | null, number[]>();
  for (const row of rows) byParent.set(row.parentId, [...(byParent.get(row.parentId) ?? []), row.position]);
  return [...byParent.values()].every((positions) => positions.sort((a, b) => a - b).every((position, index) => position === index));
}

// ─── Who may do what ──────────────────────────────────────────────────────────────────────────

export type MeetingForRights = { facilitatorId: string | null };

const isEditorOf = (actor: Actor, meeting: MeetingForRights) =>
  isMember(actor) && (isSecretary(actor) || isPresident(actor) || (meeting.facilitatorId !== null && meeting.facilitatorId === actor.userId));

export const agendaCan = {
  /** Every member reads the agenda, within what their role may see. */
  read: isMember,
  /** The secretary, the president and the meeting's facilitator build the agenda. */
  edit: isEditorOf,
  /** ...and they accept or decline proposals and pull the backlog into it. */
  decideProposals: isEditorOf,
  pullBacklog: isEditorOf,
  /** Board members (voting or advisory) propose items and questions. */
  propose: isBoardMember,
  addToBacklog: isBoardMember,
  readBacklog: isBoardMember,
  /** The person who raised a backlog item, the secretary or the president may drop it. */
  discardBacklog: (actor: Actor, item: { addedById: string }) => isBoardMember(actor) && (item.addedById === actor.userId || isSecretary(actor) || isPresident(actor)),
  withdrawProposal: (actor: Actor, proposal: { proposedById: string }) => isMember(actor) && proposal.proposedById === actor.userId,
};

/** What a person may see: the board sees everything, association members never board-only items. */
export function visibilitiesFor(actor: Actor): Visibility[] {
  return isBoardMember(actor) ? ["PUBLIC", "MEMBERS", "BOARD"] : isMember(actor) ? ["PUBLIC", "MEMBERS"] : ["PUBLIC"];
}

/** The rows a person may see: a hidden item hides everything under it too. */
export function visibleRows<T extends TreeRow & { visibility: Visibility }>(rows: readonly T[], allowed: readonly Visibility[]): T[] {
  const hidden = new Set<string>();
  for (const row of rows) {
    if (!allowed.includes(row.visibility)) {
      hidden.add(row.id);
      for (const id of descendantIds(rows, row.id)) hidden.add(id);
    }
  }
  return rows.filter((row) => !hidden.has(row.id));
}

// ─── Business checks ──────────────────────────────────────────────────────────────────────────

/** A cancelled meeting's agenda is frozen. */
export function agendaEditProblem(meeting: { status: MeetingStatus }): "AGENDA_MEETING_CANCELLED" | null {
  return meeting.status === "CANCELLED" ? "AGENDA_MEETING_CANCELLED" : null;
}

/** Proposals are for a coming meeting: planned, not yet started. */
export function proposalProblem(meeting: { status: MeetingStatus; startsAt: Date }, now: Date): "PROPOSAL_MEETING_CANCELLED" | "PROPOSAL_MEETING_PAST" | null {
  if (meeting.status === "CANCELLED") return "PROPOSAL_MEETING_CANCELLED";
  if (meeting.status === "HELD" || meeting.startsAt.getTime() <= now.getTime()) return "PROPOSAL_MEETING_PAST";
  return null;
}

/** The day a question was asked may be earlier than today (asked by e-mail), never later. */
export function askedOnProblem(askedOn: Date, today: Date): "AGENDA_ASKED_IN_FUTURE" | null {
  return askedOn.getTime() > today.getTime() ? "AGENDA_ASKED_IN_FUTURE" : null;
}

/** A presenter (or asker) is a member or a free-text name, not both. */
export function personChoiceProblem(memberId: string | undefined, name: string | undefined): "AGENDA_PERSON_BOTH" | null {
  return memberId && name ? "AGENDA_PERSON_BOTH" : null;
}

/**
 * The backlog items a meeting takes in: those still waiting that were raised before it (an item
 * raised at a meeting is for a later one).
 */
export function backlogFor<T extends { pulledIntoMeetingId: string | null; raisedAt: { startsAt: Date } | null }>(items: readonly T[], meeting: { startsAt: Date }): T[] {
  return items.filter((item) => item.pulledIntoMeetingId === null && (item.raisedAt === null || item.raisedAt.startsAt.getTime() < meeting.startsAt.getTime()));
}

/** How an accepted proposal enters the agenda. */
export function itemFromProposal(proposal: { kind: ProposalKind }): { kind: AgendaItemKind; origin: AgendaOrigin } {
  return proposal.kind === "QUESTION" ? { kind: "QUESTION", origin: "MEMBER_QUESTION" } : { kind: "DISCUSSION", origin: "PROPOSAL" };
}

/** "2 h 05" needs hours and minutes apart. */
export function durationParts(minutes: number): { hours: number; minutes: number } {
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}
