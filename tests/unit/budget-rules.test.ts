import { describe, expect, it } from "vitest";
import {
  adoptionDateProblem,
  adoptionProblem,
  budgetCan,
  carryOverPlan,
  comparePlans,
  entryAmountProblem,
  entryTargetProblem,
  fiscalYearContaining,
  fiscalYearDates,
  fiscalYearLabel,
  isWithin,
  moveLine,
  planAmountProblem,
  planEditProblem,
  revisionProblem,
  type ComparableLine,
} from "@/features/budget/rules";
import type { Actor, MemberKind, Office } from "@/features/members/rules";

const actor = (kind: MemberKind | null, offices: Office[] = []): Actor => ({
  userId: "u",
  associationId: "a",
  isOperator: false,
  membershipId: kind ? "m" : null,
  role: kind ? { kind, offices } : null,
});

describe("who may do what with the budget", () => {
  const open = { membersSeeBudget: true };
  const closed = { membersSeeBudget: false };
  it.each([
    // who, edit, read (closed), read (open), draft (board), adopted (members allowed), details
    ["treasurer", actor("VOTING", ["TREASURER"]), true, true, true, true, true, true],
    ["president", actor("VOTING", ["PRESIDENT"]), true, true, true, true, true, true],
    ["secretary", actor("VOTING", ["SECRETARY"]), false, true, true, true, true, true],
    ["voting member", actor("VOTING"), false, true, true, true, true, true],
    ["advisory member", actor("ADVISORY"), false, true, true, true, true, true],
    ["adherent", actor("MEMBER"), false, false, true, false, true, false],
    ["not a member", actor(null), false, false, false, false, false, false],
  ] as const)("%s", (_who, who, edit, readClosed, readOpen, readDraft, readAdoptedOpen, details) => {
    expect(budgetCan.edit(who)).toBe(edit);
    expect(budgetCan.read(who, closed)).toBe(readClosed);
    expect(budgetCan.read(who, open)).toBe(readOpen);
    expect(budgetCan.readPlan(who, open, { status: "DRAFT" })).toBe(readDraft);
    expect(budgetCan.readPlan(who, open, { status: "ADOPTED" })).toBe(readAdoptedOpen);
    expect(budgetCan.readPlan(who, open, { status: "SUPERSEDED" })).toBe(readAdoptedOpen);
    expect(budgetCan.readDetails(who)).toBe(details);
  });

  it("an adherent reads no plan when the association keeps the budget to the board", () => {
    expect(budgetCan.readPlan(actor("MEMBER"), { membersSeeBudget: false }, { status: "ADOPTED" })).toBe(false);
  });
});

describe("fiscal years", () => {
  it("a calendar year by default", () => {
    expect(fiscalYearDates(2023, 1)).toEqual({ startsOn: { year: 2023, month: 1, day: 1 }, endsOn: { year: 2023, month: 12, day: 31 } });
    expect(fiscalYearLabel(2023, 1)).toBe("2023");
  });

  it("from September to August, across a leap day", () => {
    expect(fiscalYearDates(2023, 9)).toEqual({ startsOn: { year: 2023, month: 9, day: 1 }, endsOn: { year: 2024, month: 8, day: 31 } });
    expect(fiscalYearDates(2023, 3).endsOn).toEqual({ year: 2024, month: 2, day: 29 });
    expect(fiscalYearDates(2022, 3).endsOn).toEqual({ year: 2023, month: 2, day: 28 });
    expect(fiscalYearLabel(2023, 9)).toBe("2023–2024");
  });

  it("the year a date falls in, on its first and last days", () => {
    expect(fiscalYearContaining({ year: 2024, month: 8, day: 31 }, 9)).toBe(2023);
    expect(fiscalYearContaining({ year: 2024, month: 9, day: 1 }, 9)).toBe(2024);
    expect(fiscalYearContaining({ year: 2023, month: 12, day: 31 }, 1)).toBe(2023);
    const year = fiscalYearDates(2023, 9);
    expect(isWithin({ year: 2023, month: 9, day: 1 }, year)).toBe(true);
    expect(isWithin({ year: 2024, month: 8, day: 31 }, year)).toBe(true);
    expect(isWithin({ year: 2023, month: 8, day: 31 }, year)).toBe(false);
    expect(isWithin({ year: 2024, month: 9, day: 1 }, year)).toBe(false);
  });
});

describe("a plan's life", () => {
  it("only a draft is edited", () => {
    expect(planEditProblem({ status: "DRAFT" })).toBeNull();
    expect(planEditProblem({ status: "ADOPTED" })).toBe("PLAN_ADOPTED");
    expect(planEditProblem({ status: "SUPERSEDED" })).toBe("PLAN_SUPERSEDED");
  });

  it("adoption needs a draft with lines", () => {
    expect(adoptionProblem({ status: "DRAFT" }, 3)).toBeNull();
    expect(adoptionProblem({ status: "DRAFT" }, 0)).toBe("PLAN_EMPTY");
    expect(adoptionProblem({ status: "ADOPTED" }, 3)).toBe("PLAN_NOT_DRAFT");
  });

  it("only the adopted plan is revised, once at a time", () => {
    expect(revisionProblem({ status: "ADOPTED" }, false)).toBeNull();
    expect(revisionProblem({ status: "ADOPTED" }, true)).toBe("REVISION_EXISTS");
    expect(revisionProblem({ status: "DRAFT" }, false)).toBe("PLAN_NOT_ADOPTED");
    expect(revisionProblem({ status: "SUPERSEDED" }, false)).toBe("PLAN_NOT_ADOPTED");
  });

  it("entries go to the plan in force", () => {
    expect(entryTargetProblem({ status: "ADOPTED", revisesId: null })).toBeNull();
    expect(entryTargetProblem({ status: "DRAFT", revisesId: null })).toBeNull();
    expect(entryTargetProblem({ status: "DRAFT", revisesId: "p1" })).toBe("ENTRIES_GO_TO_ADOPTED");
    expect(entryTargetProblem({ status: "SUPERSEDED", revisesId: null })).toBe("PLAN_SUPERSEDED");
  });
});

