import "server-only";
import { db } from "./db";

export async function databaseHealth(): Promise<{ status: "ok" | "degraded"; database: "up" | "down"; migrations?: number; latencyMs?: number }> {
  const started = performance.now();
  try {
    const [row] = await Promise.race([
      db().$queryRaw<{ count: bigint }[]>`SELECT count(*)::bigint AS count FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), 3_000)),
    ]);
    return { status: "ok", database: "up", migrations: Number(row.count), latencyMs: Math.round(performance.now() - started) };
  } catch {
    return { status: "degraded", database: "down" };
  }
}
