// Decisions commit budget lines; a plan is adopted by a decision.
import { describe, expect, it } from "vitest";
import { adoptPlan, revisePlan } from "@/features/budget/commands";
import { adoptionDecisions, committableLines, planView } from "@/features/budget/queries";
import { editDecision, recordDecision } from "@/features/decisions/commands";
import { db } from "@/lib/db";
import { ctxOf, makeBoard } from "./factories";
import { attend, makeItem, makeMeeting } from "./factories-actions";
import { makePlan } from "./factories-budget";

const now = new Date("2026-03-10T09:00:00Z");
const at = (hhmm: string) => ({ year: 2008, month: 10, day: 7, hour: Number(hhmm.slice(0, 2)), minute: Number(hhmm.slice(3)) });

async function setting() {
  const board = await makeBoard();
  const { plan, lines } = await makePlan(board.association.id, {
    fiscalYear: 2008,
    status: "ADOPTED",
    adoptedOn: "2008-02-09",
    lines: [
      { kind: "EXPENSE", label: "Matériel", amountCents: 100_000 },
      { kind: "EXPENSE", label: "Frais bancaires", amountCents: 10_000 },
      { kind: "INCOME", label: "Cotisations", amountCents: 110_000 },
    ],
  });
  const meeting = await makeMeeting(board.association.id);
  const item = await makeItem(meeting, { title: "Achat de disques" });
  for (const who of [board.president, board.secretary, board.voter]) await attend(meeting, who.user.id);
  return { ...board, plan, hardware: lines[0], income: lines[2], meeting, item };
}

const disks = (associationId: string, agendaItemId: string, extra: Partial<Parameters<typeof recordDecision>[1]> = {}) => ({
  associationId,
  agendaItemId,
  text: "Acheter trois disques dès que la trésorerie le permet",
  outcome: "ADOPTED" as const,
  majority: "SIMPLE" as const,
  amountTax: "HT" as const,
  votedAt: at("18:40"),
  amount: 68_172,
  ...extra,
});

describe("amounts committed by decisions", () => {
  it("an adopted decision's amount shows as committed on its line and in the totals", async () => {
    const s = await setting();
    const recorded = await recordDecision(ctxOf(s.secretary.user, now), disks(s.association.id, s.item.id, { budgetLineId: s.hardware.id }));
    expect(recorded.ok).toBe(true);
    const view = await planView(db(), s.association.id, s.plan.id);
    const line = view!.figures.lines.find((l) => l.id === s.hardware.id);
    expect(line?.committed).toBe(68_172);
    expect(view!.figures.expense.committed).toBe(68_172);
  });

  it("a postponed or rejected decision commits nothing", async () => {
    const s = await setting();
    await recordDecision(ctxOf(s.secretary.user, now), disks(s.association.id, s.item.id, { budgetLineId: s.hardware.id, outcome: "POSTPONED" }));
    const view = await planView(db(), s.association.id, s.plan.id);
    expect(view!.figures.expense.committed).toBe(0);
  });

  it("a line of another association is not found, and nothing is recorded", async () => {
    const s = await setting();
    const other = await makeBoard();
    const { lines } = await makePlan(other.association.id, { lines: [{ kind: "EXPENSE", label: "Ailleurs", amountCents: 1_000 }] });
    expect(await recordDecision(ctxOf(s.secretary.user, now), disks(s.association.id, s.item.id, { budgetLineId: lines[0].id }))).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect(await db().decision.count()).toBe(0);
  });

  it("income lines and superseded plans are not offered and refused", async () => {
    const s = await setting();
    expect((await committableLines(s.association.id)).map((l) => l.id)).toEqual([s.hardware.id, expect.any(String)]);
    expect(await recordDecision(ctxOf(s.secretary.user, now), disks(s.association.id, s.item.id, { budgetLineId: s.income.id }))).toEqual({ ok: false, reason: "NOT_FOUND" });
  });

  it("a corrected decision can move its commitment to another line", async () => {
    const s = await setting();
    const recorded = await recordDecision(ctxOf(s.secretary.user, now), disks(s.association.id, s.item.id, { budgetLineId: s.hardware.id }));
    if (!recorded.ok) throw new Error(recorded.reason);
    const bank = (await db().budgetLine.findFirstOrThrow({ where: { planId: s.plan.id, label: "Frais bancaires" } })).id;
    const { agendaItemId: _item, ...fields } = disks(s.association.id, s.item.id, { budgetLineId: bank });
    expect((await editDecision(ctxOf(s.secretary.user, now), { ...fields, decisionId: recorded.value.decisionId })).ok).toBe(true);
    const view = await planView(db(), s.association.id, s.plan.id);
    expect(view!.figures.lines.find((l) => l.id === bank)?.committed).toBe(68_172);
    expect(view!.figures.lines.find((l) => l.id === s.hardware.id)?.committed).toBe(0);
  });

  it("when a revision is adopted, the commitments follow their lines into it", async () => {
    const s = await setting();
    await recordDecision(ctxOf(s.secretary.user, now), disks(s.association.id, s.item.id, { budgetLineId: s.hardware.id }));
    const revised = await revisePlan(ctxOf(s.treasurer.user, now), { associationId: s.association.id, planId: s.plan.id });
    if (!revised.ok) throw new Error(revised.reason);
    expect((await adoptPlan(ctxOf(s.treasurer.user, now), { associationId: s.association.id, planId: revised.value.planId, adoptedOn: "2008-11-04", confirm: "yes" })).ok).toBe(true);
    const view = await planView(db(), s.association.id, revised.value.planId);
    expect(view!.figures.expense.committed).toBe(68_172);
  });
});

