import "server-only";
import { db, type Tx } from "./db";
import { Refusal, type Result } from "./result";

/** Who acts and when: every use case takes it explicitly, never from cookies or headers. */
export type Ctx = { userId: string; now: Date };

/**
 * Runs a use case in one transaction. A refusal returned by `run` rolls everything back, so
 * bad input or a missing right changes nothing.
 */
export async function inTransaction<T>(run: (tx: Tx) => Promise<Result<T>>, options?: { isolation?: "Serializable" }): Promise<Result<T>> {
  try {
    return await db().$transaction(
      async (tx) => {
        const result = await run(tx);
        if (!result.ok) throw new Refusal(result);
        return result;
      },
      { isolationLevel: options?.isolation, timeout: 20_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (error instanceof Refusal) return error.refused;
    throw error;
  }
}
