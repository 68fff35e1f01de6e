// An instant written through Prisma is the same instant in PostgreSQL, whatever the session's
// or the server's time zone (the pg adapter sends timestamps without an offset).
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { makeAssociation } from "./factories";

describe("timestamps", () => {
  it("are stored as the instants they are, even when the server's zone is not UTC", async () => {
    const association = await makeAssociation();
    const admin = new pg.Client({ connectionString: inject("databaseUrl") });
    await admin.connect();
    try {
      // A server whose default zone is far from UTC, as on a machine set to Kathmandu.
      await admin.query(`ALTER DATABASE "${new URL(inject("databaseUrl")).pathname.slice(1)}" SET timezone TO 'Asia/Kathmandu'`);
      const { disconnectDb } = await import("@/lib/db");
      await disconnectDb(); // new connections take the new default
      const instant = new Date("2008-10-07T16:15:00.000Z");
      const meeting = await db().meeting.create({
        data: { associationId: association.id, title: "CA", startsAt: instant, endsAt: new Date(instant.getTime() + 3_600_000) },
      });
      const { rows } = await admin.query(`SELECT extract(epoch FROM "startsAt") * 1000 AS ms FROM "Meeting" WHERE id = $1`, [meeting.id]);
      expect(Number(rows[0].ms)).toBe(instant.getTime());
      expect((await db().meeting.findUniqueOrThrow({ where: { id: meeting.id } })).startsAt.toISOString()).toBe(instant.toISOString());
    } finally {
      await admin.query(`ALTER DATABASE "${new URL(inject("databaseUrl")).pathname.slice(1)}" RESET timezone`);
      await admin.end();
    }
  });
});
