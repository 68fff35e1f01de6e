import "server-only";
import { notFoundPage } from "@/lib/not-found";
import { cache } from "react";
import { requireUser } from "@/features/auth/session";
import { actorForPage, associationBySlug } from "./queries";

/**
 * The association of the page being shown and the signed-in person's rights in it, or null
 * when the association does not exist or the person is not a member.
 */
export const associationAccess = cache(async (slug: string) => {
  const user = await requireUser(`/a/${slug}`);
  const association = await associationBySlug(slug);
  if (!association) return { user, access: null };
  const now = new Date();
  const actor = await actorForPage(user, association, now);
  if (!actor.role) return { user, access: null };
  return { user, access: { association, actor, now } };
});

/**
 * For pages: a non-member gets "not found", exactly as if the association did not exist.
 * (Layouts use `associationAccess` and leave the answer to the page.)
 */
export async function associationContext(slug: string) {
  const { user, access } = await associationAccess(slug);
  if (!access) notFoundPage();
  return { user, ...access };
}
