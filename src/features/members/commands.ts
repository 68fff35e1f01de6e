import "server-only";
import type { z } from "zod";
import { enqueueEmail } from "@/features/notifications/commands";
import { passwordProblem, INVITATION_VALIDITY_MS } from "@/features/auth/rules";
import { recordAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { isLocale } from "@/lib/i18n/messages";
import { hashPassword } from "@/lib/password";
import { ok, refuse, type Result } from "@/lib/result";
import { hashSecret, newSecret } from "@/lib/tokens";
import { inTransaction, type Ctx } from "@/lib/use-case";
import { todayIn } from "@/lib/zoned-time";
import { invitationEmail } from "./emails";
import { loadActor } from "./queries";
import { can, dayBefore, normalizeOffices, roleChangeProblem, termCovers, type Actor } from "./rules";
import type { acceptAsNewUserSchema, changeRoleSchema, endMembershipSchema, inviteSchema } from "./schema";

/** The actor, or a refusal: a non-member is told "not found", as if the association did not exist. */
export async function actorOrRefusal(tx: Tx, ctx: Ctx, associationId: string): Promise<Result<Actor>> {
  const actor = await loadActor(tx, ctx.userId, associationId, ctx.now);
  if (!actor || !actor.role) return refuse("NOT_FOUND");
  return ok(actor);
}

async function otherPresidentsOn(tx: Tx, associationId: string, userId: string, day: Date): Promise<number> {
  const terms = await tx.membership.findMany({
    where: { associationId, userId: { not: userId }, offices: { has: "PRESIDENT" } },
    select: { startsOn: true, endsOn: true },
  });
  return terms.filter((t) => termCovers(t, day)).length;
}

/**
 * A role change ends the current term the day before it takes effect and starts a new one,
 * so the board's composition on every past date stays on record.
 */
export async function changeMemberRole(ctx: Ctx, input: z.output<typeof changeRoleSchema>): Promise<Result<{ membershipId: string }>> {
  return inTransaction(async (tx) => {
    const acting = await actorOrRefusal(tx, ctx, input.associationId);
    if (!acting.ok) return acting;
    if (!can.manageRoles(acting.value)) return refuse("FORBIDDEN");
    // Locks the term: two presidents editing at once are serialized.
    const [term] = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Membership" WHERE id = ${input.membershipId}::uuid AND "associationId" = ${input.associationId}::uuid FOR UPDATE`;
    if (!term) return refuse("NOT_FOUND");
    const current = await tx.membership.findUniqueOrThrow({ where: { id: term.id }, include: { association: { select: { timezone: true } } } });
    const today = todayIn(ctx.now, current.association.timezone);
    const effectiveOn = input.effectiveOn ? new Date(`${input.effectiveOn}T00:00:00Z`) : today;
    if (!termCovers(current, effectiveOn)) return refuse("DATE_OUTSIDE_TERM");
    const next = { kind: input.kind, offices: normalizeOffices(input.offices) };
    const problem = roleChangeProblem(current, next, await otherPresidentsOn(tx, input.associationId, current.userId, effectiveOn));
    if (problem) return refuse(problem);
    const before = { kind: current.kind, offices: current.offices, startsOn: current.startsOn, endsOn: current.endsOn };
    let membershipId = current.id;
    if (current.startsOn.getTime() >= effectiveOn.getTime()) {
      await tx.membership.update({ where: { id: current.id }, data: next });
    } else {
      await tx.membership.update({ where: { id: current.id }, data: { endsOn: dayBefore(effectiveOn) } });
      const created = await tx.membership.create({
        data: { associationId: input.associationId, userId: current.userId, ...next, startsOn: effectiveOn, endsOn: current.endsOn },
      });
      membershipId = created.id;
    }
    await recordAudit(tx, {
      associationId: input.associationId,
      actorUserId: ctx.userId,
      entity: "Membership",
      entityId: current.userId,
      action: "role.change",
      before,
      after: { ...next, startsOn: effectiveOn, endsOn: current.endsOn },
      at: ctx.now,
    });
    return ok({ membershipId });
  });
}

/** A member leaves the association (end of term); their past terms stay on record. */
export async function endMembership(ctx: Ctx, input: z.output<typeof endMembershipSchema>): Promise<Result<null>> {
  return inTransaction(async (tx) => {
    const acting = await actorOrRefusal(tx, ctx, input.associationId);
    if (!acting.ok) return acting;
    if (!can.manageRoles(acting.value)) return refuse("FORBIDDEN");
    const current = await tx.membership.findFirst({ where: { id: input.membershipId, associationId: input.associationId } });
    if (!current) return refuse("NOT_FOUND");
    const endsOn = new Date(`${input.endsOn}T00:00:00Z`);
    if (endsOn.getTime() < current.startsOn.getTime()) return refuse("END_BEFORE_START");
    const problem = roleChangeProblem(current, { kind: "MEMBER", offices: [] }, await otherPresidentsOn(tx, input.associationId, current.userId, endsOn));
    if (problem === "LAST_PRESIDENT") return refuse(problem);
    await tx.membership.update({ where: { id: current.id }, data: { endsOn } });
    await recordAudit(tx, {
      associationId: input.associationId,
      actorUserId: ctx.userId,
      entity: "Membership",
      entityId: current.userId,
      action: "membership.end",
      before: { endsOn: current.endsOn },
      after: { endsOn },
      at: ctx.now,
    });
    return ok(null);
  });
}

export async function inviteMember(ctx: Ctx, input: z.output<typeof inviteSchema>): Promise<Result<{ invitationId: string; secret: string }>> {
  return inTransaction(async (tx) => {
    const acting = await actorOrRefusal(tx, ctx, input.associationId);
    if (!acting.ok) return acting;
    const actor = acting.value;
    if (!can.invite(actor)) return refuse("FORBIDDEN");
    const offices = normalizeOffices(input.offices);
    if (offices.length > 0 && !can.grantOffices(actor)) return refuse("OFFICES_PRESIDENT_ONLY");
    if (offices.length > 0 && input.kind === "MEMBER") return refuse("OFFICE_NEEDS_BOARD");
    const association = await tx.association.findUniqueOrThrow({ where: { id: input.associationId } });
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, locale: true } });
    if (existing) {
      const actorToday = todayIn(ctx.now, association.timezone);
      const terms = await tx.membership.findMany({ where: { associationId: association.id, userId: existing.id } });
      if (terms.some((t) => termCovers(t, actorToday))) return refuse("ALREADY_MEMBER");
    }
    // A new invitation replaces any earlier one to the same address.
    await tx.invitation.updateMany({
      where: { associationId: association.id, email: input.email, acceptedAt: null, expiresAt: { gt: ctx.now } },
      data: { expiresAt: ctx.now },
    });
    const secret = newSecret();
    const expiresAt = new Date(ctx.now.getTime() + INVITATION_VALIDITY_MS);
    const invitation = await tx.invitation.create({
      data: {
        associationId: association.id,
        email: input.email,
        name: input.name,
        kind: input.kind,
        offices,
        tokenHash: hashSecret(secret),
        expiresAt,
        invitedById: ctx.userId,
      },
    });
    const inviter = await tx.user.findUniqueOrThrow({ where: { id: ctx.userId }, select: { name: true } });
    await enqueueEmail(
      tx,
      invitationEmail({
        associationId: association.id,
        associationName: association.name,
        locale: existing?.locale && isLocale(existing.locale) ? existing.locale : association.locale,
        timezone: association.timezone,
        to: input.email,
        name: input.name,
        inviterName: inviter.name,
        secret,
        expiresAt,
      }),
    );
    await recordAudit(tx, {
      associationId: association.id,
      actorUserId: ctx.userId,
      entity: "Invitation",
      entityId: invitation.id,
      action: "invitation.create",
      after: { email: input.email, name: input.name, kind: input.kind, offices },
      at: ctx.now,
    });
    return ok({ invitationId: invitation.id, secret });
  });
}

