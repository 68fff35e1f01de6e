import "server-only";
import { cache } from "react";
import { db, type Tx } from "@/lib/db";
import { hashSecret } from "@/lib/tokens";
import { todayIn } from "@/lib/zoned-time";
import { termCovers, type Actor, type Role, type Term } from "./rules";

type Reader = Tx | ReturnType<typeof db>;

/**
 * The acting person in an association, from the database at this moment: their term covering
 * today in the association's calendar, or none. Returns null when the association does not exist.
 */
export async function loadActor(reader: Reader, userId: string, associationId: string, now: Date): Promise<Actor | null> {
  const [user, association] = await Promise.all([
    reader.user.findUnique({ where: { id: userId }, select: { id: true, isOperator: true } }),
    reader.association.findUnique({
      where: { id: associationId },
      select: { timezone: true, memberships: { where: { userId }, select: { id: true, kind: true, offices: true, startsOn: true, endsOn: true } } },
    }),
  ]);
  if (!user || !association) return null;
  return actorFrom(user, associationId, association.timezone, association.memberships, now);
}

function actorFrom(user: { id: string; isOperator: boolean }, associationId: string, timezone: string, terms: (Term & Role & { id: string })[], now: Date): Actor {
  const today = todayIn(now, timezone);
  const term = terms.find((m) => termCovers(m, today)) ?? null;
  return {
    userId: user.id,
    associationId,
    isOperator: user.isOperator,
    membershipId: term?.id ?? null,
    role: term ? { kind: term.kind, offices: term.offices } : null,
  };
}

/**
 * Every term of a person, in every association, with the association: read once per request
 * and shared by the page's actor and the header's association switcher.
 */
const termsOf = cache(async (userId: string) =>
  db().membership.findMany({
    where: { userId },
    select: { id: true, kind: true, offices: true, startsOn: true, endsOn: true, association: { select: { id: true, slug: true, name: true, timezone: true } } },
    orderBy: { association: { name: "asc" } },
  }),
);

/** For pages: the acting person, from the signed-in user and the association already loaded. */
export async function actorForPage(user: { id: string; isOperator: boolean }, association: { id: string; timezone: string }, now: Date): Promise<Actor> {
  const terms = (await termsOf(user.id)).filter((t) => t.association.id === association.id);
  return actorFrom(user, association.id, association.timezone, terms, now);
}

export const associationBySlug = cache(async (slug: string) =>
  db().association.findUnique({ where: { slug } }),
);

/** The associations a person currently belongs to, for the switcher. */
export const associationsOf = async (userId: string, now: Date) => {
  const memberships = await termsOf(userId);
  const seen = new Set<string>();
  return memberships
    .filter((m) => termCovers(m, todayIn(now, m.association.timezone)))
    .filter((m) => !seen.has(m.association.id) && seen.add(m.association.id))
    .map((m) => ({ ...m.association, kind: m.kind, offices: m.offices }));
};

/** Everyone whose term covers today, then the ended and future terms. */
export async function membersOf(association: { id: string; timezone: string }, now: Date) {
  const today = todayIn(now, association.timezone);
  const terms = await db().membership.findMany({
    where: { associationId: association.id },
    select: {
      id: true,
      kind: true,
      offices: true,
      startsOn: true,
      endsOn: true,
      user: { select: { id: true, name: true, email: true } },
    },
    orderBy: [{ user: { name: "asc" } }, { startsOn: "desc" }],
  });
  const current = terms.filter((t) => termCovers(t, today));
  const others = terms.filter((t) => !termCovers(t, today));
  return { current, others, today };
}

export async function pendingInvitations(associationId: string, now: Date) {
  return db().invitation.findMany({
    where: { associationId, acceptedAt: null, expiresAt: { gt: now } },
    select: { id: true, email: true, name: true, kind: true, offices: true, expiresAt: true, createdAt: true },
    orderBy: { createdAt: "desc" },
  });
}

/** What the invitation page needs to know about a link, without revealing more. */
export async function invitationForLink(secret: string, now: Date) {
  const invitation = await db().invitation.findUnique({
    where: { tokenHash: hashSecret(secret) },
    select: {
      email: true,
      name: true,
      kind: true,
      offices: true,
      expiresAt: true,
      acceptedAt: true,
      association: { select: { name: true, slug: true } },
    },
  });
  if (!invitation) return { state: "INVALID" as const };
  if (invitation.acceptedAt) return { state: "USED" as const, association: invitation.association };
  if (invitation.expiresAt.getTime() <= now.getTime()) return { state: "EXPIRED" as const, association: invitation.association };
  const hasAccount = (await db().user.count({ where: { email: invitation.email } })) > 0;
  return { state: "VALID" as const, ...invitation, hasAccount };
}
