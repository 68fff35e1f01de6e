import { describe, expect, it } from "vitest";
import { addEntry, addLine, adoptPlan, createPlan, deleteLine, deletePlan, moveLine, revisePlan, updateLine } from "@/features/budget/commands";
import { planView } from "@/features/budget/queries";
import { comparePlans } from "@/features/budget/rules";
import { db } from "@/lib/db";
import { ctxOf, makeBoard } from "./factories";
import { makePlan, SMALL_PLAN } from "./factories-budget";

const now = new Date("2023-06-20T10:00:00Z");

async function snapshot(associationId: string) {
  const [plans, lines, entries, audit] = await Promise.all([
    db().budgetPlan.findMany({ where: { associationId }, orderBy: { id: "asc" } }),
    db().budgetLine.findMany({ where: { associationId }, orderBy: { id: "asc" } }),
    db().budgetEntry.findMany({ where: { associationId }, orderBy: { id: "asc" } }),
    db().auditEvent.count({ where: { associationId } }),
  ]);
  return { plans, lines, entries, audit };
}

describe("creating a plan", () => {
  it("the treasurer opens the plan of a fiscal year, dated from the association's first month; audited", async () => {
    const { association, treasurer } = await makeBoard();
    await db().association.update({ where: { id: association.id }, data: { fiscalYearStartMonth: 9 } });
    const result = await createPlan(ctxOf(treasurer.user, now), { associationId: association.id, fiscalYear: 2023 });
    expect(result.ok).toBe(true);
    const plan = await db().budgetPlan.findFirstOrThrow({ where: { associationId: association.id } });
    expect([plan.status, plan.revision, plan.startsOn.toISOString().slice(0, 10), plan.endsOn.toISOString().slice(0, 10)]).toEqual(["DRAFT", 1, "2023-09-01", "2024-08-31"]);
    const audit = await db().auditEvent.findMany({ where: { associationId: association.id } });
    expect(audit.map((a) => [a.action, a.actorUserId])).toEqual([["budget.plan.create", treasurer.user.id]]);
  });

  it("one plan per fiscal year", async () => {
    const { association, president } = await makeBoard();
    await createPlan(ctxOf(president.user, now), { associationId: association.id, fiscalYear: 2023 });
    const before = await snapshot(association.id);
    expect(await createPlan(ctxOf(president.user, now), { associationId: association.id, fiscalYear: 2023 })).toEqual({ ok: false, reason: "PLAN_EXISTS", detail: { year: 2023 } });
    expect(await snapshot(association.id)).toEqual(before);
  });

  it("may start from last year's lines, which are copied, not shared", async () => {
    const { association, treasurer } = await makeBoard();
    const last = await makePlan(association.id, { fiscalYear: 2022, status: "ADOPTED", lines: SMALL_PLAN });
    const result = await createPlan(ctxOf(treasurer.user, now), { associationId: association.id, fiscalYear: 2023, copyFromPlanId: last.plan.id });
    if (!result.ok) throw new Error(result.reason);
    const view = await planView(db(), association.id, result.value.planId);
    expect(view!.lines.map((l) => [l.kind, l.label, l.amountCents, l.sourceLineId])).toEqual([
      ["EXPENSE", "Location de serveurs", 250_000, null],
      ["EXPENSE", "Frais bancaires", 10_000, null],
      ["INCOME", "Cotisations", 260_000, null],
    ]);
  });

  it("cannot copy another association's plan", async () => {
    const { association, treasurer } = await makeBoard();
    const other = await makeBoard();
    const theirs = await makePlan(other.association.id, { fiscalYear: 2022, lines: SMALL_PLAN });
    expect(await createPlan(ctxOf(treasurer.user, now), { associationId: association.id, fiscalYear: 2023, copyFromPlanId: theirs.plan.id })).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect(await db().budgetPlan.count({ where: { associationId: association.id } })).toBe(0);
  });

  it.each(["secretary", "voter", "advisory", "adherent"] as const)("the %s may not: nothing changes", async (who) => {
    const board = await makeBoard();
    expect(await createPlan(ctxOf(board[who].user, now), { associationId: board.association.id, fiscalYear: 2023 })).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect(await snapshot(board.association.id)).toEqual({ plans: [], lines: [], entries: [], audit: 0 });
  });

  it("the treasurer of another association gets 'not found'", async () => {
    const board = await makeBoard();
    const other = await makeBoard();
    expect(await createPlan(ctxOf(other.treasurer.user, now), { associationId: board.association.id, fiscalYear: 2023 })).toEqual({ ok: false, reason: "NOT_FOUND" });
  });

  it("a draft made by mistake is deleted with its lines; an adopted plan is not", async () => {
    const { association, treasurer } = await makeBoard();
    const draft = await makePlan(association.id, { lines: SMALL_PLAN });
    expect(await deletePlan(ctxOf(treasurer.user, now), { associationId: association.id, planId: draft.plan.id, confirm: "yes" })).toEqual({ ok: true, value: null });
    expect(await db().budgetLine.count({ where: { associationId: association.id } })).toBe(0);
    const adopted = await makePlan(association.id, { fiscalYear: 2024, status: "ADOPTED", lines: SMALL_PLAN });
    expect(await deletePlan(ctxOf(treasurer.user, now), { associationId: association.id, planId: adopted.plan.id, confirm: "yes" })).toEqual({ ok: false, reason: "PLAN_ADOPTED" });
  });
});

