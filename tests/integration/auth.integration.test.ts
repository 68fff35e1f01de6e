import { describe, expect, it } from "vitest";
import { requestPasswordReset, resetPassword, verifyCredentials } from "@/features/auth/commands";
import { THROTTLE } from "@/features/auth/rules";
import { db } from "@/lib/db";
import { makeUser, TEST_PASSWORD } from "./factories";

const now = new Date("2026-03-10T09:00:00Z");

describe("signing in", () => {
  it("accepts the right password and refuses a wrong one or an unknown e-mail", async () => {
    const user = await makeUser({ email: "ana@example.org" });
    expect(await verifyCredentials("ana@example.org", TEST_PASSWORD, null, now)).toMatchObject({ ok: true, user: { id: user.id } });
    expect(await verifyCredentials("ana@example.org", "wrong password", null, now)).toEqual({ ok: false, reason: "BAD_CREDENTIALS" });
    expect(await verifyCredentials("nobody@example.org", TEST_PASSWORD, null, now)).toEqual({ ok: false, reason: "BAD_CREDENTIALS" });
  });

  it("refuses the account for a while after repeated failures, even with the right password", async () => {
    await makeUser({ email: "target@example.org" });
    for (let i = 0; i < THROTTLE.lockAfter; i++) await verifyCredentials("target@example.org", `guess ${i}`, null, now);
    expect(await verifyCredentials("target@example.org", TEST_PASSWORD, null, now)).toEqual({ ok: false, reason: "LOCKED", minutes: 15 });
    const later = new Date(now.getTime() + THROTTLE.lockMs);
    expect((await verifyCredentials("target@example.org", TEST_PASSWORD, null, later)).ok).toBe(true);
  }, 60_000);
});

describe("password reset", () => {
  it("e-mails a link; the new password works, the old one and older sessions no longer do", async () => {
    const user = await makeUser({ email: "reset@example.org" });
    await requestPasswordReset("reset@example.org", "fr", now);
    const email = await db().outboxEmail.findFirstOrThrow({ where: { toEmail: "reset@example.org" } });
    const token = /reset-password\/([\w-]+)/.exec(email.text)?.[1];
    expect(token).toBeTruthy();
    const result = await resetPassword(now, { token: token!, password: "nouvelle phrase de passe", confirm: "nouvelle phrase de passe" });
    expect(result.ok).toBe(true);
    expect((await verifyCredentials("reset@example.org", "nouvelle phrase de passe", null, now)).ok).toBe(true);
    expect((await verifyCredentials("reset@example.org", TEST_PASSWORD, null, now)).ok).toBe(false);
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(2);
    expect(await resetPassword(now, { token: token!, password: "encore une autre", confirm: "encore une autre" })).toEqual({ ok: false, reason: "RESET_USED" });
  });

  it("says nothing and sends nothing for an unknown e-mail", async () => {
    await requestPasswordReset("ghost@example.org", "en", now);
    expect(await db().outboxEmail.count()).toBe(0);
  });

  it("refuses an expired link", async () => {
    await makeUser({ email: "slow@example.org" });
    await requestPasswordReset("slow@example.org", "fr", now);
    const email = await db().outboxEmail.findFirstOrThrow();
    const token = /reset-password\/([\w-]+)/.exec(email.text)![1];
    const later = new Date(now.getTime() + 61 * 60_000);
    expect(await resetPassword(later, { token, password: "nouvelle phrase de passe", confirm: "nouvelle phrase de passe" })).toEqual({ ok: false, reason: "RESET_EXPIRED" });
  });
});
