// Starts the background worker (outbox, reminders) inside the server process: one process
// to run on a small machine. QUORUM_WORKER=off leaves it to another process.
export async function register() {
  // Benchmark only: SQL statements per request (see src/lib/query-count.ts).
  if (process.env.NEXT_RUNTIME === "nodejs" && ["1", "sql"].includes(process.env.QUORUM_QUERY_COUNT ?? "")) (await import("@/lib/query-count")).countQueriesPerRequest();
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.QUORUM_WORKER === "off" || !process.env.DATABASE_URL) return;
  const { startWorker } = await import("@/features/notifications/worker");
  await import("@/features/jobs");
  await startWorker(process.env.DATABASE_URL).catch((error: Error) => console.error("[worker] not started:", error.message));
}
