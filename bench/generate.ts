// `npm run bench:generate -- [--seed 1] [--associations 1000] [--years 10] [--today YYYY-MM-DD]
//  [--database-url postgresql://…] [--reset]`: fills a database with generated history.
// Without a URL (option or DATABASE_URL) it uses the embedded cluster in bench/data/, whose
// database is recreated. See bench/README.md.
import { parseArgs } from "node:util";
import { emptyDatabase, generate, todayUtc } from "./generate/run.ts";
import { openDatabase, recreateDatabase } from "./lib/database.ts";

const { values } = parseArgs({
  options: {
    seed: { type: "string", default: "1" },
    associations: { type: "string", default: "1000" },
    years: { type: "string", default: "10" },
    today: { type: "string" },
    "database-url": { type: "string" },
    reset: { type: "boolean", default: false },
    batch: { type: "string", default: "25" },
  },
});

const log = (line: string) => console.log(`[generate] ${line}`);
const database = await openDatabase(values["database-url"] ?? process.env.DATABASE_URL, log);
try {
  if (database.embedded) await recreateDatabase(database.url);
  else if (values.reset) await emptyDatabase(database.url);
  await generate({
    seed: Number(values.seed),
    associations: Number(values.associations),
    years: Number(values.years),
    today: values.today ?? todayUtc(),
    databaseUrl: database.url,
    batchSize: Number(values.batch),
    log,
  });
} finally {
  await database.stop();
}
