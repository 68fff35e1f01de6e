// `npm run bench`: builds the production server, makes sure the generated data is there
// (embedded PostgreSQL in bench/data/ unless DATABASE_URL is given), then runs bench/measure.ts
// pinned to core 1 while the server (and the embedded database) run on core 0.
// Options: see bench/README.md. Not part of `npm test`.
import { spawn } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildIfNeeded } from "../scripts/build-if-needed.ts";
import { applyMigrations } from "../scripts/db/engine.ts";
import { generateClient } from "../scripts/db/generate-client.ts";
import { root } from "../scripts/paths.ts";
import { datasetInfo, generate, todayUtc } from "./generate/run.ts";
import { openDatabase, postmasterPid, recreateDatabase } from "./lib/database.ts";
import { hasTaskset } from "./lib/machine.ts";
import { pinProcessTree } from "./lib/server.ts";
import type { MeasureOptions } from "./measure.ts";

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    seed: { type: "string" },
    associations: { type: "string" },
    years: { type: "string" },
    regenerate: { type: "boolean", default: false },
    seconds: { type: "string" },
    warmup: { type: "string" },
    connections: { type: "string", default: "8" },
    "capacity-seconds": { type: "string" },
    steps: { type: "string" },
    only: { type: "string" },
    port: { type: "string", default: "4870" },
    "no-build": { type: "boolean", default: false },
    "node-flags": { type: "string" },
    "next-start": { type: "boolean", default: false },
    "server-core": { type: "string", default: "0" },
    "bench-core": { type: "string", default: "1" },
    "db-core": { type: "string", default: "0" },
    out: { type: "string", default: "bench/results.md" },
  },
});

const log = (line: string) => console.log(`[bench] ${line}`);
const quick = values.quick;
const pin = hasTaskset() && (await import("node:os")).cpus().length >= 2;
if (!pin) log("taskset or a second core is missing: nothing is pinned, figures mix server and load generator");

generateClient();
if (!values["no-build"]) {
  log("building the production server (when sources changed)…");
  if (buildIfNeeded({ ...process.env, NODE_ENV: "production" })) log("built.");
}

const database = await openDatabase(process.env.DATABASE_URL, log);
let child: ReturnType<typeof spawn> | null = null;
const cleanup = async () => {
  child?.kill("SIGTERM");
  await database.stop().catch(() => undefined);
};
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void cleanup().then(() => process.exit(130)));

let exitCode = 1;
try {
  await applyMigrations(database.url);
  let dataset = await datasetInfo(database.url);
  const wanted = {
    seed: Number(values.seed ?? dataset?.seed ?? 1),
    associations: Number(values.associations ?? dataset?.associations ?? 1000),
    years: Number(values.years ?? dataset?.years ?? 10),
  };
  const differs = dataset && (dataset.seed !== wanted.seed || dataset.associations !== wanted.associations || dataset.years !== wanted.years);
  if (!dataset || values.regenerate || differs) {
    if (!database.embedded && (dataset || values.regenerate)) throw new Error("DATABASE_URL already holds bench data: regenerate it with npm run bench:generate -- --reset");
    log(`generating the data: ${wanted.associations} associations, ${wanted.years} years, seed ${wanted.seed}…`);
    if (database.embedded) await recreateDatabase(database.url);
    dataset = await generate({ ...wanted, today: todayUtc(), databaseUrl: database.url });
  } else {
    log(`data: ${dataset.associations} associations, ${dataset.years} years, seed ${dataset.seed}, up to ${dataset.today}`);
  }
  const databasePid = database.dataDir ? postmasterPid(database.dataDir) : null;
  if (pin && databasePid && values["db-core"] !== "none") pinProcessTree(databasePid, values["db-core"]!);

  const options: MeasureOptions = {
    databaseUrl: database.url,
    port: Number(values.port),
    seconds: Number(values.seconds ?? (quick ? 4 : 10)),
    warmupSeconds: Number(values.warmup ?? (quick ? 1 : 3)),
    connections: Number(values.connections),
    capacitySeconds: Number(values["capacity-seconds"] ?? (quick ? 6 : 20)),
    steps: (values.steps ?? (quick ? "250,500,1000,1500,2000" : "250,500,1000,1500,2000,3000,4000")).split(",").map(Number),
    only: values.only ? values.only.split(",") : null,
    nodeFlags: values["node-flags"] === undefined ? null : values["node-flags"].split(" ").filter(Boolean),
    serverCore: pin ? values["server-core"]! : null,
    databaseNote: database.embedded
      ? `embedded PostgreSQL (bench/data/pgdata)${pin && values["db-core"] !== "none" ? `, pinned to core ${values["db-core"]} with the server` : ""}`
      : "DATABASE_URL (not pinned)",
    dataset,
    out: path.resolve(root, values.out!),
    mixAssociations: 8,
    databasePid,
    nextStart: values["next-start"]!,
  };
  const measure = path.join(root, "bench/measure.ts");
  const args = [...process.execArgv, measure, JSON.stringify(options)];
  child = pin ? spawn("taskset", ["-c", values["bench-core"]!, process.execPath, ...args], { stdio: "inherit", cwd: root }) : spawn(process.execPath, args, { stdio: "inherit", cwd: root });
  exitCode = await new Promise<number>((resolve) => child!.once("exit", (code) => resolve(code ?? 1)));
  child = null;
} finally {
  await cleanup();
}
process.exit(exitCode);
