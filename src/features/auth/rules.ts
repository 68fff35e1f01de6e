// Sign-in throttling and password policy: pure rules, no clock of their own.

export type ThrottleState = { failures: number; windowStart: Date; lockedUntil: Date | null };

export type ThrottleLimits = { lockAfter: number };

export const THROTTLE: { windowMs: number; slowAfter: number; delayStepMs: number; maxDelayMs: number; lockAfter: number; lockMs: number } = {
  /** Failures are counted over this window. */
  windowMs: 15 * 60_000,
  /** From this many failures, each attempt waits a little longer. */
  slowAfter: 3,
  delayStepMs: 500,
  maxDelayMs: 3_000,
  /** At this many failures the key is refused for `lockMs`. */
  lockAfter: 8,
  lockMs: 15 * 60_000,
};

export type ThrottleDecision = { kind: "allow"; delayMs: number } | { kind: "locked"; until: Date };

export function throttleDecision(state: ThrottleState | null, now: Date, limits: { lockAfter: number } = THROTTLE): ThrottleDecision {
  if (!state) return { kind: "allow", delayMs: 0 };
  if (state.lockedUntil && state.lockedUntil.getTime() > now.getTime()) return { kind: "locked", until: state.lockedUntil };
  const failures = windowExpired(state, now) ? 0 : state.failures;
  if (failures >= limits.lockAfter) return { kind: "allow", delayMs: THROTTLE.maxDelayMs };
  const over = failures - THROTTLE.slowAfter + 1;
  return { kind: "allow", delayMs: over > 0 ? Math.min(over * THROTTLE.delayStepMs, THROTTLE.maxDelayMs) : 0 };
}

export function afterFailure(state: ThrottleState | null, now: Date, limits: { lockAfter: number } = THROTTLE): ThrottleState {
  const fresh = !state || windowExpired(state, now) || (state.lockedUntil !== null && state.lockedUntil.getTime() <= now.getTime());
  const failures = fresh ? 1 : state.failures + 1;
  const windowStart = fresh ? now : state.windowStart;
  const lockedUntil = failures >= limits.lockAfter ? new Date(now.getTime() + THROTTLE.lockMs) : null;
  return { failures, windowStart, lockedUntil };
}

function windowExpired(state: ThrottleState, now: Date): boolean {
  return now.getTime() - state.windowStart.getTime() >= THROTTLE.windowMs;
}

/** Minutes to show in "try again in N minutes", never zero. */
export function minutesUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}

export const PASSWORD_MIN_LENGTH = 10;

// The most common passwords of public breach lists that reach ten characters.
const COMMON_PASSWORDS = new Set([
  "1234567890", "0123456789", "123456789a", "qwertyuiop", "azertyuiop", "password12", "password123",
  "motdepasse", "motdepasse1", "motdepasse123", "1q2w3e4r5t", "qwerty1234", "azerty1234", "iloveyou12",
  "abcdefghij", "aaaaaaaaaa", "0000000000", "1111111111", "1234512345", "9876543210", "passw0rd12",
  "administrateur", "administrator", "bienvenue1", "bienvenue123", "welcome123", "soleil1234",
  "football12", "letmein123", "changeme12", "association", "association1", "qwertyuiop1",
]);

export type PasswordProblem = "TOO_SHORT" | "TOO_COMMON" | "SAME_AS_EMAIL";

export function passwordProblem(password: string, email: string): PasswordProblem | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return "TOO_SHORT";
  const lowered = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lowered) || /^(.)\1+$/.test(password)) return "TOO_COMMON";
  if (lowered === email.toLowerCase() || lowered === email.toLowerCase().split("@")[0]) return "SAME_AS_EMAIL";
  return null;
}

/** Invitation and reset links. */
export const INVITATION_VALIDITY_MS = 7 * 24 * 3_600_000;
export const PASSWORD_RESET_VALIDITY_MS = 60 * 60_000;
