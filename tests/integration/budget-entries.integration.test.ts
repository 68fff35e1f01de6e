import { describe, expect, it } from "vitest";
import { updateSettings } from "@/features/associations/commands";
import { addEntry, addSnapshot, deleteEntry, deleteSnapshot } from "@/features/budget/commands";
import { budgetAtAGlance, currentPlanOf, entriesForExport, entriesOf, plansOf, readPlanView, treasuryOf } from "@/features/budget/queries";
import { db } from "@/lib/db";
import { ctxOf, makeBoard } from "./factories";
import { makePlan, SMALL_PLAN } from "./factories-budget";

const now = new Date("2023-06-20T10:00:00Z");

describe("actual entries typed by hand", () => {
  it("the treasurer records a payment and a refund; actual figures follow; both audited", async () => {
    const { association, treasurer } = await makeBoard();
    const { plan, lines } = await makePlan(association.id, { status: "ADOPTED", lines: SMALL_PLAN });
    const ctx = ctxOf(treasurer.user, now);
    const paid = await addEntry(ctx, { associationId: association.id, lineId: lines[0].id, date: "2023-03-05", amount: 20_833, label: "Location mars", reference: "F-12" });
    const refund = await addEntry(ctx, { associationId: association.id, lineId: lines[0].id, date: "2023-03-20", amount: -5_000, label: "Avoir hébergeur", reference: null });
    expect(paid.ok && refund.ok).toBe(true);
    const view = await readPlanView(association.id, plan.id);
    expect(view!.figures.lines[0]).toMatchObject({ forecast: 250_000, actual: 15_833, remaining: 234_167 });
    expect((await entriesForExport(association.id, plan.id)).map((e) => [e.date, e.label, e.amountCents, e.kind, e.lineLabel])).toEqual([
      ["2023-03-05", "Location mars", 20_833, "EXPENSE", "Location de serveurs"],
      ["2023-03-20", "Avoir hébergeur", -5_000, "EXPENSE", "Location de serveurs"],
    ]);
    expect((await db().auditEvent.findMany({ where: { associationId: association.id } })).map((a) => a.action)).toEqual(["budget.entry.add", "budget.entry.add"]);
    if (!paid.ok) return;
    expect(await deleteEntry(ctx, { associationId: association.id, entryId: paid.value.entryId, confirm: "yes" })).toEqual({ ok: true, value: null });
    expect((await entriesOf(association.id, plan.id)).map((e) => e.label)).toEqual(["Avoir hébergeur"]);
  });

  it("refuses a date outside the fiscal year, a zero amount, an absurd one: nothing recorded", async () => {
    const { association, treasurer } = await makeBoard();
    const { lines } = await makePlan(association.id, { status: "ADOPTED", lines: SMALL_PLAN });
    const ctx = ctxOf(treasurer.user, now);
    const entry = { associationId: association.id, lineId: lines[0].id, label: "x", reference: null };
    expect(await addEntry(ctx, { ...entry, date: "2024-01-01", amount: 100 })).toEqual({ ok: false, reason: "DATE_OUTSIDE_YEAR", detail: { from: "2023-01-01", to: "2023-12-31" } });
    expect(await addEntry(ctx, { ...entry, date: "2023-01-01", amount: 0 })).toEqual({ ok: false, reason: "AMOUNT_ZERO" });
    expect(await addEntry(ctx, { ...entry, date: "2023-01-01", amount: 100_000_000_001 })).toEqual({ ok: false, reason: "AMOUNT_TOO_LARGE" });
    expect(await db().budgetEntry.count()).toBe(0);
  });

  it("another association's line or entry is 'not found'; a board member may not record", async () => {
    const { association, treasurer, voter } = await makeBoard();
    const other = await makeBoard();
    const theirs = await makePlan(other.association.id, { status: "ADOPTED", lines: SMALL_PLAN });
    const theirEntry = await addEntry(ctxOf(other.treasurer.user, now), { associationId: other.association.id, lineId: theirs.lines[0].id, date: "2023-02-01", amount: 100, label: "x", reference: null });
    if (!theirEntry.ok) throw new Error(theirEntry.reason);
    const ctx = ctxOf(treasurer.user, now);
    expect(await addEntry(ctx, { associationId: association.id, lineId: theirs.lines[0].id, date: "2023-02-01", amount: 100, label: "x", reference: null })).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect(await deleteEntry(ctx, { associationId: association.id, entryId: theirEntry.value.entryId, confirm: "yes" })).toEqual({ ok: false, reason: "NOT_FOUND" });
    const { lines } = await makePlan(association.id, { status: "ADOPTED", lines: SMALL_PLAN });
    expect(await addEntry(ctxOf(voter.user, now), { associationId: association.id, lineId: lines[0].id, date: "2023-02-01", amount: 100, label: "x", reference: null })).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect(await db().budgetEntry.count()).toBe(1);
  });
});

