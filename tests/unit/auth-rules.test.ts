import { describe, expect, it } from "vitest";
import { afterFailure, minutesUntil, passwordProblem, THROTTLE, throttleDecision, type ThrottleState } from "@/features/auth/rules";

const start = new Date("2026-03-01T10:00:00Z");
const at = (ms: number) => new Date(start.getTime() + ms);

function fail(times: number, from: ThrottleState | null = null, now = start): ThrottleState | null {
  let state = from;
  for (let i = 0; i < times; i++) state = afterFailure(state, now);
  return state;
}

describe("sign-in throttling", () => {
  it("lets the first attempts through without delay", () => {
    expect(throttleDecision(null, start)).toEqual({ kind: "allow", delayMs: 0 });
    expect(throttleDecision(fail(THROTTLE.slowAfter - 1), start)).toEqual({ kind: "allow", delayMs: 0 });
  });

  it("slows down after a few failures, more with each one", () => {
    const a = throttleDecision(fail(THROTTLE.slowAfter), start);
    const b = throttleDecision(fail(THROTTLE.slowAfter + 2), start);
    expect(a.kind === "allow" && a.delayMs).toBeGreaterThan(0);
    expect(b.kind === "allow" && a.kind === "allow" && b.delayMs > a.delayMs).toBe(true);
  });

  it("refuses for a quarter of an hour at the limit, then forgets", () => {
    const locked = fail(THROTTLE.lockAfter);
    const decision = throttleDecision(locked, at(60_000));
    expect(decision).toEqual({ kind: "locked", until: at(THROTTLE.lockMs) });
    expect(throttleDecision(locked, at(THROTTLE.lockMs - 1)).kind).toBe("locked");
    expect(throttleDecision(locked, at(THROTTLE.lockMs)).kind).toBe("allow");
    // The next failure after the lock starts a new count.
    expect(afterFailure(locked, at(THROTTLE.lockMs + 1)).failures).toBe(1);
  });

  it("starts counting again once the window has passed", () => {
    const old = fail(THROTTLE.lockAfter - 1);
    expect(afterFailure(old, at(THROTTLE.windowMs)).failures).toBe(1);
    expect(throttleDecision(old, at(THROTTLE.windowMs))).toEqual({ kind: "allow", delayMs: 0 });
  });

  it("a limit of its own for addresses", () => {
    const state = fail(THROTTLE.lockAfter);
    expect(state?.lockedUntil).not.toBeNull();
    let shared: ThrottleState | null = null;
    for (let i = 0; i < THROTTLE.lockAfter; i++) shared = afterFailure(shared, start, { lockAfter: 50 });
    expect(shared?.lockedUntil).toBeNull();
  });

  it("rounds the wait up to whole minutes", () => {
    expect(minutesUntil(at(61_000), start)).toBe(2);
    expect(minutesUntil(at(1), start)).toBe(1);
  });
});

describe("password policy", () => {
  it.each([
    ["short", "a@b.org", "TOO_SHORT"],
    ["motdepasse123", "a@b.org", "TOO_COMMON"],
    ["AAAAAAAAAAAA", "a@b.org", "TOO_COMMON"],
    ["maelle.kerjean", "maelle.kerjean@ponant.example", "SAME_AS_EMAIL"],
    ["une phrase de passe", "a@b.org", null],
  ])("%s for %s: %s", (password, email, problem) => {
    expect(passwordProblem(password, email)).toBe(problem);
  });
});
