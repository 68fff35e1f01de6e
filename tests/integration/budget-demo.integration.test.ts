import { describe, expect, it } from "vitest";
import { budgetAtAGlance, plansOf, readPlanView, treasuryOf } from "@/features/budget/queries";
import { db } from "@/lib/db";
import { seedDemo } from "../../scripts/db/seed.ts";

describe("the demo budgets", () => {
  it("the collective's 2023 plan holds the general assembly's lines, balanced at 16 900 €; the Ponant's treasury runs below the disks' price", async () => {
    expect(await seedDemo(process.env.DATABASE_URL!)).toBe("seeded");
    const capucine = await db().association.findUniqueOrThrow({ where: { slug: "capucine" } });
    const [plan] = await plansOf(capucine.id);
    expect([plan.fiscalYear, plan.status, plan.adoptedOn?.toISOString().slice(0, 10)]).toEqual([2023, "ADOPTED", "2023-06-17"]);
    const view = await readPlanView(capucine.id, plan.id);
    expect(view!.lines.map((l) => [l.kind, l.amountCents / 100])).toEqual([
      ["EXPENSE", 2_500],
      ["EXPENSE", 2_000],
      ["EXPENSE", 300],
      ["EXPENSE", 5_000],
      ["EXPENSE", 4_000],
      ["EXPENSE", 100],
      ["EXPENSE", 3_000],
      ["INCOME", 7_000],
      ["INCOME", 7_500],
      ["INCOME", 400],
      ["INCOME", 2_000],
    ]);
    expect(view!.figures.expense.forecast).toBe(1_690_000);
    expect(view!.figures.income.forecast).toBe(1_690_000);
    expect(view!.figures.forecastBalance).toEqual({ kind: "BALANCED" });

    const ponant = await db().association.findUniqueOrThrow({ where: { slug: "ponant" } });
    const treasury = await treasuryOf(ponant.id);
    expect(treasury.at(-1)!.balanceCents).toBeLessThan(68_172);
    const glance = await budgetAtAGlance(ponant.id, new Date("2008-10-07T16:00:00Z"));
    expect(glance.plan?.fiscalYear).toBe(2008);
    expect(glance.figures?.forecastBalance).toEqual({ kind: "BALANCED" });
    expect(glance.treasury.change!.amount).toBeLessThan(0);
  });
});
