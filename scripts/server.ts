// How the production server runs: Next's standalone output (`output: "standalone"`), started
// with `node .next/standalone/server.js`. It loads no build tooling (`next start` compiles
// next.config.ts with SWC at every start and keeps its 40 MB native module in memory).
import fs from "node:fs";
import path from "node:path";
import { root } from "./paths.ts";

const standalone = path.join(root, ".next/standalone");
export const serverEntry = path.join(standalone, "server.js");

/**
 * Node flags of the server process, measured with `npm run bench` (bench/notes.md):
 * - --wasm-lazy-compilation: Prisma's query compiler is a WebAssembly module; compiled lazily,
 *   only the functions Quorum's queries use take memory (about 60 MB less).
 * - --max-old-space-size=512: not a limit Quorum comes near (about 80 MB live), but with an
 *   explicit maximum V8 lets the heap grow to about 2.5 times the live data instead of 4 times:
 *   the peak under load drops from about 310 MB to 225 MB, for 5 % (light pages) to 20 % (the
 *   members page) more CPU time in the garbage collector.
 */
export const SERVER_NODE_FLAGS = ["--wasm-lazy-compilation", "--max-old-space-size=512"];

/**
 * glibc's allocator for the native side: two arenas instead of one per thread, and large blocks
 * (argon2's 19 MB per password check, zlib's buffers) returned to the system when freed instead of
 * kept in the heap (about 40 MB less at peak, no measurable CPU cost).
 */
export const SERVER_ENV = { MALLOC_ARENA_MAX: "2", MALLOC_MMAP_THRESHOLD_: "131072" };

/** The standalone server serves static files from its own folder: copy them after each build. */
export function prepareStandalone(): void {
  if (!fs.existsSync(serverEntry)) throw new Error("no standalone build: is `output: \"standalone\"` missing from next.config.ts?");
  const copy = (from: string, to: string) => {
    fs.rmSync(to, { recursive: true, force: true });
    if (fs.existsSync(from)) fs.cpSync(from, to, { recursive: true });
  };
  copy(path.join(root, ".next/static"), path.join(standalone, ".next/static"));
  copy(path.join(root, "public"), path.join(standalone, "public"));
}

/** The command, arguments and added environment that start the built server; PORT and HOSTNAME come from the environment. */
export function serverCommand(): [string, string[], Record<string, string>] {
  return [process.execPath, [...SERVER_NODE_FLAGS, serverEntry], SERVER_ENV];
}
