// Reads the generated data the bench needs: which associations to measure and who signs in.
import pg from "pg";
import type { Role } from "../pages.ts";

export type BenchAssociation = { id: string; slug: string; name: string; meetings: number; heldMeetings: number };
export type Sql = <T>(text: string, values?: unknown[]) => Promise<T[]>;

export async function openSql(url: string): Promise<{ sql: Sql; close: () => Promise<void> }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const sql: Sql = async <T>(text: string, values?: unknown[]) => (await client.query(text, values)).rows as T[];
  return { sql, close: () => client.end() };
}

/**
 * The association with the longest history (the bench's main one), the one with the shortest
 * (to check that queries per page do not grow with history), and a few long ones for the mix.
 */
export async function pickAssociations(sql: Sql, mixSize: number): Promise<{ large: BenchAssociation; small: BenchAssociation; mix: BenchAssociation[] }> {
  const rows = await sql<BenchAssociation>(`
    SELECT a.id, a.slug, a.name, count(m.id)::int AS meetings, count(m.id) FILTER (WHERE m.status = 'HELD')::int AS "heldMeetings"
    FROM "Association" a LEFT JOIN "Meeting" m ON m."associationId" = a.id
    GROUP BY a.id ORDER BY count(m.id) DESC, a."createdAt", a.slug`);
  if (!rows.length) throw new Error("the database holds no association: run npm run bench:generate");
  const withHistory = rows.filter((r) => r.heldMeetings > 0);
  return { large: rows[0], small: (withHistory.length ? withHistory : rows).at(-1)!, mix: rows.slice(0, mixSize) };
}

/** One current holder (term covering today) of each role in the association, by e-mail. */
export async function roleHolders(sql: Sql, associationId: string): Promise<Partial<Record<Role, string>>> {
  const terms = await sql<{ email: string; kind: string; offices: string[] | string }>(
    `SELECT u.email, m.kind, m.offices FROM "Membership" m JOIN "User" u ON u.id = m."userId"
     WHERE m."associationId" = $1 AND m."startsOn" <= current_date AND (m."endsOn" IS NULL OR m."endsOn" >= current_date)
     ORDER BY u.email`,
    [associationId],
  );
  const offices = (t: (typeof terms)[number]) => (Array.isArray(t.offices) ? t.offices : t.offices.replace(/[{}]/g, "").split(",").filter(Boolean));
  const first = (test: (t: (typeof terms)[number]) => boolean) => terms.find(test)?.email;
  return {
    president: first((t) => offices(t).includes("PRESIDENT")),
    secretary: first((t) => offices(t).includes("SECRETARY")),
    treasurer: first((t) => offices(t).includes("TREASURER")),
    voter: first((t) => t.kind === "VOTING" && offices(t).length === 0),
    advisory: first((t) => t.kind === "ADVISORY"),
    adherent: first((t) => t.kind === "MEMBER"),
  };
}
