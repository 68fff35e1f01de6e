import { databaseHealth } from "@/lib/health";

export const dynamic = "force-dynamic";

/** 200 when PostgreSQL answers, 503 when it does not: for monitoring and the start script. */
export async function GET() {
  const health = await databaseHealth();
  return Response.json(health, { status: health.database === "up" ? 200 : 503, headers: { "cache-control": "no-store" } });
}
