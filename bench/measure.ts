// The measuring half of `npm run bench` (bench/run.ts starts it pinned to its own core, with the
// database ready and the server built): starts the server, signs people in, measures, writes
// bench/results.md and exits non-zero when a budget is missed.
import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import type { DatasetInfo } from "./generate/run.ts";
import { openSql, pickAssociations, roleHolders, type BenchAssociation } from "./lib/data.ts";
import { firstLoadJs } from "./lib/first-load.ts";
import { forms, multipart } from "./lib/html.ts";
import { openLoop, saturate, type LoadResult, type RequestSpec } from "./lib/load.ts";
import { machine } from "./lib/machine.ts";
import { writeReport, BUDGETS, type CapacityStep, type Report, type TargetOutcome } from "./lib/report.ts";
import { cpuTimeMs, startServer, type Server } from "./lib/server.ts";
import { signIn } from "./lib/session.ts";
import { BENCH_PASSWORD } from "./generate/run.ts";
import { STATIC_FLOOR, TARGETS, type Role, type Target } from "./pages.ts";

export type MeasureOptions = {
  databaseUrl: string;
  port: number;
  seconds: number;
  warmupSeconds: number;
  connections: number;
  capacitySeconds: number;
  steps: number[];
  only: string[] | null;
  nodeFlags: string[] | null;
  serverCore: string | null;
  databaseNote: string;
  dataset: DatasetInfo | null;
  out: string;
  mixAssociations: number;
  /** The embedded PostgreSQL's postmaster, to count its CPU time. */
  databasePid: number | null;
  nextStart: boolean;
};

const options = JSON.parse(process.argv[2]) as MeasureOptions;
const log = (line: string) => console.log(`[bench] ${line}`);
const started = new Date();
const machineBefore = machine();

const { sql, close } = await openSql(options.databaseUrl);
const { large, small, mix } = await pickAssociations(sql, options.mixAssociations);
log(`large association: ${large.slug} (${large.meetings} meetings); small: ${small.slug} (${small.meetings} meetings)`);
const targets = TARGETS.filter((t) => !options.only || options.only.includes(t.key));
const env = { DATABASE_URL: options.databaseUrl, AUTH_SECRET: randomBytes(32).toString("base64url"), QUORUM_URL: `http://localhost:${options.port}` };

let server: Server | null = null;
const stopServer = async () => {
  await server?.stop();
  server = null;
};
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stopServer().then(() => process.exit(130)));

// Sessions survive server restarts (same AUTH_SECRET): each person signs in once.
const holders = new Map<string, Partial<Record<Role, string>>>();
const sessions = new Map<string, string>();
async function cookieFor(association: BenchAssociation, role: Role): Promise<string | null> {
  if (!holders.has(association.id)) holders.set(association.id, await roleHolders(sql, association.id));
  const email = holders.get(association.id)![role];
  if (!email) return null;
  if (!sessions.has(email)) sessions.set(email, await signIn(server!.base, email, BENCH_PASSWORD));
  return sessions.get(email)!;
}

type Prepared = { spec: RequestSpec; html: string } | { missing: string };

/** The request a target makes for an association, found on the running server. */
async function prepare(target: Target, association: BenchAssociation): Promise<Prepared> {
  const path = await target.path(association, sql);
  if (!path) return { missing: "no data for it yet (feature not merged)" };
  const cookie = await cookieFor(association, target.role);
  if (!cookie) return { missing: `no current ${target.role} in ${association.slug}` };
  const headers = { cookie, "accept-encoding": "gzip" };
  const page = await fetch(server!.base + path, { headers, redirect: "manual" });
  const html = await page.text();
  if (page.status === 404) return { missing: `not yet built (GET ${path.replace(association.slug, "{slug}")} → 404)` };
  if (page.status !== 200) throw new Error(`${target.key}: GET ${path} answered ${page.status}`);
  if (!target.action) return { spec: { method: "GET", path, headers }, html };
  const form = forms(html).find((f) => f.html.includes(target.action!.form));
  if (!form) return { missing: `not yet built (no form with ${target.action.form} on ${path.replace(association.slug, "{slug}")})` };
  const fields = form.fields.filter(([name]) => !(name in (target.action!.set ?? {})));
  const { body, contentType } = multipart([...fields, ...Object.entries(target.action.set ?? {})]);
  return { spec: { method: "POST", path: form.action || path, headers: { ...headers, "content-type": contentType, origin: server!.base }, body }, html };
}

