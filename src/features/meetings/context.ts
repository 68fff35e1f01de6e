import "server-only";
import { cache } from "react";
import { associationAccess } from "@/features/members/context";
import { notFoundPage } from "@/lib/not-found";
import { meetingOf } from "./queries";

/**
 * The meeting of the page being shown, with the association and the person's rights in it, or
 * null when either does not exist or the person is not a member.
 */
export const meetingAccess = cache(async (slug: string, meetingId: string) => {
  const { user, access } = await associationAccess(slug);
  if (!access) return { user, access: null };
  const meeting = await meetingOf(access.association.id, meetingId);
  if (!meeting) return { user, access: null };
  return { user, access: { ...access, meeting } };
});

/** For pages: "not found" for an unknown meeting, another association's, or a non-member. */
export async function meetingContext(slug: string, meetingId: string) {
  const { user, access } = await meetingAccess(slug, meetingId);
  if (!access) notFoundPage();
  return { user, ...access };
}
