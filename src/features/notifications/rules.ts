// When a failed e-mail is tried again, and when the outbox gives up on it.

export const MAX_ATTEMPTS = 6;

/** 1, 4, 16, 64 minutes… capped at six hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 4 ** Math.max(0, attempts - 1), 6 * 3_600_000);
}

export type DeliveryOutcome =
  | { status: "SENT"; sentAt: Date }
  | { status: "PENDING"; nextAttemptAt: Date; lastError: string }
  | { status: "FAILED"; lastError: string };

export function afterAttempt(attemptsBefore: number, error: string | null, now: Date): DeliveryOutcome {
  if (error === null) return { status: "SENT", sentAt: now };
  const attempts = attemptsBefore + 1;
  if (attempts >= MAX_ATTEMPTS) return { status: "FAILED", lastError: error };
  return { status: "PENDING", nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)), lastError: error };
}
