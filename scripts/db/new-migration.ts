// `npm run db:new-migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// from the difference between the last migration's schema snapshot and prisma/schema.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startCluster } from "./cluster.ts";
import { migrationsDir, pendingSchemaChange, writeSnapshot } from "./engine.ts";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
if (!name) {
  console.error("Usage: npm run db:new-migration -- <name>");
  process.exit(1);
}
// The engine needs a connection even to diff two schema files; a throwaway cluster serves.
const cluster = await startCluster({ dataDir: path.join(os.tmpdir(), `quorum-diff-${process.pid}`), persistent: false });
try {
  const sql = await pendingSchemaChange(cluster.url);
  if (!sql.trim()) {
    console.log("No schema change: nothing written.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(migrationsDir, `${stamp}_${name}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "migration.sql"), sql);
    writeSnapshot();
    console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
  }
} finally {
  await cluster.stop();
}
