import "server-only";
import { redirect } from "next/navigation";
import { notFoundPage } from "@/lib/not-found";
import { cache } from "react";
import { db } from "@/lib/db";
import { sessionClaims } from "./session-token";

export type SessionUser = { id: string; email: string; name: string; locale: "fr" | "en" | null; isOperator: boolean };

/**
 * The signed-in person, read from the database on every request: a deleted account or a
 * password reset (new session version) ends the session at once.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await sessionClaims();
  if (!session) return null;
  const user = await db().user.findUnique({
    where: { id: session.userId },
    select: { id: true, email: true, name: true, locale: true, isOperator: true, sessionVersion: true },
  });
  if (!user || user.sessionVersion !== session.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, locale: user.locale, isOperator: user.isOperator };
});

export async function requireUser(next?: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in");
  return user;
}

/** For the instance operator's pages: anyone else gets "not found". */
export async function requireOperator(next: string): Promise<SessionUser> {
  const user = await requireUser(next);
  if (!user.isOperator) notFoundPage();
  return user;
}
