// The agenda as a tree: numbering, durations and timing. Pure functions over flat rows.

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