describe("adopting a plan by a decision", () => {
  it("offers the association's adopted decisions and records the one chosen", async () => {
    const s = await setting();
    const draft = await makePlan(s.association.id, { fiscalYear: 2009, lines: [{ kind: "EXPENSE", label: "Serveurs", amountCents: 50_000 }, { kind: "INCOME", label: "Dons", amountCents: 50_000 }] });
    const recorded = await recordDecision(ctxOf(s.secretary.user, now), disks(s.association.id, s.item.id, { text: "Adopter le budget 2009", amount: undefined }));
    if (!recorded.ok) throw new Error(recorded.reason);
    expect((await adoptionDecisions(s.association.id)).map((d) => d.id)).toEqual([recorded.value.decisionId]);
    const adopted = await adoptPlan(ctxOf(s.treasurer.user, now), { associationId: s.association.id, planId: draft.plan.id, adoptedOn: "2008-10-07", decisionId: recorded.value.decisionId, confirm: "yes" });
    expect(adopted.ok).toBe(true);
    expect((await db().budgetPlan.findUniqueOrThrow({ where: { id: draft.plan.id } })).adoptedByDecisionId).toBe(recorded.value.decisionId);
  });

  it("refuses a decision of another association", async () => {
    const s = await setting();
    const other = await setting();
    const theirs = await recordDecision(ctxOf(other.secretary.user, now), disks(other.association.id, other.item.id, { amount: undefined }));
    if (!theirs.ok) throw new Error(theirs.reason);
    const draft = await makePlan(s.association.id, { fiscalYear: 2009, lines: [{ kind: "EXPENSE", label: "Serveurs", amountCents: 50_000 }, { kind: "INCOME", label: "Dons", amountCents: 50_000 }] });
    expect(await adoptPlan(ctxOf(s.treasurer.user, now), { associationId: s.association.id, planId: draft.plan.id, adoptedOn: "2008-10-07", decisionId: theirs.value.decisionId, confirm: "yes" })).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect((await db().budgetPlan.findUniqueOrThrow({ where: { id: draft.plan.id } })).status).toBe("DRAFT");
  });
});
