// Generates the Prisma client into src/generated/prisma when the schema is newer than it.
// Prisma's CLI insists on a schema-engine binary path even though `generate` never runs it.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

export function generateClient(force = false): boolean {
  const marker = path.join(root, "src/generated/prisma/client.ts");
  const schemaDir = path.join(root, "prisma/schema");
  const newestSchema = Math.max(...fs.readdirSync(schemaDir).map((f) => fs.statSync(path.join(schemaDir, f)).mtimeMs));
  if (!force && fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= newestSchema) return false;
  execFileSync(process.execPath, [path.join(root, "node_modules/prisma/build/index.js"), "generate"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
  return true;
}