/** SQL statements of one request, from the server's log (QUORUM_QUERY_COUNT=1). */
async function queryCount(spec: RequestSpec): Promise<number> {
  const id = randomUUID();
  const line = server!.waitForLine((l) => l.startsWith(`[query-count] ${id} `));
  const response = await fetch(server!.base + spec.path, { method: spec.method, headers: { ...spec.headers, "x-quorum-bench-id": id }, body: spec.body, redirect: "manual" });
  await response.arrayBuffer();
  if (response.status >= 400) throw new Error(`${spec.method} ${spec.path} answered ${response.status}`);
  return Number((await line).split(" ").at(-1));
}

const outcomes: TargetOutcome[] = targets.map((target) => ({ target, status: "not-built" }));
const mixSpecs: { spec: RequestSpec; weight: number; key: string }[] = [];
let floor: LoadResult | null = null;
const capacity: CapacityStep[] = [];
let memory = { idleKb: 0, peakRssKb: 0, peakHwmKb: 0 };

/** Runs a load and adds the server's and the database's CPU time per answered request. */
async function withCpu(run: () => Promise<LoadResult>): Promise<LoadResult> {
  const before = { server: cpuTimeMs(server!.pid), database: options.databasePid ? cpuTimeMs(options.databasePid) : 0 };
  const result = await run();
  const answered = Math.max(1, result.ok);
  result.serverCpuMs = (cpuTimeMs(server!.pid) - before.server) / answered;
  if (options.databasePid) result.databaseCpuMs = (cpuTimeMs(options.databasePid) - before.database) / answered;
  return result;
}

