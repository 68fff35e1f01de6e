import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { countingAdapter, queryCountEnabled } from "./query-count";

export type Db = PrismaClient;
/** The client inside `db().$transaction(async (tx) => ...)`. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const holder = globalThis as unknown as { quorumDb?: PrismaClient };

/**
 * The pg driver adapter sends timestamps without an offset: a session in any other time zone
 * would store every instant shifted (prisma/orm#28629). Sessions are pinned to UTC.
 */
export const UTC_SESSION = "-c timezone=UTC";

// Created on first use, never at import: `next build` imports server modules without a database.
export function db(): PrismaClient {
  if (!holder.quorumDb) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set");
    const adapter = new PrismaPg({
      connectionString,
      options: UTC_SESSION,
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
    });
    // The benchmark counts SQL statements per request; otherwise the adapter is used as is.
    holder.quorumDb = new PrismaClient({ adapter: queryCountEnabled() ? countingAdapter(adapter) : adapter });
  }
  return holder.quorumDb;
}

export async function disconnectDb(): Promise<void> {
  await holder.quorumDb?.$disconnect();
  holder.quorumDb = undefined;
}