describe("the lines of a draft", () => {
  it("added, changed, reordered and removed; totals and balance follow; each change audited", async () => {
    const { association, treasurer } = await makeBoard();
    const { plan } = await makePlan(association.id);
    const ctx = ctxOf(treasurer.user, now);
    const add = (kind: "EXPENSE" | "INCOME", label: string, amount: number, remark: string | null = null) =>
      addLine(ctx, { associationId: association.id, planId: plan.id, kind, label, amount, remark, category: null });
    const servers = await add("EXPENSE", "Location de serveurs", 250_000, "Ajout d’un troisième serveur");
    const hardware = await add("EXPENSE", "Achat de matériel", 200_000);
    await add("INCOME", "Cotisations", 700_000);
    if (!servers.ok || !hardware.ok) throw new Error("not added");

    let view = await planView(db(), association.id, plan.id);
    expect(view!.figures.expense.forecast).toBe(450_000);
    expect(view!.figures.forecastBalance).toEqual({ kind: "SURPLUS", amount: 250_000 });

    expect(await updateLine(ctx, { associationId: association.id, lineId: hardware.value.lineId, label: "Achat de matériel (serveurs)", amount: 700_000, remark: null, category: "Infrastructure" })).toEqual({ ok: true, value: null });
    expect(await moveLine(ctx, { associationId: association.id, lineId: hardware.value.lineId, direction: "up" })).toEqual({ ok: true, value: null });
    view = await planView(db(), association.id, plan.id);
    expect(view!.lines.filter((l) => l.kind === "EXPENSE").map((l) => [l.label, l.amountCents, l.category])).toEqual([
      ["Achat de matériel (serveurs)", 700_000, "Infrastructure"],
      ["Location de serveurs", 250_000, null],
    ]);
    expect(view!.figures.forecastBalance).toEqual({ kind: "DEFICIT", amount: 250_000 });
    expect(await moveLine(ctx, { associationId: association.id, lineId: hardware.value.lineId, direction: "up" })).toEqual({ ok: false, reason: "LINE_AT_EDGE" });

    expect(await deleteLine(ctx, { associationId: association.id, lineId: servers.value.lineId, confirm: "yes" })).toEqual({ ok: true, value: null });
    const audit = await db().auditEvent.findMany({ where: { associationId: association.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["budget.line.add", "budget.line.add", "budget.line.add", "budget.line.update", "budget.line.move", "budget.line.delete"]);
    expect(audit[3].before).toMatchObject({ amountCents: 200_000 });
    expect(audit[3].after).toMatchObject({ amountCents: 700_000 });
  });

  it("refuses a negative or absurd amount: nothing changes", async () => {
    const { association, treasurer } = await makeBoard();
    const { plan, lines } = await makePlan(association.id, { lines: SMALL_PLAN });
    const before = await snapshot(association.id);
    const ctx = ctxOf(treasurer.user, now);
    expect(await addLine(ctx, { associationId: association.id, planId: plan.id, kind: "EXPENSE", label: "Remboursement", amount: -1_250, remark: null, category: null })).toEqual({ ok: false, reason: "AMOUNT_NEGATIVE" });
    expect(await updateLine(ctx, { associationId: association.id, lineId: lines[0].id, label: "Serveurs", amount: 100_000_000_001, remark: null, category: null })).toEqual({ ok: false, reason: "AMOUNT_TOO_LARGE" });
    expect(await snapshot(association.id)).toEqual(before);
  });

  it("a line of another association is 'not found', even under one's own association", async () => {
    const { association, treasurer } = await makeBoard();
    const other = await makeBoard();
    const theirs = await makePlan(other.association.id, { lines: SMALL_PLAN });
    const ctx = ctxOf(treasurer.user, now);
    expect(await updateLine(ctx, { associationId: association.id, lineId: theirs.lines[0].id, label: "Pris", amount: 1, remark: null, category: null })).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect(await moveLine(ctx, { associationId: association.id, lineId: theirs.lines[1].id, direction: "up" })).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect(await deleteLine(ctx, { associationId: association.id, lineId: theirs.lines[0].id, confirm: "yes" })).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect(await addLine(ctx, { associationId: association.id, planId: theirs.plan.id, kind: "EXPENSE", label: "x", amount: 1, remark: null, category: null })).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect((await db().budgetLine.findUniqueOrThrow({ where: { id: theirs.lines[0].id } })).label).toBe("Location de serveurs");
  });

  it("a line holding entries is not deleted", async () => {
    const { association, treasurer } = await makeBoard();
    const { lines } = await makePlan(association.id, { lines: SMALL_PLAN });
    await addEntry(ctxOf(treasurer.user, now), { associationId: association.id, lineId: lines[1].id, date: "2023-02-01", amount: 840, label: "Frais de tenue de compte", reference: null });
    expect(await deleteLine(ctxOf(treasurer.user, now), { associationId: association.id, lineId: lines[1].id, confirm: "yes" })).toEqual({
      ok: false,
      reason: "LINE_HAS_ENTRIES",
      detail: { label: "Frais bancaires" },
    });
  });
});

describe("adopting and revising", () => {
  it("the adopted plan is read-only: every edit is refused and nothing changes", async () => {
    const { association, treasurer, president } = await makeBoard();
    const { plan, lines } = await makePlan(association.id, { lines: SMALL_PLAN });
    expect(await adoptPlan(ctxOf(treasurer.user, now), { associationId: association.id, planId: plan.id, adoptedOn: "2023-06-17", confirm: "yes" })).toEqual({ ok: true, value: { movedEntries: 0 } });
    const adopted = await db().budgetPlan.findUniqueOrThrow({ where: { id: plan.id } });
    expect([adopted.status, adopted.adoptedOn?.toISOString().slice(0, 10)]).toEqual(["ADOPTED", "2023-06-17"]);
    const before = await snapshot(association.id);
    const ctx = ctxOf(president.user, now);
    const id = { associationId: association.id };
    expect(await addLine(ctx, { ...id, planId: plan.id, kind: "INCOME", label: "Dons", amount: 40_000, remark: null, category: null })).toEqual({ ok: false, reason: "PLAN_ADOPTED" });
    expect(await updateLine(ctx, { ...id, lineId: lines[0].id, label: "x", amount: 1, remark: null, category: null })).toEqual({ ok: false, reason: "PLAN_ADOPTED" });
    expect(await moveLine(ctx, { ...id, lineId: lines[1].id, direction: "up" })).toEqual({ ok: false, reason: "PLAN_ADOPTED" });
    expect(await deleteLine(ctx, { ...id, lineId: lines[0].id, confirm: "yes" })).toEqual({ ok: false, reason: "PLAN_ADOPTED" });
    expect(await adoptPlan(ctx, { ...id, planId: plan.id, adoptedOn: "2023-06-18", confirm: "yes" })).toEqual({ ok: false, reason: "PLAN_NOT_DRAFT" });
    expect(await snapshot(association.id)).toEqual(before);
  });

  it("refuses to adopt an empty plan, on a day still to come, or by an unknown decision", async () => {
    const { association, treasurer } = await makeBoard();
    const empty = await makePlan(association.id);
    const full = await makePlan(association.id, { fiscalYear: 2024, lines: SMALL_PLAN });
    const ctx = ctxOf(treasurer.user, now);
    expect(await adoptPlan(ctx, { associationId: association.id, planId: empty.plan.id, adoptedOn: "2023-06-17", confirm: "yes" })).toEqual({ ok: false, reason: "PLAN_EMPTY" });
    expect(await adoptPlan(ctx, { associationId: association.id, planId: full.plan.id, adoptedOn: "2023-06-21", confirm: "yes" })).toEqual({ ok: false, reason: "ADOPTION_IN_FUTURE" });
    expect(await adoptPlan(ctx, { associationId: association.id, planId: full.plan.id, adoptedOn: "2023-06-17", decisionId: "0190f3c2-0000-7000-8000-000000000000", confirm: "yes" })).toEqual({
      ok: false,
      reason: "NOT_FOUND",
    });
    expect(await db().budgetPlan.count({ where: { associationId: association.id, status: "ADOPTED" } })).toBe(0);
  });

  it("the adoption day is the association's day, not the server's", async () => {
    const { association, treasurer } = await makeBoard();
    const { plan } = await makePlan(association.id, { lines: SMALL_PLAN });
    // 17 June 2023 at 00:30 in Paris is still 16 June in UTC.
    const justAfterMidnight = new Date("2023-06-16T22:30:00Z");
    expect((await adoptPlan(ctxOf(treasurer.user, justAfterMidnight), { associationId: association.id, planId: plan.id, adoptedOn: "2023-06-17", confirm: "yes" })).ok).toBe(true);
  });

  it("revising makes a draft copy; its adoption supersedes the old plan and carries the entries over", async () => {
    const { association, treasurer } = await makeBoard();
    const { plan, lines } = await makePlan(association.id, { status: "ADOPTED", lines: SMALL_PLAN });
    const ctx = ctxOf(treasurer.user, now);
    await addEntry(ctx, { associationId: association.id, lineId: lines[0].id, date: "2023-01-05", amount: 20_833, label: "Location janvier", reference: "F-001" });
    const revised = await revisePlan(ctx, { associationId: association.id, planId: plan.id });
    if (!revised.ok) throw new Error(revised.reason);
    expect(await revisePlan(ctx, { associationId: association.id, planId: plan.id })).toEqual({ ok: false, reason: "REVISION_EXISTS" });
    expect(await revisePlan(ctx, { associationId: association.id, planId: revised.value.planId })).toEqual({ ok: false, reason: "PLAN_NOT_ADOPTED" });

    // The draft revision takes no entries: they go to the plan in force.
    const draftView = await planView(db(), association.id, revised.value.planId);
    expect(draftView!.plan).toMatchObject({ status: "DRAFT", revision: 2, revisesId: plan.id, fiscalYear: 2023 });
    const copyOfServers = draftView!.lines.find((l) => l.sourceLineId === lines[0].id)!;
    expect(await addEntry(ctx, { associationId: association.id, lineId: copyOfServers.id, date: "2023-02-05", amount: 100, label: "x", reference: null })).toEqual({ ok: false, reason: "ENTRIES_GO_TO_ADOPTED" });

    await updateLine(ctx, { associationId: association.id, lineId: copyOfServers.id, label: "Location de serveurs", amount: 300_000, remark: "mutu3 plus tôt", category: null });
    const adoptedView = await planView(db(), association.id, plan.id);
    expect(adoptedView!.revisedBy?.id).toBe(revised.value.planId);
    const changes = comparePlans(adoptedView!.lines, (await planView(db(), association.id, revised.value.planId))!.lines);
    expect(changes.map((c) => [c.change, c.difference])).toEqual([
      ["CHANGED", 50_000],
      ["SAME", 0],
      ["SAME", 0],
    ]);

    expect(await adoptPlan(ctx, { associationId: association.id, planId: revised.value.planId, adoptedOn: "2023-06-20", confirm: "yes" })).toEqual({ ok: true, value: { movedEntries: 1 } });
    expect((await db().budgetPlan.findUniqueOrThrow({ where: { id: plan.id } })).status).toBe("SUPERSEDED");
    const entry = await db().budgetEntry.findFirstOrThrow({ where: { associationId: association.id } });
    expect(entry.lineId).toBe(copyOfServers.id);
    const newView = await planView(db(), association.id, revised.value.planId);
    expect(newView!.figures.lines.find((l) => l.id === copyOfServers.id)).toMatchObject({ forecast: 300_000, actual: 20_833 });
    // The superseded plan stays as it was, for comparison, and is read-only.
    expect((await planView(db(), association.id, plan.id))!.lines.map((l) => l.amountCents)).toEqual([250_000, 10_000, 260_000]);
    expect(await updateLine(ctx, { associationId: association.id, lineId: lines[0].id, label: "x", amount: 1, remark: null, category: null })).toEqual({ ok: false, reason: "PLAN_SUPERSEDED" });
  });

  it("a revision that drops a line holding entries is not adopted: nothing changes", async () => {
    const { association, treasurer } = await makeBoard();
    const { plan, lines } = await makePlan(association.id, { status: "ADOPTED", lines: SMALL_PLAN });
    const ctx = ctxOf(treasurer.user, now);
    await addEntry(ctx, { associationId: association.id, lineId: lines[1].id, date: "2023-01-31", amount: 840, label: "Frais", reference: null });
    const revised = await revisePlan(ctx, { associationId: association.id, planId: plan.id });
    if (!revised.ok) throw new Error(revised.reason);
    const copy = await db().budgetLine.findFirstOrThrow({ where: { planId: revised.value.planId, sourceLineId: lines[1].id } });
    await deleteLine(ctx, { associationId: association.id, lineId: copy.id, confirm: "yes" });
    const before = await snapshot(association.id);
    expect(await adoptPlan(ctx, { associationId: association.id, planId: revised.value.planId, adoptedOn: "2023-06-20", confirm: "yes" })).toEqual({
      ok: false,
      reason: "ENTRIES_ON_REMOVED_LINE",
      detail: { label: "Frais bancaires" },
    });
    expect(await snapshot(association.id)).toEqual(before);
  });

  it("a board member who is not treasurer or president cannot adopt", async () => {
    const { association, voter } = await makeBoard();
    const { plan } = await makePlan(association.id, { lines: SMALL_PLAN });
    expect(await adoptPlan(ctxOf(voter.user, now), { associationId: association.id, planId: plan.id, adoptedOn: "2023-06-17", confirm: "yes" })).toEqual({ ok: false, reason: "FORBIDDEN" });
  });
});