try {
  // 1. Queries per page and first-load JavaScript, on a server that counts SQL statements.
  log("starting the server with query counting…");
  server = await startServer({ port: options.port, env: { ...env, QUORUM_QUERY_COUNT: "1" }, core: options.serverCore, nodeFlags: options.nodeFlags ?? undefined, nextStart: options.nextStart });
  for (const outcome of outcomes) {
    const { target } = outcome;
    const onLarge = await prepare(target, large);
    if ("missing" in onLarge) {
      outcome.status = "not-built";
      outcome.note = onLarge.missing;
      log(`${target.key}: ${onLarge.missing}`);
      continue;
    }
    outcome.status = "measured";
    outcome.path = onLarge.spec.path.replace(large.slug, "{slug}");
    outcome.spec = onLarge.spec;
    if (target.memberPage) outcome.firstLoad = firstLoadJs(onLarge.html);
    const onSmall = await prepare(target, small);
    // Warm first: the counts are those of a running server.
    for (let i = 0; i < 2; i++) await queryCount(onLarge.spec);
    const largeCount = await queryCount(onLarge.spec);
    let smallCount: number | null = null;
    if (!("missing" in onSmall)) {
      for (let i = 0; i < 2; i++) await queryCount(onSmall.spec);
      smallCount = await queryCount(onSmall.spec);
    }
    outcome.queries = { large: largeCount, small: smallCount };
    log(`${target.key}: ${largeCount} queries (small association: ${smallCount ?? "n/a"})${outcome.firstLoad ? `, first-load JS ${(outcome.firstLoad.bytes / 1000).toFixed(1)} kB` : ""}`);
    if (target.weight > 0) {
      for (const association of mix) {
        const prepared = association.id === large.id ? onLarge : await prepare(target, association);
        if (!("missing" in prepared)) mixSpecs.push({ spec: prepared.spec, weight: target.weight, key: target.key });
      }
    }
  }
  await stopServer();

  // 2. Throughput, latency, capacity and memory, on a plain production server.
  log("starting the server…");
  server = await startServer({ port: options.port, env, core: options.serverCore, nodeFlags: options.nodeFlags ?? undefined, nextStart: options.nextStart });
  await new Promise((r) => setTimeout(r, 1000));
  memory.idleKb = server.memory.sample().rssKb;
  const saturation = { connections: options.connections, seconds: options.seconds, warmupSeconds: options.warmupSeconds };
  floor = await withCpu(() => saturate(server!.base, { method: "GET", path: STATIC_FLOOR, headers: { "accept-encoding": "gzip" } }, { ...saturation, warmupSeconds: 0 }));
  log(`static floor ${STATIC_FLOOR}: ${floor.throughput.toFixed(0)} req/s, p95 ${floor.p95.toFixed(1)} ms`);
  for (const outcome of outcomes.filter((o) => o.status === "measured")) {
    outcome.saturation = await withCpu(() => saturate(server!.base, outcome.spec!, saturation));
    const s = outcome.saturation;
    log(`${outcome.target.key}: ${s.throughput.toFixed(0)} req/s (${((100 * s.throughput) / floor.throughput).toFixed(1)} % of floor), p50 ${s.p50.toFixed(1)} / p95 ${s.p95.toFixed(1)} / p99 ${s.p99.toFixed(1)} ms, CPU ${s.serverCpuMs!.toFixed(1)} ms server + ${s.databaseCpuMs?.toFixed(1) ?? "?"} ms database per request${s.errors ? `, ${s.errors} errors ${JSON.stringify(s.statuses)}` : ""}`);
  }
  const weighted = mixSpecs.flatMap((m) => Array.from({ length: m.weight }, () => m.spec));
  if (weighted.length) {
    // Up the steps until one is not held; when even the first is not, halve it to find what is.
    const steps = [...options.steps];
    for (let i = 0; i < steps.length; i++) {
      const users = steps[i];
      const rate = users / 10;
      const result = await withCpu(() => openLoop(server!.base, weighted, { rate, seconds: options.capacitySeconds, seed: String(users) }));
      // Latency counts from the planned send time: a server falling behind shows in p95 itself.
      const held = result.p95 < BUDGETS.p95Ms && result.errors === 0;
      capacity.push({ users, rate, result, held });
      log(`${users} users (${rate} req/s): ${result.throughput.toFixed(0)} req/s answered, p50 ${result.p50.toFixed(1)} / p95 ${result.p95.toFixed(1)} / p99 ${result.p99.toFixed(1)} ms, ${result.errors} errors → ${held ? "held" : "NOT held"}`);
      await new Promise((r) => setTimeout(r, 2000));
      if (held) continue;
      if (capacity.some((c) => c.held) || users <= 30) break;
      steps.splice(i + 1, steps.length, Math.floor(users / 2));
    }
  }
  server.memory.sample();
  memory = { ...memory, peakRssKb: server.memory.peakRssKb, peakHwmKb: server.memory.peakHwmKb };
} finally {
  await stopServer();
  await close();
}

const report: Report = {
  started,
  finished: new Date(),
  machine: machineBefore,
  loadAfter: machine().load,
  database: options.databaseNote,
  serverCore: options.serverCore,
  nodeFlags: options.nodeFlags,
  nextStart: options.nextStart,
  dataset: options.dataset,
  large,
  small,
  mix: mix.length,
  mixKeys: [...new Set(mixSpecs.map((m) => m.key))],
  saturationSettings: { connections: options.connections, seconds: options.seconds, warmupSeconds: options.warmupSeconds },
  capacitySeconds: options.capacitySeconds,
  floor: floor!,
  outcomes,
  capacity,
  memory,
};
const { failures, markdown } = writeReport(report);
fs.writeFileSync(options.out, markdown);
fs.mkdirSync("bench/data", { recursive: true });
fs.writeFileSync("bench/data/last-run.json", JSON.stringify({ ...report, outcomes: outcomes.map(({ spec: _spec, ...o }) => o) }, null, 1));
log(`wrote ${options.out}`);
if (failures.length) {
  log(`budgets missed:\n  - ${failures.join("\n  - ")}`);
  process.exit(1);
}
log("every budget met");
