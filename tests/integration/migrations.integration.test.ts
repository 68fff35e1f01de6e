import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { pendingSchemaChange, schemaFromScratch } from "../../scripts/db/engine.ts";

/** Tables, columns, indexes and constraints of a database, in a comparable form. */
async function catalog(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const columns = await client.query(`
      SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || udt_name || ' null=' || is_nullable || ' default=' || coalesce(column_default, '') AS line
      FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`);
    const indexes = await client.query(`SELECT indexdef AS line FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`);
    const constraints = await client.query(`
      SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS line
      FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations'`);
    const enums = await client.query(`
      SELECT t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS line
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`);
    return [...columns.rows, ...indexes.rows, ...constraints.rows, ...enums.rows].map((r) => r.line as string).sort();
  } finally {
    await client.end();
  }
}

describe("migrations", () => {
  it("prisma/schema holds no change without its migration", async () => {
    // Non-empty means: run `npm run db:new-migration -- <name>` and commit what it writes.
    expect(await pendingSchemaChange(inject("databaseUrl"))).toBe("");
  });

  it("applied in order, they build exactly the database that prisma/schema describes", async () => {
    // Branches merged side by side each bring their migration: together they must add up.
    const migrated = inject("databaseUrl");
    const scratchUrl = new URL(migrated);
    scratchUrl.pathname = "/quorum_schema_check";
    const admin = new pg.Client({ connectionString: migrated });
    await admin.connect();
    await admin.query("DROP DATABASE IF EXISTS quorum_schema_check");
    await admin.query("CREATE DATABASE quorum_schema_check");
    await admin.end();
    const scratch = new pg.Client({ connectionString: scratchUrl.toString() });
    await scratch.connect();
    await scratch.query(await schemaFromScratch(scratchUrl.toString()));
    await scratch.end();
    expect(await catalog(migrated)).toEqual(await catalog(scratchUrl.toString()));
  });
});
