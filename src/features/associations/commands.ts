import "server-only";
import type { z } from "zod";
import { invitationEmail } from "@/features/members/emails";
import { actorOrRefusal } from "@/features/members/commands";
import { can } from "@/features/members/rules";
import { enqueueEmail } from "@/features/notifications/commands";
import { INVITATION_VALIDITY_MS } from "@/features/auth/rules";
import { recordAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { ok, refuse, type Result } from "@/lib/result";
import { hashSecret, newSecret } from "@/lib/tokens";
import { inTransaction, type Ctx } from "@/lib/use-case";
import { quorumRuleProblem, slugFrom, slugProblem } from "./rules";
import type { createAssociationSchema, settingsSchema } from "./schema";

type NewAssociation = z.output<typeof createAssociationSchema>;

/** Creates the association and invites its first president, who then invites the others. */
async function insertAssociation(tx: Tx, input: NewAssociation, actorUserId: string | null, now: Date) {
  const slug = input.slug || slugFrom(input.name);
  const problem = slugProblem(slug);
  if (problem) return refuse(problem);
  if (await tx.association.findUnique({ where: { slug } })) return refuse("SLUG_TAKEN");
  const association = await tx.association.create({
    data: { name: input.name, slug, timezone: input.timezone, locale: input.locale },
  });
  const secret = newSecret();
  const expiresAt = new Date(now.getTime() + INVITATION_VALIDITY_MS);
  await tx.invitation.create({
    data: {
      associationId: association.id,
      email: input.presidentEmail,
      name: input.presidentName,
      kind: "VOTING",
      offices: ["PRESIDENT"],
      tokenHash: hashSecret(secret),
      expiresAt,
      invitedById: actorUserId ?? undefined,
    },
  });
  await enqueueEmail(
    tx,
    invitationEmail({
      associationId: association.id,
      associationName: association.name,
      locale: association.locale,
      timezone: association.timezone,
      to: input.presidentEmail,
      name: input.presidentName,
      inviterName: "Quorum",
      secret,
      expiresAt,
    }),
  );
  await recordAudit(tx, {
    associationId: association.id,
    actorUserId,
    entity: "Association",
    entityId: association.id,
    action: "association.create",
    after: { name: association.name, slug, presidentEmail: input.presidentEmail },
    at: now,
  });
  return ok({ id: association.id, slug, invitationSecret: secret });
}

export async function createAssociation(ctx: Ctx, input: NewAssociation): Promise<Result<{ id: string; slug: string; invitationSecret: string }>> {
  return inTransaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: ctx.userId }, select: { isOperator: true } });
    if (!user?.isOperator) return refuse("FORBIDDEN");
    return insertAssociation(tx, input, ctx.userId, ctx.now);
  });
}

/** For the instance operator's command line, where nobody is signed in. */
export async function createAssociationFromCommandLine(input: NewAssociation, now: Date) {
  return inTransaction((tx) => insertAssociation(tx, input, null, now));
}

export async function updateSettings(ctx: Ctx, input: z.output<typeof settingsSchema>): Promise<Result<null>> {
  return inTransaction(async (tx) => {
    const acting = await actorOrRefusal(tx, ctx, input.associationId);
    if (!acting.ok) return acting;
    if (!can.editSettings(acting.value)) return refuse("FORBIDDEN");
    const ruleOf = (kind: "NONE" | "FRACTION" | "COUNT", numerator: number, denominator: number, count: number | undefined) =>
      kind === "COUNT" ? { kind, count: count ?? 0 } : kind === "FRACTION" ? { kind, numerator, denominator } : { kind: "NONE" as const };
    const before = await tx.association.findUniqueOrThrow({ where: { id: input.associationId } });
    const assembly = {
      assemblyQuorumKind: input.assemblyQuorumKind ?? before.assemblyQuorumKind,
      assemblyQuorumNumerator: input.assemblyQuorumNumerator ?? before.assemblyQuorumNumerator,
      assemblyQuorumDenominator: input.assemblyQuorumDenominator ?? before.assemblyQuorumDenominator,
      assemblyQuorumCount: input.assemblyQuorumKind ? (input.assemblyQuorumCount ?? null) : before.assemblyQuorumCount,
    };
    const problem =
      quorumRuleProblem(ruleOf(input.quorumKind, input.quorumNumerator, input.quorumDenominator, input.quorumCount)) ??
      quorumRuleProblem(ruleOf(assembly.assemblyQuorumKind, assembly.assemblyQuorumNumerator, assembly.assemblyQuorumDenominator, assembly.assemblyQuorumCount ?? undefined));
    if (problem) return refuse(problem);
    const data = {
      name: input.name,
      address: input.address || null,
      timezone: input.timezone,
      locale: input.locale,
      approvalWindowDays: input.approvalWindowDays,
      quorumKind: input.quorumKind,
      quorumNumerator: input.quorumNumerator,
      quorumDenominator: input.quorumDenominator,
      quorumCount: input.quorumCount ?? null,
      ...assembly,
      publicMinutes: input.publicMinutes,
      fiscalYearStartMonth: input.fiscalYearStartMonth,
      membersSeeBudget: input.membersSeeBudget,
    };
    await tx.association.update({ where: { id: input.associationId }, data });
    await recordAudit(tx, {
      associationId: input.associationId,
      actorUserId: ctx.userId,
      entity: "Association",
      entityId: input.associationId,
      action: "settings.update",
      before: Object.fromEntries(Object.keys(data).map((k) => [k, before[k as keyof typeof before]])),
      after: data,
      at: ctx.now,
    });
    return ok(null);
  });
}
