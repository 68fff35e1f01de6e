/** Expected business outcomes are values, never exceptions. */
export type Ok<T> = { ok: true; value: T };
export type Refused<R extends string = string> = { ok: false; reason: R; detail?: Record<string, string | number> };
export type Result<T, R extends string = string> = Ok<T> | Refused<R>;

export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });
export const refuse = <R extends string>(reason: R, detail?: Record<string, string | number>): Refused<R> => ({
  ok: false,
  reason,
  ...(detail ? { detail } : {}),
});

/** Thrown inside a transaction to roll it back and still answer with a refusal. */
export class Refusal extends Error {
  constructor(readonly refused: Refused) {
    super(refused.reason);
  }
}
