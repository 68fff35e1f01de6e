import "server-only";
import { loadReview, toResponseRow } from "@/features/approvals/queries";
import { approvalTable, reviewState, type Voter } from "@/features/approvals/rules";
import { db } from "@/lib/db";
import { revisionSections } from "./revision-store";
import { plannedItemSections, stricter, visibleTo, type Audience, type RevisionSection } from "./rules";

export type ApprovalBlock = {
  electors: { name: string; answer: "APPROVE" | "APPROVE_WITH_RESERVATION" | "OBJECT" | "WITHDRAWN" | "TACIT" | "NOT_YET"; at: Date | null; note: string | null }[];
  opinions: { name: string; note: string; at: Date }[];
};

export type PublishedMinutes = {
  minutesId: string;
  association: { name: string; slug: string; locale: string; timezone: string; publicMinutes: boolean };
  meeting: { id: string; title: string; startsAt: Date; place: string | null };
  sections: RevisionSection[];
  /** Some sections were left out for this audience. */
  omitted: boolean;
  approvedAt: Date;
  byDecision: boolean;
  block: ApprovalBlock;
  errata: { author: string; at: Date; text: string }[];
};

/**
 * Approved minutes as published for an audience (rule 9): the approved text without what this
 * audience may not read, the errata, and the approval block. Null unless approved.
 */
export async function approvedMinutes(where: { associationId: string; minutesId?: string; meetingId?: string }, audience: Audience, now: Date): Promise<PublishedMinutes | null> {
  const minutes = await db().minutes.findFirst({
    where: { associationId: where.associationId, ...(where.minutesId ? { id: where.minutesId } : {}), ...(where.meetingId ? { meetingId: where.meetingId } : {}) },
    include: {
      association: { select: { name: true, slug: true, locale: true, timezone: true, publicMinutes: true } },
      meeting: { select: { id: true, title: true, startsAt: true, place: true } },
      sections: { select: { id: true, agendaItemId: true, visibility: true } },
      errata: { orderBy: { createdAt: "asc" }, include: { author: { select: { name: true } } } },
    },
  });
  if (!minutes) return null;
  const loaded = await loadReview(db(), { minutesId: minutes.id, latest: true }, now, minutes.association.timezone);
  if (!loaded || loaded.state.status !== "APPROVED") return null;
  const revision = await db().minutesRevision.findFirst({ where: { minutesId: minutes.id, number: minutes.currentRevision }, select: { content: true } });
  // The stricter of the visibility saved with the text and today's agenda: a confidential item stays out.
  const agenda = await db().agendaItem.findMany({ where: { meetingId: minutes.meetingId }, select: { id: true, parentId: true, position: true, durationMinutes: true, title: true, visibility: true } });
  const agendaVisibility = new Map(plannedItemSections(agenda).map((p) => [p.agendaItemId, p.visibility]));
  const current = new Map(minutes.sections.map((s) => [s.id, s]));
  const all = revisionSections(revision?.content);
  const sections = all.filter((section) => {
    let visibility = section.visibility;
    const row = current.get(section.sectionId);
    if (row) visibility = stricter(visibility, row.visibility);
    const fromAgenda = row?.agendaItemId ? agendaVisibility.get(row.agendaItemId) : undefined;
    if (fromAgenda) visibility = stricter(visibility, fromAgenda);
    return visibleTo(visibility, audience);
  });
  const table = approvalTable(loaded.voters, loaded.responses, loaded.state, minutes.currentRevision);
  const people = await db().user.findMany({ where: { id: { in: loaded.voters.map((v) => v.userId) } }, select: { id: true, name: true } });
  const name = (id: string) => people.find((p) => p.id === id)?.name ?? "?";
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "fr");
  return {
    minutesId: minutes.id,
    association: minutes.association,
    meeting: minutes.meeting,
    sections,
    omitted: sections.length < all.length,
    approvedAt: loaded.state.status === "APPROVED" && loaded.state.byDecision && loaded.review.settledAt ? loaded.review.settledAt : loaded.state.closedAt,
    byDecision: loaded.state.byDecision,
    block: {
      electors: table.electors.map((l) => ({ name: name(l.userId), answer: l.answer, at: l.at, note: l.note })).sort(byName),
      opinions: table.opinions.map((o) => ({ name: name(o.userId), note: o.note, at: o.at })).sort(byName),
    },
    errata: minutes.errata.map((e) => ({ author: e.author?.name ?? "?", at: e.createdAt, text: e.text })),
  };
}

/** The association's public page: only when it publishes its minutes. */
export async function publicAssociation(slug: string) {
  const association = await db().association.findUnique({ where: { slug }, select: { id: true, name: true, slug: true, locale: true, timezone: true, publicMinutes: true } });
  return association?.publicMinutes ? association : null;
}

/** Approved minutes of the association, newest meeting first (the state derived at `now`). */
export async function approvedMinutesList(associationId: string, timeZone: string, now: Date) {
  const minutes = await db().minutes.findMany({
    where: { associationId, reviews: { some: {} } },
    select: {
      id: true,
      meeting: { select: { id: true, title: true, startsAt: true } },
      reviews: { orderBy: { number: "desc" }, take: 1, include: { voters: { select: { userId: true, role: true } }, responses: { orderBy: { id: "asc" } } } },
    },
    orderBy: { meeting: { startsAt: "desc" } },
  });
  return minutes.flatMap((m) => {
    const review = m.reviews[0];
    const state = reviewState(review, review.voters as Voter[], review.responses.map(toResponseRow), now, timeZone);
    return state.status === "APPROVED" ? [{ minutesId: m.id, meeting: m.meeting, approvedAt: state.byDecision && review.settledAt ? review.settledAt : state.closedAt }] : [];
  });
}
