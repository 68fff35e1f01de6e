// `npm start`: PostgreSQL (embedded unless DATABASE_URL is set), migrations, demo data on an
// empty database, a production build when sources changed, then the server on PORT (3000).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { buildIfNeeded } from "./build-if-needed.ts";
import { portIsFree, startCluster, type Cluster } from "./db/cluster.ts";
import { DEMO_PASSWORD, CAPUCINE, OPERATOR, PONANT } from "./db/demo/accounts.ts";
import { applyMigrations } from "./db/engine.ts";
import { generateClient } from "./db/generate-client.ts";
import { dataDir, root } from "./paths.ts";
import { serverCommand } from "./server.ts";

const log = (line: string) => console.log(`[quorum] ${line}`);

function secrets(): { AUTH_SECRET: string } {
  if (process.env.AUTH_SECRET) return { AUTH_SECRET: process.env.AUTH_SECRET };
  const file = path.join(dataDir, "secrets.json");
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, "utf8"));
  const generated = { AUTH_SECRET: randomBytes(32).toString("base64url") };
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(generated, null, 2), { mode: 0o600 });
  log(`Generated AUTH_SECRET in ${path.relative(root, file)}`);
  return generated;
}

async function database(): Promise<{ url: string; cluster?: Cluster }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL };
  const wanted = Number(process.env.QUORUM_PG_PORT ?? 54329);
  const port = (await portIsFree(wanted)) ? wanted : undefined;
  log("Starting the embedded PostgreSQL…");
  const cluster = await startCluster({ dataDir: path.join(dataDir, "pgdata"), port, persistent: true });
  return { url: cluster.url, cluster };
}

function printAccounts(url: string) {
  const rows = [
    [OPERATOR.email, `${OPERATOR.name} — instance operator`],
    ...PONANT.people.map((p) => [p.email, `${p.name} — ${PONANT.name}`]),
    ...CAPUCINE.people.map((p) => [p.email, `${p.name} — ${CAPUCINE.name}`]),
  ];
  log(`Quorum is ready at ${url}`);
  log(`Demo accounts (password for all: ${DEMO_PASSWORD}):`);
  for (const [email, who] of rows) console.log(`    ${email.padEnd(28)} ${who}`);
}

async function main() {
  generateClient();
  const { url, cluster } = await database();
  const stop = async () => {
    await cluster?.stop().catch(() => undefined);
  };
  try {
    const applied = await applyMigrations(url);
    log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");
    // Imported once the client is generated: a fresh clone has none yet.
    const { seedDemo } = await import("./db/seed.ts");
    if ((await seedDemo(url)) === "seeded") log("Loaded the demo associations.");
  } catch (error) {
    await stop();
    throw error;
  }
  const port = process.env.PORT ?? "3000";
  const env = {
    ...process.env,
    ...secrets(),
    DATABASE_URL: url,
    PORT: port,
    QUORUM_URL: process.env.QUORUM_URL ?? `http://localhost:${port}`,
    NODE_ENV: "production" as const,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (buildIfNeeded(env)) log("Built the production server.");
  const [command, args, serverEnv] = serverCommand();
  const server = spawn(command, args, { cwd: root, env: { ...serverEnv, ...env, HOSTNAME: process.env.QUORUM_HOST ?? "0.0.0.0" }, stdio: ["ignore", "inherit", "inherit"] });
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    server.kill("SIGTERM");
    await stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  server.on("exit", (code) => void shutdown(code ?? 1));
  const base = `http://localhost:${port}`;
  for (let i = 0; i < 120; i++) {
    const up = await fetch(`${base}/api/health`).then((r) => r.ok).catch(() => false);
    if (up) return printAccounts(base);
    await new Promise((r) => setTimeout(r, 500));
  }
  log("The server did not answer on /api/health within a minute.");
}

await main();
