// The bench's PostgreSQL: the one given by DATABASE_URL, or an embedded cluster kept in
// bench/data/pgdata (git ignores bench/data/).
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { portIsFree, startCluster } from "../../scripts/db/cluster.ts";

export const benchDataDir = path.resolve(import.meta.dirname, "../data");
const pgData = path.join(benchDataDir, "pgdata");

export type BenchDatabase = { url: string; embedded: boolean; dataDir?: string; stop: () => Promise<void> };

export async function openDatabase(url: string | undefined, log: (line: string) => void): Promise<BenchDatabase> {
  if (url) return { url, embedded: false, stop: async () => undefined };
  const wanted = 54_340;
  const port = (await portIsFree(wanted)) ? wanted : undefined;
  log(`starting the embedded PostgreSQL in ${path.relative(process.cwd(), pgData)}…`);
  const cluster = await startCluster({ dataDir: pgData, port, persistent: true });
  return { url: cluster.url, embedded: true, dataDir: pgData, stop: () => cluster.stop() };
}

/** Drops and recreates the bench's own database (embedded cluster only). */
export async function recreateDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

/** The postmaster's process id (first line of postmaster.pid), to pin it to a core. */
export function postmasterPid(dataDir: string): number | null {
  const file = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(file)) return null;
  return Number(fs.readFileSync(file, "utf8").split("\n")[0]) || null;
}
