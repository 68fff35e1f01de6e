// Fills a database with generated history: association plans made from the seed, each module's
// rows collected per batch of associations and sent with COPY.
import pg from "pg";
import { applyMigrations } from "../../scripts/db/engine.ts";
import { Batch } from "./copy.ts";
import { addMonths, dayOf, nthWeekday, type AssociationPlan, type Day, type RunSettings } from "./context.ts";
import { MODULES } from "./modules.ts";
import { ASSOCIATION_KINDS, ASSOCIATION_TOPICS, slugify, TIMEZONES, TOWNS } from "./names.ts";
import { Random } from "./random.ts";

/** Every generated person signs in with this password. */
export const BENCH_PASSWORD = "quorum-bench-2026";
/** argon2id of BENCH_PASSWORD (19 MiB, 2 passes, as src/lib/password.ts), computed once: a fresh hash per run would make the data differ. */
const BENCH_PASSWORD_HASH = "$argon2id$v=19$m=19456,t=2,p=1$Jtl+fGmFWryShIyjIC/mbg$oXYrVSxcIKJwej86DYPD2gaq7qTxqWlJsKGzQJpLiOs";

export type GenerateOptions = { seed: number; associations: number; years: number; today: Day; databaseUrl: string; batchSize?: number; log?: (line: string) => void };

export type DatasetInfo = { seed: number; associations: number; years: number; today: Day; rows: Record<string, number>; seconds: number; generatedAt: string };

/** The association's own choices, from its own stream: association i is the same whatever the size. */
export function associationPlan(settings: RunSettings, index: number): AssociationPlan {
  const random = new Random(settings.seed, "association", index);
  // The first association has the full history and the second one year: the bench compares them.
  const years = index === 0 ? settings.years : index === 1 ? 1 : random.chance(0.7) ? settings.years : random.int(1, settings.years);
  const foundingMonth = addMonths(settings.today.slice(0, 8) + "01", -12 * years);
  const foundedOn = nthWeekday(foundingMonth, 6, 3); // a Saturday
  const assemblyDays: Day[] = [];
  for (let year = 0; year <= years; year++) {
    const day = nthWeekday(addMonths(foundingMonth, 12 * year), 6, 3);
    if (day <= settings.today) assemblyDays.push(day);
  }
  const timezone = random.weighted(TIMEZONES);
  const town = random.pick(TOWNS);
  const name = `${random.pick(ASSOCIATION_KINDS)} ${random.pick(ASSOCIATION_TOPICS)} de ${town}`;
  const locale = timezone === "Europe/London" || (timezone === "America/Montreal" && random.chance(0.5)) ? "en" : "fr";
  return {
    index,
    id: random.uuid(new Date(`${foundedOn}T09:00:00Z`)),
    slug: `${slugify(name).slice(0, 48).replace(/-$/, "")}-${index + 1}`,
    name,
    timezone,
    locale,
    years,
    foundedOn,
    assemblyDays,
    people: [],
    meetings: [],
    audit: [],
    extra: {},
  };
}

async function existingTables(client: pg.ClientBase): Promise<Set<string>> {
  const { rows } = await client.query<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()`);
  return new Set(rows.map((r) => r.name));
}

export async function generate(options: GenerateOptions): Promise<DatasetInfo> {
  const log = options.log ?? ((line: string) => console.log(`[generate] ${line}`));
  const started = performance.now();
  const settings: RunSettings = {
    seed: options.seed,
    associations: options.associations,
    years: options.years,
    today: options.today,
    asOf: new Date(`${options.today}T00:00:00Z`),
    passwordHash: BENCH_PASSWORD_HASH,
  };
  const applied = await applyMigrations(options.databaseUrl);
  if (applied.length) log(`applied migrations: ${applied.join(", ")}`);
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    const tables = await existingTables(client);
    const { rows: existing } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Association"`);
    if (Number(existing[0].n) > 0) throw new Error(`the database already holds ${existing[0].n} associations: empty it first (--reset)`);
    const modules = MODULES.filter((module) => {
      const missing = module.tables.filter((t) => !tables.has(t));
      if (module.tables.length === 0) log(`module "${module.name}": stub, nothing generated (its tables are not merged yet)`);
      else if (missing.length) log(`module "${module.name}": skipped, missing tables ${missing.join(", ")}`);
      return module.tables.length > 0 && missing.length === 0;
    });
    const order = modules.flatMap((m) => m.tables);
    await client.query("SET synchronous_commit = off");
    // Foreign keys are not checked row by row during the load (the generator keeps them
    // consistent); a non-superuser cannot do this, and the load is then only slower.
    await client.query("SET session_replication_role = replica").catch(() => log("foreign keys are checked during the load (not a superuser)"));

    const totals = new Map<string, number>();
    const batchSize = options.batchSize ?? 25;
    for (let first = 0; first < settings.associations; first += batchSize) {
      const batch = new Batch();
      for (let index = first; index < Math.min(first + batchSize, settings.associations); index++) {
        const plan = associationPlan(settings, index);
        for (const module of modules) module.generate(plan, batch, new Random(settings.seed, "association", index, module.name), settings);
      }
      await client.query("BEGIN");
      await batch.copyInto(client, order);
      await client.query("COMMIT");
      for (const [table, count] of batch.rowCounts()) totals.set(table, (totals.get(table) ?? 0) + count);
      const done = Math.min(first + batchSize, settings.associations);
      const rows = [...totals.values()].reduce((a, b) => a + b, 0);
      log(`${done}/${settings.associations} associations · ${(rows / 1e6).toFixed(2)} M rows · ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    await client.query("SET session_replication_role = DEFAULT").catch(() => undefined);
    log("ANALYZE…");
    await client.query("ANALYZE");
    const info: DatasetInfo = {
      seed: settings.seed,
      associations: settings.associations,
      years: settings.years,
      today: settings.today,
      rows: Object.fromEntries(totals),
      seconds: Math.round((performance.now() - started) / 100) / 10,
      generatedAt: new Date().toISOString(),
    };
    await client.query(`CREATE TABLE IF NOT EXISTS "_BenchDataset" (id int PRIMARY KEY, info jsonb NOT NULL)`);
    await client.query(`INSERT INTO "_BenchDataset" VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET info = EXCLUDED.info`, [JSON.stringify(info)]);
    for (const [table, count] of totals) log(`  ${table.padEnd(16)} ${count.toLocaleString("en")}`);
    log(`done in ${info.seconds} s`);
    return info;
  } finally {
    await client.end();
  }
}

/** What the bench database holds, or null when it was not generated. */
export async function datasetInfo(databaseUrl: string): Promise<DatasetInfo | null> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ info: DatasetInfo }>(`SELECT info FROM "_BenchDataset" WHERE id = 1`).catch(() => ({ rows: [] }));
    return rows[0]?.info ?? null;
  } finally {
    await client.end();
  }
}

/** Empties every application table (for --reset on a database given by URL). */
export async function emptyDatabase(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tables = [...(await existingTables(client))].filter((t) => t !== "_prisma_migrations");
    if (tables.length) await client.query(`TRUNCATE ${tables.map((t) => `"${t}"`).join(", ")} RESTART IDENTITY CASCADE`);
  } finally {
    await client.end();
  }
}

export const todayUtc = () => dayOf(new Date());
