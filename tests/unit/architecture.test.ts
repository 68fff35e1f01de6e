// Holds the import direction of STYLE.md: routes → features → shared UI and lib.
// Rules stay pure; only actions.ts files are server actions; routes never call commands.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const src = path.join(root, "src");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|^import\s+["']([^"']+)["']/gm;

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3]);
}

/** "src/features/members/rules.ts" for "@/features/members/rules", or the package name. */
function resolve(from: string, specifier: string): string {
  if (specifier.startsWith("@/")) return path.relative(root, path.join(src, specifier.slice(2)));
  if (specifier.startsWith(".")) return path.relative(root, path.resolve(path.dirname(from), specifier));
  return specifier;
}

const files = sourceFiles(src).map((file) => ({
  file: path.relative(root, file),
  imports: importsOf(file).map((s) => ({ specifier: s, target: resolve(file, s) })),
}));

const layer = (p: string) =>
  p.startsWith("src/app/") || p.startsWith("src/i18n/") || p === "src/proxy.ts" || p === "src/instrumentation.ts"
    ? "route"
    : p.startsWith("src/features/")
      ? "feature"
      : p.startsWith("src/lib/") || p.startsWith("src/components/") || p.startsWith("src/messages/")
        ? "shared"
        : p.startsWith("src/generated/")
          ? "generated"
          : "package";

function violations(test: (file: string, target: string, specifier: string) => boolean) {
  return files.flatMap(({ file, imports }) => imports.filter(({ target, specifier }) => test(file, target, specifier)).map(({ specifier }) => `${file} → ${specifier}`));
}

describe("import direction", () => {
  it("finds the source files", () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it("shared UI and lib never import features or routes", () => {
    expect(violations((file, target) => layer(file) === "shared" && (layer(target) === "feature" || layer(target) === "route"))).toEqual([]);
  });

  it("features never import routes", () => {
    expect(violations((file, target) => layer(file) === "feature" && layer(target) === "route")).toEqual([]);
  });

  it("rules are pure: no Prisma, Next, React, database or server module", () => {
    const isRules = (file: string) => /^src\/features\/[^/]+\/rules(\.ts|\/)/.test(file);
    const pureShared = new Set(["src/lib/zoned-time", "src/lib/result", "src/lib/money"]);
    expect(
      violations((file, target) => {
        if (!isRules(file)) return false;
        if (layer(target) === "package") return /^(next|react|react-dom|pg|server-only|nodemailer|pg-boss|@prisma\/.*|next\/.*|node:.*)$/.test(target);
        return !(isRules(`${target}.ts`) || isRules(target) || pureShared.has(target) || target.startsWith(path.dirname(file) + "/rules"));
      }),
    ).toEqual([]);
  });

  it("routes reach writes through server actions only, never commands", () => {
    expect(violations((file, target) => layer(file) === "route" && /^src\/features\/[^/]+\/commands/.test(target))).toEqual([]);
  });
});

describe("server actions", () => {
  it('are declared only in features\' actions.ts files ("use server")', () => {
    const declaring = files
      .map(({ file }) => file)
      .filter((file) => /^\s*["']use server["']/m.test(fs.readFileSync(path.join(root, file), "utf8").split("\n").slice(0, 3).join("\n")));
    expect(declaring.filter((file) => !/^src\/features\/[^/]+\/actions\.ts$/.test(file))).toEqual([]);
  });
});
