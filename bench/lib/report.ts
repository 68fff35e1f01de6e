// bench/results.md: the figures, the machine, the data, and which budgets were missed.
import type { DatasetInfo } from "../generate/run.ts";
import type { Target } from "../pages.ts";
import type { BenchAssociation } from "./data.ts";
import type { LoadResult, RequestSpec } from "./load.ts";
import type { Machine } from "./machine.ts";

/** The budgets of issue 8 (kB = 1,000 bytes). */
export const BUDGETS = { users: 1000, p95Ms: 100, rssMb: 250, firstLoadKb: 130 };

export type TargetOutcome = {
  target: Target;
  status: "measured" | "not-built";
  note?: string;
  path?: string;
  spec?: RequestSpec;
  queries?: { large: number; small: number | null };
  firstLoad?: { bytes: number; brotli?: number; chunks: { chunk: string; bytes: number }[] };
  saturation?: LoadResult;
};
export type CapacityStep = { users: number; rate: number; result: LoadResult; held: boolean };

export type Report = {
  started: Date;
  finished: Date;
  machine: Machine;
  loadAfter: number[];
  database: string;
  serverCore: string | null;
  nodeFlags: string[] | null;
  nextStart: boolean;
  dataset: DatasetInfo | null;
  large: BenchAssociation;
  small: BenchAssociation;
  mix: number;
  mixKeys: string[];
  saturationSettings: { connections: number; seconds: number; warmupSeconds: number };
  capacitySeconds: number;
  floor: LoadResult;
  outcomes: TargetOutcome[];
  capacity: CapacityStep[];
  memory: { idleKb: number; peakRssKb: number; peakHwmKb: number };
};

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "–");
const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const mb = (kib: number) => (kib / 1024).toFixed(0);
const cpu = (r: LoadResult) => (r.serverCpuMs === undefined ? "–" : `${r.serverCpuMs.toFixed(2)} + ${r.databaseCpuMs?.toFixed(2) ?? "?"}`);

