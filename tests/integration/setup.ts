import { afterAll, beforeEach, inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.QUORUM_URL = "http://quorum.test";

const { db, disconnectDb } = await import("@/lib/db");

let tables: string[] | undefined;

/** Every test starts from empty tables (the migrations' own table excepted). */
beforeEach(async () => {
  tables ??= (
    await db().$queryRaw<{ tablename: string }[]>`
      SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`
  ).map((row) => `"${row.tablename}"`);
  if (tables.length) await db().$executeRawUnsafe(`TRUNCATE ${tables.join(", ")} RESTART IDENTITY CASCADE`);
});

afterAll(async () => {
  await disconnectDb();
});
