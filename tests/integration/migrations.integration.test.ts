import { inject } from "vitest";
import { describe, expect, it } from "vitest";
import { pendingSchemaChange } from "../../scripts/db/engine.ts";

describe("migrations", () => {
  it("prisma/schema holds no change without its migration", async () => {
    // Non-empty means: run `npm run db:new-migration -- <name>` and commit what it writes.
    expect(await pendingSchemaChange(inject("databaseUrl"))).toBe("");
  });
});