export function writeReport(r: Report): { failures: string[]; markdown: string } {
  const failures: string[] = [];
  const measured = r.outcomes.filter((o) => o.status === "measured");
  const heldUsers = Math.max(0, ...r.capacity.filter((s) => s.held).map((s) => s.users));
  if (heldUsers < BUDGETS.users) failures.push(`capacity: ${heldUsers} simultaneous users held with p95 < ${BUDGETS.p95Ms} ms (budget ≥ ${BUDGETS.users})`);
  const peakMb = Math.max(r.memory.peakRssKb, r.memory.peakHwmKb) / 1024;
  if (peakMb >= BUDGETS.rssMb) failures.push(`memory: server peak RSS ${peakMb.toFixed(0)} MB (budget < ${BUDGETS.rssMb} MB)`);
  for (const o of measured) {
    if (o.firstLoad && o.firstLoad.bytes >= BUDGETS.firstLoadKb * 1000) failures.push(`first-load JS of ${o.target.key}: ${kb(o.firstLoad.bytes)} kB (budget < ${BUDGETS.firstLoadKb} kB)`);
    if (o.queries && o.queries.small !== null && o.queries.small !== o.queries.large)
      failures.push(`SQL queries of ${o.target.key} grow with history: ${o.queries.small} (1 year) → ${o.queries.large} (${r.dataset?.years ?? "?"} years)`);
    if (o.saturation && o.saturation.errors > 0) failures.push(`${o.target.key}: ${o.saturation.errors} failed requests (${JSON.stringify(o.saturation.statuses)})`);
  }

  const lines: string[] = [];
  const add = (...more: string[]) => lines.push(...more);
  add(
    "# Benchmark results",
    "",
    `Written by \`npm run bench\` on ${r.started.toISOString().slice(0, 16).replace("T", " ")} UTC (${Math.round((r.finished.getTime() - r.started.getTime()) / 1000)} s). Notes and the figures before and after each change: [notes.md](notes.md).`,
    "",
    "## Budgets",
    "",
    "| budget | measured | |",
    "|---|---|---|",
    `| ≥ ${BUDGETS.users} simultaneous users (one request every 10 s each) with p95 < ${BUDGETS.p95Ms} ms, server on one core | ${heldUsers} users | ${heldUsers >= BUDGETS.users ? "✅" : "❌"} |`,
    `| server RSS < ${BUDGETS.rssMb} MB (peak during the run) | ${peakMb.toFixed(0)} MB | ${peakMb < BUDGETS.rssMb ? "✅" : "❌"} |`,
    `| first-load JS < ${BUDGETS.firstLoadKb} kB gzip on every member page | max ${kb(Math.max(0, ...measured.map((o) => o.firstLoad?.bytes ?? 0)))} kB | ${measured.every((o) => !o.firstLoad || o.firstLoad.bytes < BUDGETS.firstLoadKb * 1000) ? "✅" : "❌"} |`,
    `| SQL queries per page constant in history size | ${measured.filter((o) => o.queries?.small !== null && o.queries?.small === o.queries?.large).length}/${measured.filter((o) => o.queries?.small !== null).length} constant | ${measured.every((o) => !o.queries || o.queries.small === null || o.queries.small === o.queries.large) ? "✅" : "❌"} |`,
    "",
    failures.length ? `**Missed:** ${failures.join("; ")}.` : "**Every budget is met.**",
    "",
    "## Machine and data",
    "",
    `- CPU: ${r.machine.cpu}, ${r.machine.cores} cores; RAM ${r.machine.memoryGb} GB; ${r.machine.kernel}; Node ${r.machine.node}.`,
    `- Load average before / after the run: ${r.machine.load.join(", ")} / ${r.loadAfter.join(", ")} (the machine may be shared: figures are noisy).`,
    `- Server: production build (${r.nextStart ? "`next start`" : "standalone"}), ${r.serverCore === null ? "not pinned" : `pinned to core ${r.serverCore} (\`taskset\`)`}, node flags \`${(r.nodeFlags ?? ["(default: scripts/server.ts)"]).join(" ") || "(none)"}\`; load generator pinned to the other core.`,
    `- Database: ${r.database}.`,
    r.dataset
      ? `- Data: seed ${r.dataset.seed}, ${r.dataset.associations.toLocaleString("en")} associations, up to ${r.dataset.years} years of history up to ${r.dataset.today}; ${Object.entries(r.dataset.rows)
          .map(([t, n]) => `${n.toLocaleString("en")} ${t}`)
          .join(", ")} (generated in ${r.dataset.seconds} s).`
      : "- Data: not generated by bench:generate (no dataset record).",
    `- Measured association: \`${r.large.slug}\` (${r.large.meetings} meetings); history-size check against \`${r.small.slug}\` (${r.small.meetings} meetings); capacity mix over the ${r.mix} associations with the longest history.`,
    "",
    "## Throughput and latency at saturation",
    "",
    `${r.saturationSettings.connections} connections as fast as the server answers, ${r.saturationSettings.seconds} s after ${r.saturationSettings.warmupSeconds} s of warm-up (autocannon). Floor: the static file ${"`"}/robots.txt${"`"} of the same server, same run.`,
    "",
    "CPU ms per request: CPU time of the server process (and of the embedded database's processes) during the run divided by the requests answered; steadier than req/s on a shared machine.",
    "",
    "| page or action | role | req/s | share of floor | p50 ms | p95 ms | p99 ms | CPU ms/req server + db | SQL queries (large / 1-year) | first-load JS kB |",
    "|---|---|---:|---:|---:|---:|---:|---:|---|---:|",
    `| static floor \`/robots.txt\` | – | ${r.floor.throughput.toFixed(0)} | 100 % | ${ms(r.floor.p50)} | ${ms(r.floor.p95)} | ${ms(r.floor.p99)} | ${cpu(r.floor)} | – | – |`,
    ...r.outcomes.map((o) => {
      if (o.status !== "measured" || !o.saturation) return `| ${o.target.label} | ${o.target.role} | not yet built | | | | | | | ${o.note ? `_${o.note}_` : ""} |`;
      const s = o.saturation;
      const q = o.queries ? `${o.queries.large} / ${o.queries.small ?? "–"}${o.queries.small !== null && o.queries.small !== o.queries.large ? " ❌" : ""}` : "–";
      return `| ${o.target.label} \`${o.path}\` | ${o.target.role} | ${s.throughput.toFixed(0)} | ${((100 * s.throughput) / r.floor.throughput).toFixed(1)} % | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${cpu(s)} | ${q} | ${o.firstLoad ? kb(o.firstLoad.bytes) : "–"} |`;
    }),
    "",
    "## Capacity: simultaneous users",
    "",
    `Each user makes one request every 10 s on average (Poisson arrivals at users/10 per second overall, open loop, latency counted from the planned send time), for ${r.capacitySeconds} s per step, on a mix of: ${r.mixKeys.join(", ") || "nothing measurable"} (weights in bench/pages.ts). A step holds when p95 < ${BUDGETS.p95Ms} ms with no failed request (the number of requests per step is random, as arrivals are).`,
    "",
    "| users | req/s planned | req/s answered | p50 ms | p95 ms | p99 ms | max ms | CPU ms/req server + db | errors | |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ...r.capacity.map((s) => `| ${s.users} | ${s.rate} | ${s.result.throughput.toFixed(0)} | ${ms(s.result.p50)} | ${ms(s.result.p95)} | ${ms(s.result.p99)} | ${ms(s.result.max)} | ${cpu(s.result)} | ${s.result.errors} | ${s.held ? "held" : "**not held**"} |`),
    "",
    "## Memory",
    "",
    `Server process tree, sampled every 100 ms (VmRSS) and per-process peak (VmHWM): idle after start ${mb(r.memory.idleKb)} MB; peak during the run ${mb(r.memory.peakRssKb)} MB sampled, ${mb(r.memory.peakHwmKb)} MB VmHWM.`,
    "",
    "## First-load JavaScript (gzip) by chunk",
    "",
    "| page | gzip kB | brotli kB (information) | chunks, gzip kB |",
    "|---|---:|---:|---|",
    ...measured.filter((o) => o.firstLoad).map((o) => `| ${o.target.key} | ${kb(o.firstLoad!.bytes)} | ${o.firstLoad!.brotli ? kb(o.firstLoad!.brotli) : "–"} | ${o.firstLoad!.chunks.map((c) => `${c.chunk.replace("static/chunks/", "")} ${kb(c.bytes)}`).join(", ")} |`),
    "",
  );
  return { failures, markdown: lines.join("\n") };
}
