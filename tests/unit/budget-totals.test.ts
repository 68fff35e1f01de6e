import { describe, expect, it } from "vitest";
import { balanceOf, outstandingCommitments, planFigures, shareOf, treasuryState, type ForecastLine } from "@/features/budget/rules";

const euros = (n: number) => n * 100;

// The 2023 general assembly's plan: both sides at 16 900 €.
const ASSEMBLY_2023: ForecastLine[] = [
  { id: "servers", kind: "EXPENSE", amountCents: euros(2_500) },
  { id: "hardware", kind: "EXPENSE", amountCents: euros(2_000) },
  { id: "printing", kind: "EXPENSE", amountCents: euros(300) },
  { id: "campaign", kind: "EXPENSE", amountCents: euros(5_000) },
  { id: "salaries", kind: "EXPENSE", amountCents: euros(4_000) },
  { id: "bank", kind: "EXPENSE", amountCents: euros(100) },
  { id: "software", kind: "EXPENSE", amountCents: euros(3_000) },
  { id: "fees", kind: "INCOME", amountCents: euros(7_000) },
  { id: "services", kind: "INCOME", amountCents: euros(7_500) },
  { id: "donations", kind: "INCOME", amountCents: euros(400) },
  { id: "reserves", kind: "INCOME", amountCents: euros(2_000) },
];

describe("a plan's figures", () => {
  it("the 2023 plan balances at 16 900 € on both sides", () => {
    const figures = planFigures(ASSEMBLY_2023, new Map(), new Map());
    expect(figures.expense.forecast).toBe(1_690_000);
    expect(figures.income.forecast).toBe(1_690_000);
    expect(figures.forecastBalance).toEqual({ kind: "BALANCED" });
    expect(figures.expense.actual).toBe(0);
    expect(figures.expense.remaining).toBe(1_690_000);
    expect(figures.expense.shareSpent).toBe(0);
  });

  it("an imbalance is measured in whole cents, either way", () => {
    expect(balanceOf(100_000, 100_001)).toEqual({ kind: "DEFICIT", amount: 1 });
    expect(balanceOf(100_050, 100_000)).toEqual({ kind: "SURPLUS", amount: 50 });
    const lines: ForecastLine[] = [...ASSEMBLY_2023, { id: "extra", kind: "EXPENSE", amountCents: 50_050 }];
    expect(planFigures(lines, new Map(), new Map()).forecastBalance).toEqual({ kind: "DEFICIT", amount: 50_050 });
  });

  it("per line: forecast, committed, actual, remaining and share spent", () => {
    const actual = new Map([
      ["servers", euros(1_250)],
      ["bank", 12_345],
      ["fees", euros(3_500)],
    ]);
    const committed = new Map([["hardware", 68_172]]);
    const figures = planFigures(ASSEMBLY_2023, actual, committed);
    const line = (id: string) => figures.lines.find((l) => l.id === id)!;
    expect(line("servers")).toMatchObject({ forecast: 250_000, committed: 0, actual: 125_000, remaining: 125_000, shareSpent: 5_000 });
    // Committed but not yet paid: the remaining amount already counts it.
    expect(line("hardware")).toMatchObject({ forecast: 200_000, committed: 68_172, actual: 0, remaining: 131_828, shareSpent: 0 });
    // Spent beyond the forecast: a negative remaining amount and more than 100 %.
    expect(line("bank")).toMatchObject({ forecast: 10_000, actual: 12_345, remaining: -2_345, shareSpent: 12_345 });
    expect(line("fees")).toMatchObject({ kind: "INCOME", actual: 350_000, remaining: 350_000, shareSpent: 5_000 });
    expect(figures.expense).toMatchObject({ forecast: 1_690_000, committed: 68_172, actual: 137_345 });
    expect(figures.actualBalance).toEqual({ kind: "SURPLUS", amount: 350_000 - 137_345 });
  });

  it("a decision paid afterwards is not counted twice; a part paid leaves the rest committed", () => {
    const disks: ForecastLine[] = [{ id: "disks", kind: "EXPENSE", amountCents: 100_000 }];
    const committed = new Map([["disks", 68_172]]);
    expect(planFigures(disks, new Map([["disks", 68_172]]), committed).lines[0].remaining).toBe(100_000 - 68_172);
    expect(planFigures(disks, new Map([["disks", 20_000]]), committed).lines[0].remaining).toBe(100_000 - 68_172);
    expect(planFigures(disks, new Map([["disks", 90_000]]), committed).lines[0].remaining).toBe(10_000);
  });

  it("totals are the sums of the lines, refunds included", () => {
    const lines: ForecastLine[] = [
      { id: "a", kind: "EXPENSE", amountCents: 333 },
      { id: "b", kind: "EXPENSE", amountCents: 333 },
      { id: "c", kind: "EXPENSE", amountCents: 334 },
    ];
    const figures = planFigures(lines, new Map([["a", -50], ["b", 100]]), new Map([["c", 34]]));
    expect(figures.expense.forecast).toBe(1_000);
    expect(figures.expense.actual).toBe(50);
    expect(figures.lines.map((l) => l.remaining)).toEqual([383, 233, 300]);
    expect(figures.expense.remaining).toBe(916);
    expect(figures.expense.committed).toBe(34);
  });

  it("an empty plan adds up to zero and is balanced", () => {
    const figures = planFigures([], new Map(), new Map());
    expect(figures.expense).toEqual({ forecast: 0, committed: 0, actual: 0, remaining: 0, shareSpent: null });
    expect(figures.forecastBalance).toEqual({ kind: "BALANCED" });
  });

  it("the share spent rounds to basis points, and has no meaning without a forecast", () => {
    expect(shareOf(1, 3)).toBe(3_333);
    expect(shareOf(2, 3)).toBe(6_667);
    expect(shareOf(500, 0)).toBeNull();
    expect(shareOf(0, 0)).toBeNull();
  });

  it("ignores entries on lines that are not in the plan", () => {
    const figures = planFigures(ASSEMBLY_2023, new Map([["elsewhere", 99_999]]), new Map());
    expect(figures.expense.actual).toBe(0);
  });
});

