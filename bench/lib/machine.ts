// The machine the figures come from (they mean little without it).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";

export type Machine = { cpu: string; cores: number; memoryGb: number; node: string; kernel: string; load: number[] };

export function machine(): Machine {
  return {
    cpu: os.cpus()[0]?.model.trim() ?? "unknown",
    cores: os.cpus().length,
    memoryGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    kernel: `${os.type()} ${os.release()}`,
    load: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

/** The cores this process may run on ("0-1", "1"). */
export function allowedCores(): string {
  return /Cpus_allowed_list:\s*(\S+)/.exec(fs.readFileSync("/proc/self/status", "utf8"))?.[1] ?? "";
}

export function hasTaskset(): boolean {
  try {
    execFileSync("taskset", ["-V"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
