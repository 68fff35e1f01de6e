import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireUser } from "@/features/auth/session";
import { db } from "@/lib/db";
import { associationBySlug, loadActor } from "./queries";

/**
 * The association of the page being shown and the signed-in person's rights in it. Someone who
 * is not a member gets "not found", exactly as if the association did not exist.
 */
export const associationContext = cache(async (slug: string) => {
  const user = await requireUser(`/a/${slug}`);
  const association = await associationBySlug(slug);
  if (!association) notFound();
  const now = new Date();
  const actor = await loadActor(db(), user.id, association.id, now);
  if (!actor?.role) notFound();
  return { user, association, actor, now };
});
