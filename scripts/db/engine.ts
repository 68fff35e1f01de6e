// Prisma's schema engine compiled to WebAssembly, driven through the pg driver adapter:
// it applies prisma/migrations without the native engine that Prisma's CLI would download.
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
export const schemaDir = path.join(root, "prisma/schema");
export const migrationsDir = path.join(root, "prisma/migrations");
/** The schema as of the newest migration: the starting point of the next diff. */
export const snapshotPath = path.join(migrationsDir, "schema-snapshot.prisma");

const noFilters = { externalTables: [], externalEnums: [] };

type Engine = Awaited<ReturnType<typeof loadEngine>>;

async function loadEngine(url: string, schemaFiles: { path: string; content: string }[]) {
  const bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const require = createRequire(import.meta.url);
  const wasmPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg").replace(/\.js$/, ".wasm");
  // The package's own entry imports the .wasm file as an ES module, which Node cannot do.
  if (!loaded) {
    const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmPath), { "./schema_engine_bg.js": bg });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as unknown as { __wbindgen_start: () => void }).__wbindgen_start();
    loaded = true;
  }
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: url, options: "-c timezone=UTC" }));
  return bg.SchemaEngine.new({ datamodels: schemaFiles.map((f) => [f.path, f.content]) }, () => {}, adapter);
}
let loaded = false;

export function readSchemaFiles(): { path: string; content: string }[] {
  return fs
    .readdirSync(schemaDir)
    .filter((name) => name.endsWith(".prisma"))
    .sort()
    .map((name) => ({ path: name, content: fs.readFileSync(path.join(schemaDir, name), "utf8") }));
}

function migrationList() {
  const names = fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: null },
    shadowDbInitScript: "",
    migrationDirectories: names.map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok" as const, value: fs.readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

async function withEngine<T>(url: string, run: (engine: Engine) => Promise<T>): Promise<T> {
  const engine = await loadEngine(url, readSchemaFiles());
  try {
    return await run(engine);
  } finally {
    engine.free();
  }
}

/** Applies every migration not yet recorded in `_prisma_migrations`; returns their names. */
export async function applyMigrations(url: string): Promise<string[]> {
  return withEngine(url, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList: migrationList(), filters: noFilters });
    return result.appliedMigrationNames;
  });
}

/** The SQL that takes the database from the last migration's schema to the current one. */
export async function pendingSchemaChange(url: string): Promise<string> {
  const previous = fs.existsSync(snapshotPath) ? fs.readFileSync(snapshotPath, "utf8") : null;
  return withEngine(url, async (engine) => {
    const result = await engine.diff({
      from: previous ? { tag: "schemaDatamodel", files: [{ path: "snapshot.prisma", content: previous }] } : { tag: "empty" },
      to: { tag: "schemaDatamodel", files: readSchemaFiles() },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    const sql = result.stdout ?? "";
    // "No change" comes back as comments only.
    return sql.replace(/^--.*$/gm, "").trim() ? sql : "";
  });
}

/** The SQL that creates prisma/schema from nothing (for checking that the migrations add up to it). */
export async function schemaFromScratch(url: string): Promise<string> {
  return withEngine(url, async (engine) => {
    const result = await engine.diff({
      from: { tag: "empty" },
      to: { tag: "schemaDatamodel", files: readSchemaFiles() },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return result.stdout ?? "";
  });
}

export function writeSnapshot(): void {
  const merged = readSchemaFiles()
    .map((file) => `// ---- ${file.path}\n${file.content}`)
    .join("\n");
  fs.writeFileSync(snapshotPath, merged);
}
