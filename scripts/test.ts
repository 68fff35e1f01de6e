// `npm test`: every check, in order, stopping at the first failure:
// types, lint, unit, integration (real PostgreSQL), production build, browser tests.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildIfNeeded } from "./build-if-needed.ts";
import { generateClient } from "./db/generate-client.ts";
import { ensureChromium } from "./ensure-chromium.ts";
import { root } from "./paths.ts";

const bin = (name: string) => path.join(root, "node_modules/.bin", name);
const timings: [string, number][] = [];

function step(label: string, run: () => void) {
  const started = Date.now();
  console.log(`\n[test] ── ${label}`);
  run();
  timings.push([label, (Date.now() - started) / 1000]);
}

function exec(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n[test] FAILED: ${command} ${args.join(" ")}`);
    process.exit(result.status ?? 1);
  }
}

const only = process.argv[2]; // npm test -- unit | integration | e2e

step("Prisma client", () => generateClient());
if (!only) {
  // Route types left by an earlier build would describe routes that may have moved since.
  step("Type check", () => {
    fs.rmSync(path.join(root, ".next/types"), { recursive: true, force: true });
    fs.rmSync(path.join(root, ".next/dev/types"), { recursive: true, force: true });
    exec(bin("tsc"), ["--noEmit"]);
  });
  step("Lint", () => exec(bin("eslint"), [".", "--max-warnings=0"]));
}
if (!only || only === "unit") step("Unit tests", () => exec(bin("vitest"), ["run", "--project", "unit"]));
if (!only || only === "integration") step("Integration tests (PostgreSQL)", () => exec(bin("vitest"), ["run", "--project", "integration"]));
if (!only || only === "e2e") {
  let chromium: string | undefined;
  step("Chromium", () => {
    chromium = ensureChromium();
  });
  step("Production build", () => buildIfNeeded({ ...process.env, NODE_ENV: "production" }));
  step("Browser tests (with and without JavaScript)", () => exec(bin("playwright"), ["test"], chromium ? { CHROMIUM_PATH: chromium } : {}));
}

console.log("\n[test] All checks passed.");
for (const [label, seconds] of timings) console.log(`  ${label.padEnd(46)} ${seconds.toFixed(1)} s`);
