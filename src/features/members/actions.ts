"use server";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { signIn } from "@/features/auth/auth";
import { requireUser } from "@/features/auth/session";
import { okState, parseForm, refusalState } from "@/lib/form-action";
import type { FormState } from "@/lib/form-state";
import { acceptInvitation, acceptInvitationAsNewUser, changeMemberRole, endMembership, inviteMember } from "./commands";
import { acceptAsNewUserSchema, acceptInvitationSchema, changeRoleSchema, endMembershipSchema, inviteSchema } from "./schema";

export async function changeRoleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(changeRoleSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await changeMemberRole({ userId: user.id, now: new Date() }, parsed.data);
  if (!result.ok) return refusalState(result, formData);
  return okState((await getTranslations("members"))("roleChanged"));
}

export async function endMembershipAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(endMembershipSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await endMembership({ userId: user.id, now: new Date() }, parsed.data);
  if (!result.ok) return refusalState(result, formData);
  return okState((await getTranslations("members"))("membershipEnded"));
}

export async function inviteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = await parseForm(inviteSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await inviteMember({ userId: user.id, now: new Date() }, parsed.data);
  if (!result.ok) return refusalState(result, formData);
  return okState((await getTranslations("members.invite"))("sent", { email: parsed.data.email }));
}

export async function acceptInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = await parseForm(acceptInvitationSchema, formData);
  if (!parsed.ok) return parsed.state;
  const user = await requireUser(`/invitations/${parsed.data.token}`);
  const result = await acceptInvitation({ userId: user.id, now: new Date() }, parsed.data.token);
  if (!result.ok) return refusalState(result);
  redirect(`/a/${result.value.associationSlug}`);
}

export async function acceptAsNewUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = await parseForm(acceptAsNewUserSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await acceptInvitationAsNewUser(new Date(), parsed.data);
  if (!result.ok) return refusalState(result, formData, result.reason.startsWith("PASSWORD_") ? "password" : undefined);
  await signIn("credentials", { email: result.value.email, password: parsed.data.password, redirectTo: `/a/${result.value.associationSlug}` });
  return { status: "idle" };
}
