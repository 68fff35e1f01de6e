// `npm run db:seed`: loads the demo associations into DATABASE_URL when it holds none yet.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../src/generated/prisma/client.ts";
import { seedAgendaDemo } from "./demo/agenda.ts";
import { seedActions } from "./demo/actions.ts";
import { seedBudget } from "./demo/budget.ts";
import { seedMeetings } from "./demo/meetings.ts";
import { seedMinutes } from "./demo/minutes.ts";
import { seedPeople } from "./demo/people.ts";

export async function seedDemo(url: string): Promise<"seeded" | "skipped"> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, options: "-c timezone=UTC" }) });
  try {
    if ((await db.association.count()) > 0) return "skipped";
    // All or nothing: a failure leaves an empty database, seeded again at the next start.
    // Each feature adds its demo data after the ones it builds on.
    await db.$transaction(
      async (tx) => {
        const ids = await seedPeople(tx);
        const meetings = await seedMeetings(tx, ids);
        await seedAgendaDemo(tx, ids, meetings);
        await seedMinutes(tx, ids, meetings);
        const budget = await seedBudget(tx, ids);
        await seedActions(tx, ids, meetings, budget);
      },
      { timeout: 120_000 },
    );
    return "seeded";
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set.");
    process.exit(1);
  }
  const outcome = await seedDemo(url);
  console.log(outcome === "seeded" ? "Demo data loaded." : "The database already holds associations: nothing loaded.");
}
