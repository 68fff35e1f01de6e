// Runs `next build` when no build exists or a source file is newer than the last one.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { root } from "./paths.ts";
import { prepareStandalone, serverEntry } from "./server.ts";

const SOURCES = ["src", "public", "prisma/schema", "next.config.ts", "package.json", "postcss.config.mjs", "tsconfig.json"];

function newestMtime(target: string): number {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

export function buildIfNeeded(env: NodeJS.ProcessEnv, force = false): boolean {
  const buildId = path.join(root, ".next/BUILD_ID");
  const built = fs.statSync(buildId, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const newest = Math.max(...SOURCES.map((s) => newestMtime(path.join(root, s))));
  if (!force && built > newest && fs.existsSync(serverEntry)) return false;
  execFileSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  prepareStandalone();
  return true;
}