describe("moving a line", () => {
  const lines = [
    { id: "a", kind: "EXPENSE" as const, position: 0 },
    { id: "b", kind: "EXPENSE" as const, position: 1 },
    { id: "c", kind: "EXPENSE" as const, position: 2 },
    { id: "x", kind: "INCOME" as const, position: 0 },
  ];
  it("swaps with its neighbour of the same kind", () => {
    expect(moveLine(lines, "b", "up")).toEqual([
      { id: "b", position: 0 },
      { id: "a", position: 1 },
    ]);
    expect(moveLine(lines, "b", "down")).toEqual([
      { id: "c", position: 1 },
      { id: "b", position: 2 },
    ]);
  });

  it("stays put at the edges, and among lines of its own kind only", () => {
    expect(moveLine(lines, "a", "up")).toBeNull();
    expect(moveLine(lines, "c", "down")).toBeNull();
    expect(moveLine(lines, "x", "up")).toBeNull();
    expect(moveLine(lines, "unknown", "up")).toBeNull();
  });

  it("closes gaps left by deleted lines", () => {
    const gappy = [
      { id: "a", kind: "EXPENSE" as const, position: 0 },
      { id: "b", kind: "EXPENSE" as const, position: 4 },
      { id: "c", kind: "EXPENSE" as const, position: 7 },
    ];
    expect(moveLine(gappy, "c", "up")).toEqual([
      { id: "c", position: 1 },
      { id: "b", position: 2 },
    ]);
  });
});

describe("comparing a revision with the adopted plan", () => {
  const line = (id: string, kind: "EXPENSE" | "INCOME", label: string, amountCents: number, position: number, sourceLineId: string | null = null, remark: string | null = null): ComparableLine => ({
    id,
    kind,
    label,
    amountCents,
    remark,
    sourceLineId,
    position,
  });
  const adopted = [line("s", "EXPENSE", "Servers", 250_000, 0), line("p", "EXPENSE", "Printing", 30_000, 1), line("f", "INCOME", "Fees", 700_000, 0)];
  const revision = [line("s2", "EXPENSE", "Servers", 300_000, 0, "s"), line("n2", "EXPENSE", "Training", 50_000, 1), line("f2", "INCOME", "Fees", 700_000, 0, "f")];

  it("says per line what was added, removed or changed, and by how much", () => {
    expect(comparePlans(adopted, revision).map((r) => [r.kind, r.before?.label ?? null, r.after?.label ?? null, r.change, r.difference])).toEqual([
      ["EXPENSE", "Servers", "Servers", "CHANGED", 50_000],
      ["EXPENSE", null, "Training", "ADDED", 50_000],
      ["EXPENSE", "Printing", null, "REMOVED", -30_000],
      ["INCOME", "Fees", "Fees", "SAME", 0],
    ]);
  });

  it("a new remark alone is a change", () => {
    const remarked = [line("f2", "INCOME", "Fees", 700_000, 0, "f", "raised in 2024")];
    expect(comparePlans([adopted[2]], remarked)[0].change).toBe("CHANGED");
  });
});

describe("carrying entries over when a revision is adopted", () => {
  it("moves each line's entries to its copy", () => {
    expect(
      carryOverPlan(
        [
          { id: "s", label: "Servers", entryCount: 3 },
          { id: "p", label: "Printing", entryCount: 0 },
        ],
        [{ id: "s2", sourceLineId: "s" }, { id: "n", sourceLineId: null }],
      ),
    ).toEqual({ ok: true, moves: [{ from: "s", to: "s2" }] });
  });

  it("refuses when a line with entries was removed from the revision", () => {
    expect(carryOverPlan([{ id: "p", label: "Printing", entryCount: 1 }], [{ id: "s2", sourceLineId: "s" }])).toEqual({
      ok: false,
      reason: "ENTRIES_ON_REMOVED_LINE",
      label: "Printing",
    });
  });
});

describe("amounts the use cases accept", () => {
  it.each([
    [0, null],
    [1_690_000, null],
    [100_000_000_000, null],
    [100_000_000_001, "AMOUNT_TOO_LARGE"],
    [-1, "AMOUNT_NEGATIVE"],
    [12.5, "AMOUNT_INVALID"],
    [Number.NaN, "AMOUNT_INVALID"],
  ])("a plan line of %s cents: %s", (cents, problem) => {
    expect(planAmountProblem(cents)).toBe(problem);
  });

  it.each([
    [-1_250, null],
    [68_172, null],
    [0, "AMOUNT_ZERO"],
    [-100_000_000_001, "AMOUNT_TOO_LARGE"],
    [0.5, "AMOUNT_INVALID"],
  ])("an entry of %s cents: %s", (cents, problem) => {
    expect(entryAmountProblem(cents)).toBe(problem);
  });

  it("a bank balance may be zero", () => {
    expect(entryAmountProblem(0, { zeroAllowed: true })).toBeNull();
  });

  it("adoption is recorded on or after its day, never before", () => {
    expect(adoptionDateProblem("2023-06-17", "2023-06-17")).toBeNull();
    expect(adoptionDateProblem("2023-06-18", "2023-06-17")).toBe("ADOPTION_IN_FUTURE");
  });
});