describe("the treasury", () => {
  it("latest balance and change, whatever order the snapshots come in", () => {
    const state = treasuryState(
      [
        { on: "2008-07-01", balanceCents: 120_580 },
        { on: "2008-10-01", balanceCents: 61_240 },
        { on: "2008-01-01", balanceCents: 231_045 },
      ],
      0,
    );
    expect(state.latest).toEqual({ on: "2008-10-01", balanceCents: 61_240 });
    expect(state.change).toEqual({ since: "2008-07-01", amount: -59_340 });
    expect(state.short).toBeNull();
  });

  it("is short when committed money not yet spent exceeds the latest balance", () => {
    const figures = planFigures([{ id: "disks", kind: "EXPENSE", amountCents: 150_000 }], new Map(), new Map([["disks", 68_172]]));
    expect(outstandingCommitments(figures)).toBe(68_172);
    expect(treasuryState([{ on: "2008-10-01", balanceCents: 61_240 }], 68_172).short).toEqual({ missing: 6_932 });
    expect(treasuryState([{ on: "2008-10-01", balanceCents: 68_172 }], 68_172).short).toBeNull();
  });

  it("once the commitment is paid, nothing is outstanding", () => {
    const figures = planFigures([{ id: "disks", kind: "EXPENSE", amountCents: 150_000 }], new Map([["disks", 70_000]]), new Map([["disks", 68_172]]));
    expect(outstandingCommitments(figures)).toBe(0);
  });

  it("no snapshot: nothing to say", () => {
    expect(treasuryState([], 10_000)).toEqual({ latest: null, change: null, short: null });
  });
});
