import "server-only";
import type { z } from "zod";
import { enqueueEmail } from "@/features/notifications/commands";
import { recordAudit } from "@/lib/audit";
import { appUrl } from "@/lib/config";
import { db } from "@/lib/db";
import { translatorFor, type AppLocale } from "@/lib/i18n/messages";
import { hashPassword, verifyAgainstNobody, verifyPassword } from "@/lib/password";
import { ok, refuse, type Result } from "@/lib/result";
import { hashSecret, newSecret } from "@/lib/tokens";
import { inTransaction, type Ctx } from "@/lib/use-case";
import { afterFailure, minutesUntil, passwordProblem, PASSWORD_RESET_VALIDITY_MS, throttleDecision, THROTTLE, type ThrottleState } from "./rules";
import type { resetPasswordSchema } from "./schema";

// An address (shared by a whole office behind one router) gets more room than one account.
const ADDRESS_LIMITS = { lockAfter: 50 };

async function throttleState(key: string): Promise<ThrottleState | null> {
  return db().rateLimit.findUnique({ where: { key }, select: { failures: true, windowStart: true, lockedUntil: true } });
}

/** Counts a failure atomically in PostgreSQL, so the limit holds across Quorum processes. */
async function recordFailure(key: string, now: Date, limits = THROTTLE): Promise<void> {
  await db().$transaction(async (tx) => {
    await tx.$executeRaw`INSERT INTO "RateLimit" (key, failures, "windowStart") VALUES (${key}, 0, ${now}) ON CONFLICT (key) DO NOTHING`;
    const [state] = await tx.$queryRaw<ThrottleState[]>`
      SELECT failures, "windowStart", "lockedUntil" FROM "RateLimit" WHERE key = ${key} FOR UPDATE`;
    const next = afterFailure(state, now, limits);
    await tx.rateLimit.update({ where: { key }, data: next });
  });
}

export type SignInOutcome =
  | { ok: true; user: { id: string; email: string; name: string; sessionVersion: number } }
  | { ok: false; reason: "BAD_CREDENTIALS" }
  | { ok: false; reason: "LOCKED"; minutes: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Checks an e-mail and password. Failures are counted per e-mail and per address: after a few,
 * each attempt is slowed down; after more, the e-mail is refused for a quarter of an hour.
 */
export async function verifyCredentials(email: string, password: string, address: string | null, now: Date): Promise<SignInOutcome> {
  const keys = [{ key: `signin:email:${email}`, limits: THROTTLE }, ...(address ? [{ key: `signin:ip:${address}`, limits: { ...THROTTLE, ...ADDRESS_LIMITS } }] : [])];
  let delayMs = 0;
  for (const { key, limits } of keys) {
    const decision = throttleDecision(await throttleState(key), now, limits);
    if (decision.kind === "locked") return { ok: false, reason: "LOCKED", minutes: minutesUntil(decision.until, now) };
    delayMs = Math.max(delayMs, decision.delayMs);
  }
  if (delayMs > 0) await sleep(delayMs);
  const user = await db().user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true, sessionVersion: true } });
  const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstNobody(password);
  if (!user || !valid) {
    for (const { key, limits } of keys) await recordFailure(key, now, limits);
    return { ok: false, reason: "BAD_CREDENTIALS" };
  }
  await db().rateLimit.deleteMany({ where: { key: `signin:email:${email}` } });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}

/** Always answers the same way, so the form does not tell which e-mails have an account. */
export async function requestPasswordReset(email: string, locale: AppLocale, now: Date): Promise<void> {
  await db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email } });
    if (!user) return;
    const secret = newSecret();
    await tx.passwordReset.create({
      data: { userId: user.id, tokenHash: hashSecret(secret), expiresAt: new Date(now.getTime() + PASSWORD_RESET_VALIDITY_MS) },
    });
    const t = translatorFor(user.locale ?? locale);
    await enqueueEmail(tx, {
      associationId: null,
      to: user.email,
      subject: t("auth.emails.reset.subject"),
      text: t("auth.emails.reset.text", { name: user.name, link: `${appUrl()}/reset-password/${secret}`, minutes: PASSWORD_RESET_VALIDITY_MS / 60_000 }),
    });
  });
}

/** Sets a new password from an e-mailed link; every earlier session of the account ends. */
export async function resetPassword(now: Date, input: z.output<typeof resetPasswordSchema>): Promise<Result<{ email: string }>> {
  return inTransaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "PasswordReset" WHERE "tokenHash" = ${hashSecret(input.token)} FOR UPDATE`;
    if (!row) return refuse("RESET_INVALID");
    const reset = await tx.passwordReset.findUniqueOrThrow({ where: { id: row.id }, include: { user: true } });
    if (reset.usedAt) return refuse("RESET_USED");
    if (reset.expiresAt.getTime() <= now.getTime()) return refuse("RESET_EXPIRED");
    const problem = passwordProblem(input.password, reset.user.email);
    if (problem) return refuse(`PASSWORD_${problem}`);
    await tx.user.update({
      where: { id: reset.userId },
      data: { passwordHash: await hashPassword(input.password), sessionVersion: { increment: 1 } },
    });
    await tx.passwordReset.updateMany({ where: { userId: reset.userId, usedAt: null }, data: { usedAt: now } });
    await tx.rateLimit.deleteMany({ where: { key: `signin:email:${reset.user.email}` } });
    await recordAudit(tx, { associationId: null, actorUserId: reset.userId, entity: "User", entityId: reset.userId, action: "password.reset", at: now });
    return ok({ email: reset.user.email });
  });
}

export async function setUserLocale(ctx: Ctx, locale: AppLocale): Promise<void> {
  await db().user.update({ where: { id: ctx.userId }, data: { locale } });
}
