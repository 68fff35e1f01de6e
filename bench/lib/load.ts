// Load: saturation with autocannon (closed loop: N connections, each sending its next request
// as soon as the previous answer arrived), and capacity with an open loop of our own (requests
// arrive at a fixed overall rate, at random like independent people, whatever the server's pace).
//
// Why not autocannon's `overallRate` for capacity: it gives each connection a quota per second
// and sends that quota at once when its one-second timer fires, and all connections' timers are
// started together, so the load comes as one burst per second. That measures bursts, not people
// clicking at their own times; the latency of a burst of 200 requests on one core is the time of
// the whole burst, and the capacity found would be far too low.
import autocannon from "autocannon";
import http from "node:http";
import { Random } from "../generate/random.ts";

export type RequestSpec = { method: "GET" | "POST"; path: string; headers: Record<string, string>; body?: string };

export type LoadResult = {
  requests: number;
  ok: number;
  errors: number;
  statuses: Record<string, number>;
  seconds: number;
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** CPU time per answered request, of the server and of the database (when known). */
  serverCpuMs?: number;
  databaseCpuMs?: number;
};

function summarize(latencies: number[], statuses: Record<string, number>, errors: number, seconds: number, okStatus: (code: number) => boolean): LoadResult {
  const sorted = Float64Array.from(latencies).sort();
  const at = (p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);
  const ok = Object.entries(statuses).reduce((sum, [code, n]) => sum + (okStatus(Number(code)) ? n : 0), 0);
  return {
    requests: latencies.length,
    ok,
    errors: errors + latencies.length - ok,
    statuses,
    seconds,
    throughput: ok / seconds,
    p50: at(50),
    p95: at(95),
    p99: at(99),
    max: sorted.length ? sorted[sorted.length - 1] : NaN,
  };
}

const okStatus = (code: number) => code >= 200 && code < 400;

/** As many requests as `connections` connections can get answered in `seconds`. */
export async function saturate(base: string, spec: RequestSpec, options: { connections: number; seconds: number; warmupSeconds: number }): Promise<LoadResult> {
  const run = (seconds: number, record: boolean) =>
    new Promise<LoadResult>((resolve, reject) => {
      const latencies: number[] = [];
      const statuses: Record<string, number> = {};
      const instance = autocannon(
        { url: base + spec.path, method: spec.method, headers: spec.headers, body: spec.body, connections: options.connections, duration: seconds, timeout: 10 },
        (error, result) => {
          if (error) return reject(error);
          resolve(summarize(latencies, statuses, result.errors + result.timeouts, seconds, okStatus));
        },
      );
      instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
        if (!record) return;
        latencies.push(responseTime);
        statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
      });
    });
  if (options.warmupSeconds > 0) await run(options.warmupSeconds, false);
  return run(options.seconds, true);
}

/**
 * Requests at `rate` per second on average for `seconds`, with exponential gaps (Poisson
 * arrivals), taken from `mix` at random. Latency counts from the planned send time, so a server
 * falling behind shows as waiting time instead of slowing the load down.
 */
export async function openLoop(base: string, mix: RequestSpec[], options: { rate: number; seconds: number; seed: string; maxSockets?: number }): Promise<LoadResult> {
  const url = new URL(base);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 1024 });
  const random = new Random("open-loop", options.seed);
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  const pending = new Set<Promise<void>>();
  const send = (spec: RequestSpec, planned: number) => {
    const done = new Promise<void>((resolve) => {
      const request = http.request(
        { agent, host: url.hostname, port: url.port, method: spec.method, path: spec.path, headers: spec.body ? { ...spec.headers, "content-length": Buffer.byteLength(spec.body) } : spec.headers, timeout: 10_000 },
        (response) => {
          response.resume();
          response.on("end", () => {
            latencies.push(performance.now() - planned);
            statuses[response.statusCode ?? 0] = (statuses[response.statusCode ?? 0] ?? 0) + 1;
            resolve();
          });
        },
      );
      request.on("timeout", () => request.destroy(new Error("timeout")));
      request.on("error", () => {
        errors++;
        resolve();
      });
      request.end(spec.body);
    });
    pending.add(done);
    void done.then(() => pending.delete(done));
  };
  const start = performance.now() + 20;
  const end = start + options.seconds * 1000;
  let planned = start;
  for (;;) {
    planned += (-Math.log(1 - random.next()) * 1000) / options.rate;
    if (planned >= end) break;
    const wait = planned - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    send(random.pick(mix), planned);
  }
  await Promise.all(pending);
  agent.destroy();
  return summarize(latencies, statuses, errors, options.seconds, okStatus);
}