type Accepted = { associationSlug: string; email: string };

/** Locks the invitation row so that a link is used once, even by two clicks at the same time. */
async function claimInvitation(tx: Tx, secret: string, now: Date) {
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Invitation" WHERE "tokenHash" = ${hashSecret(secret)} FOR UPDATE`;
  if (!row) return refuse("INVITATION_INVALID");
  const invitation = await tx.invitation.findUniqueOrThrow({ where: { id: row.id }, include: { association: true } });
  if (invitation.acceptedAt) return refuse("INVITATION_USED");
  if (invitation.expiresAt.getTime() <= now.getTime()) return refuse("INVITATION_EXPIRED");
  return ok(invitation);
}

async function joinAssociation(tx: Tx, invitation: { id: string; associationId: string; kind: "VOTING" | "ADVISORY" | "MEMBER"; offices: ("PRESIDENT" | "SECRETARY" | "TREASURER")[]; association: { timezone: string } }, userId: string, now: Date) {
  const today = todayIn(now, invitation.association.timezone);
  const terms = await tx.membership.findMany({ where: { associationId: invitation.associationId, userId } });
  if (terms.some((t) => termCovers(t, today))) return refuse("ALREADY_MEMBER");
  const membership = await tx.membership.create({
    data: { associationId: invitation.associationId, userId, kind: invitation.kind, offices: invitation.offices, startsOn: today },
  });
  await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: now } });
  await recordAudit(tx, {
    associationId: invitation.associationId,
    actorUserId: userId,
    entity: "Membership",
    entityId: userId,
    action: "invitation.accept",
    after: { membershipId: membership.id, kind: invitation.kind, offices: invitation.offices, startsOn: today },
    at: now,
  });
  return ok(null);
}

