import { describe, expect, it } from "vitest";
import { afterAttempt, MAX_ATTEMPTS, retryDelayMs } from "@/features/notifications/rules";

const now = new Date("2026-05-01T08:00:00Z");

describe("outbox retries", () => {
  it("marks a delivered e-mail sent", () => {
    expect(afterAttempt(0, null, now)).toEqual({ status: "SENT", sentAt: now });
  });

  it("waits longer after each failure, up to six hours", () => {
    expect(retryDelayMs(1)).toBe(60_000);
    expect(retryDelayMs(2)).toBe(240_000);
    expect(retryDelayMs(20)).toBe(6 * 3_600_000);
    expect(afterAttempt(1, "timeout", now)).toEqual({ status: "PENDING", nextAttemptAt: new Date(now.getTime() + 240_000), lastError: "timeout" });
  });

  it("gives up after the last attempt", () => {
    expect(afterAttempt(MAX_ATTEMPTS - 1, "refused", now)).toEqual({ status: "FAILED", lastError: "refused" });
  });
});
