import "server-only";
import PgBoss from "pg-boss";
import { sendDueEmails } from "./commands";
import { smtpTransport } from "./transport";

const OUTBOX_QUEUE = "outbox";

type Job = { queue: string; cron: string; run: (now: Date) => Promise<unknown> };
const holder = globalThis as unknown as { quorumBoss?: PgBoss; quorumJobs?: Job[] };

/** Other features add their periodic jobs here (reminders, results) before the worker starts. */
export function registerJob(job: Job): void {
  holder.quorumJobs ??= [];
  if (!holder.quorumJobs.some((j) => j.queue === job.queue)) holder.quorumJobs.push(job);
}

/**
 * pg-boss keeps the schedule in PostgreSQL: with several Quorum processes on one database,
 * each scheduled run is handed to one of them.
 */
export async function startWorker(connectionString: string): Promise<void> {
  if (holder.quorumBoss) return;
  const boss = new PgBoss({ connectionString, max: 2, schema: "pgboss" });
  boss.on("error", (error) => console.error("[worker]", error.message));
  await boss.start();
  holder.quorumBoss = boss;
  const transport = smtpTransport();
  const jobs: Job[] = [
    ...(transport ? [{ queue: OUTBOX_QUEUE, cron: "* * * * *", run: (now: Date) => sendDueEmails(transport, now) }] : []),
    ...(holder.quorumJobs ?? []),
  ];
  for (const job of jobs) {
    await boss.createQueue(job.queue);
    await boss.schedule(job.queue, job.cron);
    await boss.work(job.queue, async () => {
      await job.run(new Date());
    });
  }
}

/** Asks for the outbox to be sent now rather than at the next minute. */
export async function kickOutbox(): Promise<void> {
  await holder.quorumBoss?.send(OUTBOX_QUEUE, {}, { singletonKey: "kick", singletonSeconds: 2 }).catch(() => undefined);
}

export async function stopWorker(): Promise<void> {
  await holder.quorumBoss?.stop({ graceful: true });
  holder.quorumBoss = undefined;
}
