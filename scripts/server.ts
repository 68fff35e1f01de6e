// How the production server runs: Next's standalone output (`output: "standalone"`), started
// with `node .next/standalone/server.js`. It loads no build tooling (`next start` compiles
// next.config.ts with SWC at every start and keeps its 40 MB native module in memory).
import fs from "node:fs";
import path from "node:path";
import { root } from "./paths.ts";

const standalone = path.join(root, ".next/standalone");
export const serverEntry = path.join(standalone, "server.js");

/**
 * Node flags of the server process. --wasm-lazy-compilation: Prisma's query compiler is a
 * WebAssembly module; compiled lazily, only the functions Quorum's queries use take memory
 * (about 60 MB less resident memory, measured by `npm run bench`).
 */
export const SERVER_NODE_FLAGS = ["--wasm-lazy-compilation"];

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

/** The command and arguments that start the built server; PORT and HOSTNAME come from the environment. */
export function serverCommand(): [string, string[]] {
  return [process.execPath, [...SERVER_NODE_FLAGS, serverEntry]];
}