/** A signed-in person accepts an invitation sent to their own address. */
export async function acceptInvitation(ctx: Ctx, secret: string): Promise<Result<Accepted>> {
  return inTransaction(async (tx) => {
    const claimed = await claimInvitation(tx, secret, ctx.now);
    if (!claimed.ok) return claimed;
    const invitation = claimed.value;
    const user = await tx.user.findUniqueOrThrow({ where: { id: ctx.userId } });
    if (user.email !== invitation.email) return refuse("INVITATION_OTHER_EMAIL");
    const joined = await joinAssociation(tx, invitation, user.id, ctx.now);
    if (!joined.ok) return joined;
    return ok({ associationSlug: invitation.association.slug, email: user.email });
  });
}

/** Someone without an account accepts: the account is created with the invitation's address. */
export async function acceptInvitationAsNewUser(now: Date, input: z.output<typeof acceptAsNewUserSchema>): Promise<Result<Accepted>> {
  return inTransaction(async (tx) => {
    const claimed = await claimInvitation(tx, input.token, now);
    if (!claimed.ok) return claimed;
    const invitation = claimed.value;
    if (await tx.user.findUnique({ where: { email: invitation.email } })) return refuse("ACCOUNT_EXISTS");
    const problem = passwordProblem(input.password, invitation.email);
    if (problem) return refuse(`PASSWORD_${problem}`);
    const user = await tx.user.create({
      data: { email: invitation.email, name: input.name, passwordHash: await hashPassword(input.password), locale: invitation.association.locale },
    });
    await recordAudit(tx, {
      associationId: invitation.associationId,
      actorUserId: user.id,
      entity: "User",
      entityId: user.id,
      action: "user.create",
      after: { email: user.email, name: user.name },
      at: now,
    });
    const joined = await joinAssociation(tx, invitation, user.id, now);
    if (!joined.ok) return joined;
    return ok({ associationSlug: invitation.association.slug, email: user.email });
  });
}

