// The server the browser tests talk to: a throwaway embedded PostgreSQL, migrated, and the
// production build of Quorum. Tests seed their own data through the URL written below.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildIfNeeded } from "../../scripts/build-if-needed.ts";
import { startCluster } from "../../scripts/db/cluster.ts";
import { applyMigrations } from "../../scripts/db/engine.ts";
import { generateClient } from "../../scripts/db/generate-client.ts";
import { root } from "../../scripts/paths.ts";
import { serverCommand } from "../../scripts/server.ts";
import { e2eStatePath } from "./state.ts";

const port = process.env.E2E_PORT ?? "3210";
generateClient();
const cluster = await startCluster({ dataDir: path.join(os.tmpdir(), `quorum-e2e-${process.pid}-${Date.now()}`), persistent: false });
await applyMigrations(cluster.url);
fs.mkdirSync(path.dirname(e2eStatePath), { recursive: true });
fs.writeFileSync(e2eStatePath, JSON.stringify({ databaseUrl: cluster.url }));

const env = {
  ...process.env,
  DATABASE_URL: cluster.url,
  AUTH_SECRET: randomBytes(32).toString("base64url"),
  PORT: port,
  QUORUM_URL: `http://localhost:${port}`,
  QUORUM_WORKER: "off",
  NODE_ENV: "production" as const,
  NEXT_TELEMETRY_DISABLED: "1",
};
buildIfNeeded(env);
const [command, args, serverEnv] = serverCommand();
const server = spawn(command, args, { cwd: root, env: { ...serverEnv, ...env, HOSTNAME: "0.0.0.0" }, stdio: "inherit" });

const stop = async () => {
  server.kill("SIGTERM");
  await cluster.stop().catch(() => undefined);
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
server.on("exit", stop);
