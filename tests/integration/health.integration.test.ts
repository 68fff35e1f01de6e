import { afterEach, describe, expect, it } from "vitest";
import { disconnectDb } from "@/lib/db";
import { databaseHealth } from "@/lib/health";
import { GET } from "@/app/api/health/route";

const realUrl = process.env.DATABASE_URL;

afterEach(async () => {
  process.env.DATABASE_URL = realUrl;
  await disconnectDb();
});

describe("GET /api/health", () => {
  it("answers 200 with the database up and its migrations counted", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: "up" });
    expect((await databaseHealth()).migrations).toBeGreaterThan(0);
  });

  it("answers 503 when the database cannot be reached", async () => {
    await disconnectDb();
    process.env.DATABASE_URL = "postgresql://quorum:quorum@127.0.0.1:9/quorum"; // nothing listens on port 9
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "degraded", database: "down" });
  });
});