describe("the treasury", () => {
  it("snapshots: one per day, none in the future, an overdraft allowed; the trend and the glance", async () => {
    const { association, treasurer, president } = await makeBoard();
    await makePlan(association.id, { status: "ADOPTED", lines: SMALL_PLAN });
    const ctx = ctxOf(treasurer.user, now);
    const add = (on: string, balance: number, note: string | null = null) => addSnapshot(ctx, { associationId: association.id, on, balance, note });
    expect((await add("2023-01-02", 231_045, "Relevé de janvier")).ok).toBe(true);
    expect((await add("2023-04-01", -1_500)).ok).toBe(true);
    expect((await add("2023-06-20", 61_240)).ok).toBe(true);
    expect(await add("2023-06-20", 1)).toEqual({ ok: false, reason: "SNAPSHOT_EXISTS" });
    expect(await add("2023-06-21", 1)).toEqual({ ok: false, reason: "SNAPSHOT_IN_FUTURE" });
    expect((await treasuryOf(association.id)).map((s) => [s.on, s.balanceCents])).toEqual([
      ["2023-01-02", 231_045],
      ["2023-04-01", -1_500],
      ["2023-06-20", 61_240],
    ]);
    const glance = await budgetAtAGlance(association.id, now);
    expect(glance.treasury.latest).toMatchObject({ on: "2023-06-20", balanceCents: 61_240 });
    expect(glance.treasury.change).toEqual({ since: "2023-04-01", amount: 62_740 });
    expect(glance.figures?.forecastBalance).toEqual({ kind: "BALANCED" });

    const first = (await treasuryOf(association.id))[0];
    expect(await deleteSnapshot(ctxOf(president.user, now), { associationId: association.id, snapshotId: first.id, confirm: "yes" })).toEqual({ ok: true, value: null });
    expect((await db().auditEvent.findMany({ where: { associationId: association.id } })).map((a) => a.action)).toEqual([
      "budget.treasury.add",
      "budget.treasury.add",
      "budget.treasury.add",
      "budget.treasury.delete",
    ]);
  });

  it("board members and outsiders change nothing", async () => {
    const { association, advisory } = await makeBoard();
    const other = await makeBoard();
    expect(await addSnapshot(ctxOf(advisory.user, now), { associationId: association.id, on: "2023-01-01", balance: 1, note: null })).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect(await addSnapshot(ctxOf(other.treasurer.user, now), { associationId: association.id, on: "2023-01-01", balance: 1, note: null })).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect(await db().treasurySnapshot.count()).toBe(0);
  });
});

describe("which plan is in force", () => {
  it("the adopted plan of this fiscal year, else its draft, else the latest year's", async () => {
    const { association } = await makeBoard();
    const draft2023 = await makePlan(association.id, { fiscalYear: 2023 });
    const adopted2022 = await makePlan(association.id, { fiscalYear: 2022, status: "ADOPTED", lines: SMALL_PLAN });
    const plans = await plansOf(association.id);
    expect(currentPlanOf(plans, 2023)?.id).toBe(draft2023.plan.id);
    expect(currentPlanOf(plans, 2022)?.id).toBe(adopted2022.plan.id);
    expect(currentPlanOf(plans, 2030)?.id).toBe(draft2023.plan.id);
    expect(plans.find((p) => p.id === adopted2022.plan.id)).toMatchObject({ expense: 260_000, income: 260_000 });
  });
});

describe("the association's budget settings", () => {
  it("the president sets the first month of the fiscal year and whether members read the budget", async () => {
    const { association, president } = await makeBoard();
    const result = await updateSettings(ctxOf(president.user, now), {
      associationId: association.id,
      name: association.name,
      timezone: "Europe/Paris",
      locale: "fr",
      approvalWindowDays: 15,
      quorumKind: "FRACTION",
      quorumNumerator: 1,
      quorumDenominator: 2,
      publicMinutes: false,
      fiscalYearStartMonth: 9,
      membersSeeBudget: true,
    });
    expect(result.ok).toBe(true);
    expect(await db().association.findUniqueOrThrow({ where: { id: association.id } })).toMatchObject({ fiscalYearStartMonth: 9, membersSeeBudget: true });
  });
});
