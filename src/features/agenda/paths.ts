// Addresses of the agenda pages, shared by components and actions.

export const meetingPath = (slug: string, meetingId: string) => `/a/${slug}/meetings/${meetingId}`;
export const agendaPath = (slug: string, meetingId: string) => `${meetingPath(slug, meetingId)}/agenda`;
export const itemEditPath = (slug: string, meetingId: string, itemId: string) => `${agendaPath(slug, meetingId)}/items/${itemId}`;
export const printPath = (slug: string, meetingId: string) => `${agendaPath(slug, meetingId)}/print`;
export const backlogPath = (slug: string) => `/a/${slug}/backlog`;

/** What just happened, told by the page the action sends the person back to. */
export const DONE = ["added", "saved", "moved", "deleted", "proposed", "accepted", "declined", "withdrawn", "pulled", "backlogAdded", "backlogDiscarded"] as const;
export type Done = (typeof DONE)[number];

export function withDone(path: string, done: Done, extra: { item?: string; n?: number; anchor?: string } = {}): string {
  // `t` makes every answer's address new, so the page's forms start afresh after each change.
  const query = new URLSearchParams({ done, t: Date.now().toString(36) });
  if (extra.item) query.set("item", extra.item);
  if (extra.n !== undefined) query.set("n", String(extra.n));
  const anchor = extra.anchor ?? (extra.item ? `item-${extra.item}` : undefined);
  return `${path}?${query}${anchor ? `#${anchor}` : ""}`;
}
