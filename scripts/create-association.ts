// `npm run association:create -- --name "…" --president-name "…" --president-email …
//   [--slug …] [--timezone Europe/Paris] [--locale fr]`
// For the instance operator: creates an association and e-mails its first president an
// invitation (through the outbox). Runs against DATABASE_URL, or the embedded database of npm start.
import path from "node:path";
import { parseArgs } from "node:util";
import { startCluster, type Cluster } from "./db/cluster.ts";
import { applyMigrations } from "./db/engine.ts";
import { dataDir } from "./paths.ts";

const { values } = parseArgs({
  options: {
    name: { type: "string" },
    slug: { type: "string" },
    timezone: { type: "string", default: "Europe/Paris" },
    locale: { type: "string", default: "fr" },
    "president-name": { type: "string" },
    "president-email": { type: "string" },
  },
});

let cluster: Cluster | undefined;
if (!process.env.DATABASE_URL) {
  cluster = await startCluster({ dataDir: path.join(dataDir, "pgdata"), port: Number(process.env.QUORUM_PG_PORT ?? 54329), persistent: true });
  process.env.DATABASE_URL = cluster.url;
}
try {
  await applyMigrations(process.env.DATABASE_URL!);
  const { createAssociationSchema } = await import("../src/features/associations/schema.ts");
  const { createAssociationFromCommandLine } = await import("../src/features/associations/commands.ts");
  const parsed = createAssociationSchema.safeParse({
    name: values.name,
    slug: values.slug,
    timezone: values.timezone,
    locale: values.locale,
    presidentName: values["president-name"],
    presidentEmail: values["president-email"],
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`--${String(issue.path[0]).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${issue.message}`);
    process.exitCode = 1;
  } else {
    const result = await createAssociationFromCommandLine(parsed.data, new Date());
    if (result.ok) {
      console.log(`Created "${parsed.data.name}" at /a/${result.value.slug}.`);
      console.log(`Invitation link for ${parsed.data.presidentEmail} (also in the outbox): ${process.env.QUORUM_URL ?? `http://localhost:${process.env.PORT ?? 3000}`}/invitations/${result.value.invitationSecret}`);
    } else {
      console.error(`Refused: ${result.reason}`);
      process.exitCode = 1;
    }
  }
  const { disconnectDb } = await import("../src/lib/db.ts");
  await disconnectDb();
} finally {
  await cluster?.stop();
}
