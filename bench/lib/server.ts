// The production server under test: started pinned to one core, its log lines captured (query
// counts), its resident memory sampled from /proc for the whole process tree.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { root } from "../../scripts/paths.ts";
import { serverCommand, SERVER_NODE_FLAGS } from "../../scripts/server.ts";

export type Server = {
  pid: number;
  base: string;
  /** Resolves with the first log line matching `test` printed from now on. */
  waitForLine: (test: (line: string) => boolean, timeoutMs?: number) => Promise<string>;
  memory: MemorySampler;
  stop: () => Promise<void>;
};

export type ServerOptions = {
  port: number;
  env: Record<string, string>;
  core: string | null;
  nodeFlags?: string[];
  /** Compare with the server as it ran before the standalone output: `next start`. */
  nextStart?: boolean;
  log?: (line: string) => void;
};

export async function startServer(options: ServerOptions): Promise<Server> {
  const [node, args, serverEnv] = serverCommand();
  const flags = options.nodeFlags ?? SERVER_NODE_FLAGS;
  const command = options.core === null ? node : "taskset";
  // BENCH_SERVER_ENTRY: another standalone build's server.js (to compare builds of other commits).
  const built = process.env.BENCH_SERVER_ENTRY ? [process.env.BENCH_SERVER_ENTRY] : args.filter((a) => !SERVER_NODE_FLAGS.includes(a));
  const entry = options.nextStart ? [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(options.port)] : built;
  const commandArgs = [...(options.core === null ? [] : ["-c", options.core, node]), ...flags, ...entry];
  const child: ChildProcess = spawn(command, commandArgs, {
    cwd: root,
    env: { ...process.env, ...serverEnv, ...options.env, PORT: String(options.port), HOSTNAME: "127.0.0.1", NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const listeners = new Set<(line: string) => void>();
  const onData = (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n")) {
      if (!line) continue;
      for (const listener of listeners) listener(line);
      if (!line.startsWith("[query-count]")) options.log?.(line);
    }
  };
  let partial = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    const text = partial + chunk.toString();
    const cut = text.lastIndexOf("\n");
    partial = text.slice(cut + 1);
    if (cut >= 0) onData(Buffer.from(text.slice(0, cut)));
  });
  child.stderr!.on("data", onData);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const base = `http://127.0.0.1:${options.port}`;
  const memory = new MemorySampler(child.pid!);
  const server: Server = {
    pid: child.pid!,
    base,
    memory,
    waitForLine: (test, timeoutMs = 5000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          listeners.delete(listener);
          reject(new Error("timed out waiting for a server log line"));
        }, timeoutMs);
        const listener = (line: string) => {
          if (!test(line)) return;
          clearTimeout(timer);
          listeners.delete(listener);
          resolve(line);
        };
        listeners.add(listener);
      }),
    stop: async () => {
      memory.stop();
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        const killer = setTimeout(() => child.kill("SIGKILL"), 5000);
        await exited;
        clearTimeout(killer);
      }
    },
  };
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited (code ${child.exitCode})`);
    const up = await fetch(`${base}/api/health`).then((r) => r.ok).catch(() => false);
    if (up) {
      memory.start();
      return server;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await server.stop();
  throw new Error("the server did not answer /api/health within 30 s");
}

/** Sums VmRSS over the server's process tree every 100 ms; VmHWM is each process's own peak. */
export class MemorySampler {
  peakRssKb = 0;
  peakHwmKb = 0;
  private timer: NodeJS.Timeout | null = null;
  constructor(private pid: number) {}

  start() {
    this.timer ??= setInterval(() => this.sample(), 100);
    this.timer.unref();
  }
  stop() {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
  /** Starts a new window (peaks of one phase of the run). */
  reset() {
    this.peakRssKb = 0;
    this.peakHwmKb = 0;
  }

  sample(): { rssKb: number; hwmKb: number } {
    let rssKb = 0;
    let hwmKb = 0;
    for (const pid of tree(this.pid)) {
      const status = readFile(`/proc/${pid}/status`);
      rssKb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      hwmKb += Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    }
    this.peakRssKb = Math.max(this.peakRssKb, rssKb);
    this.peakHwmKb = Math.max(this.peakHwmKb, hwmKb);
    return { rssKb, hwmKb };
  }
}

const readFile = (file: string) => {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return "";
  }
};

/** The process and its descendants (from /proc/<pid>/task/<tid>/children). */
function tree(pid: number): number[] {
  const all = [pid];
  for (let i = 0; i < all.length; i++) {
    let tasks: string[] = [];
    try {
      tasks = fs.readdirSync(`/proc/${all[i]}/task`);
    } catch {
      continue;
    }
    for (const task of tasks) {
      for (const child of readFile(`/proc/${all[i]}/task/${task}/children`).split(" ").filter(Boolean)) all.push(Number(child));
    }
  }
  return all;
}

/** CPU time (user + system) of a process tree, in milliseconds (from /proc/<pid>/stat, 10 ms ticks). */
export function cpuTimeMs(pid: number): number {
  let ticks = 0;
  for (const member of tree(pid)) {
    const stat = readFile(`/proc/${member}/stat`);
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    ticks += Number(fields[11] ?? 0) + Number(fields[12] ?? 0); // utime, stime (fields 14 and 15)
  }
  return ticks * 10;
}

/** Pins a running process and its threads (and its existing children) to a core. */
export function pinProcessTree(pid: number, core: string): void {
  for (const member of tree(pid)) spawnSync("taskset", ["-a", "-p", "-c", core, String(member)], { stdio: "ignore" });
}
