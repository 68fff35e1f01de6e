// First-load JavaScript of a page, from the build output: the chunk files its HTML references,
// each gzipped once (level 6, what the server's compression sends; ±0.3 % of level 9).
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { root } from "../../scripts/paths.ts";
import { scriptChunks } from "./html.ts";

const sizes = new Map<string, { gzip: number; brotli: number }>();

/** gzip (the budget) and, for information, brotli (what a proxy such as Caddy could send). */
export function compressedSize(chunk: string): { gzip: number; brotli: number } {
  let size = sizes.get(chunk);
  if (size === undefined) {
    const data = fs.readFileSync(path.join(root, ".next", decodeURIComponent(chunk)));
    size = { gzip: zlib.gzipSync(data, { level: 6 }).length, brotli: zlib.brotliCompressSync(data).length };
    sizes.set(chunk, size);
  }
  return size;
}

export function firstLoadJs(html: string): { bytes: number; brotli: number; chunks: { chunk: string; bytes: number }[] } {
  const chunks = scriptChunks(html).map((chunk) => ({ chunk, bytes: compressedSize(chunk).gzip, brotli: compressedSize(chunk).brotli }));
  return { bytes: chunks.reduce((sum, c) => sum + c.bytes, 0), brotli: chunks.reduce((sum, c) => sum + c.brotli, 0), chunks: chunks.map(({ chunk, bytes }) => ({ chunk, bytes })) };
}
