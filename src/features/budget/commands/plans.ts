import "server-only";
import type { z } from "zod";
import { recordAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { ok, refuse, type Result } from "@/lib/result";
import { inTransaction, type Ctx } from "@/lib/use-case";
import { isoDate, localDateOf, localToDateColumn } from "@/lib/zoned-time";
import { decisionOfAssociation } from "../queries";
import { adoptionDateProblem, adoptionProblem, carryOverPlan, fiscalYearDates, planEditProblem, revisionProblem } from "../rules";
import type { adoptPlanSchema, createPlanSchema, deletePlanSchema, planRefSchema } from "../schema";
import { editorOrRefusal, lockPlan, toCents } from "./access";

/** Serializes the creation of plans and revisions in one association. */
async function lockAssociation(tx: Tx, associationId: string) {
  await tx.$queryRaw`SELECT id FROM "Association" WHERE id = ${associationId}::uuid FOR UPDATE`;
  return tx.association.findUniqueOrThrow({ where: { id: associationId } });
}

async function copyLines(tx: Tx, fromPlanId: string, toPlan: { id: string; associationId: string }, asRevision: boolean) {
  const lines = await tx.budgetLine.findMany({ where: { planId: fromPlanId }, orderBy: [{ kind: "asc" }, { position: "asc" }] });
  await tx.budgetLine.createMany({
    data: lines.map((l) => ({
      associationId: toPlan.associationId,
      planId: toPlan.id,
      kind: l.kind,
      position: l.position,
      label: l.label,
      amountCents: l.amountCents,
      remark: l.remark,
      category: l.category,
      sourceLineId: asRevision ? l.id : null,
    })),
  });
  return lines.length;
}

/** A new draft for a fiscal year, empty or starting from another year's lines. */
export async function createPlan(ctx: Ctx, input: z.output<typeof createPlanSchema>): Promise<Result<{ planId: string }>> {
  return inTransaction(async (tx) => {
    const allowed = await editorOrRefusal(tx, ctx, input.associationId);
    if (!allowed.ok) return allowed;
    const association = await lockAssociation(tx, input.associationId);
    const source = input.copyFromPlanId ? await tx.budgetPlan.findFirst({ where: { id: input.copyFromPlanId, associationId: input.associationId } }) : null;
    if (input.copyFromPlanId && !source) return refuse("NOT_FOUND");
    if (await tx.budgetPlan.findFirst({ where: { associationId: input.associationId, fiscalYear: input.fiscalYear } })) {
      return refuse("PLAN_EXISTS", { year: input.fiscalYear });
    }
    const year = fiscalYearDates(input.fiscalYear, association.fiscalYearStartMonth);
    const plan = await tx.budgetPlan.create({
      data: { associationId: input.associationId, fiscalYear: input.fiscalYear, startsOn: localToDateColumn(year.startsOn), endsOn: localToDateColumn(year.endsOn) },
    });
    const copied = source ? await copyLines(tx, source.id, plan, false) : 0;
    await recordAudit(tx, {
      associationId: input.associationId,
      actorUserId: ctx.userId,
      entity: "BudgetPlan",
      entityId: plan.id,
      action: "budget.plan.create",
      after: { fiscalYear: plan.fiscalYear, startsOn: isoDate(year.startsOn), endsOn: isoDate(year.endsOn), copiedFrom: source?.id ?? null, copiedLines: copied },
      at: ctx.now,
    });
    return ok({ planId: plan.id });
  });
}

/** A draft made by mistake goes away, with its lines; not once entries were recorded on it. */
export async function deletePlan(ctx: Ctx, input: z.output<typeof deletePlanSchema>): Promise<Result<null>> {
  return inTransaction(async (tx) => {
    const allowed = await editorOrRefusal(tx, ctx, input.associationId);
    if (!allowed.ok) return allowed;
    const plan = await lockPlan(tx, input.associationId, input.planId);
    if (!plan) return refuse("NOT_FOUND");
    const problem = planEditProblem(plan);
    if (problem) return refuse(problem);
    if ((await tx.budgetEntry.count({ where: { line: { planId: plan.id } } })) > 0) return refuse("PLAN_HAS_ENTRIES");
    const lines = await tx.budgetLine.findMany({ where: { planId: plan.id }, select: { kind: true, label: true, amountCents: true } });
    await tx.budgetPlan.delete({ where: { id: plan.id } });
    await recordAudit(tx, {
      associationId: input.associationId,
      actorUserId: ctx.userId,
      entity: "BudgetPlan",
      entityId: plan.id,
      action: "budget.plan.delete",
      before: { fiscalYear: plan.fiscalYear, revision: plan.revision, lines: lines.map((l) => ({ ...l, amountCents: toCents(l.amountCents) })) },
      at: ctx.now,
    });
    return ok(null);
  });
}

/**
 * Records the adoption (by the general assembly, on a day). The plan becomes read-only. Adopting
 * a revision replaces the plan it revises, which stays for comparison; its entries move to the
 * copies of their lines.
 */
export async function adoptPlan(ctx: Ctx, input: z.output<typeof adoptPlanSchema>): Promise<Result<{ movedEntries: number }>> {
  return inTransaction(async (tx) => {
    const allowed = await editorOrRefusal(tx, ctx, input.associationId);
    if (!allowed.ok) return allowed;
    const plan = await lockPlan(tx, input.associationId, input.planId);
    if (!plan) return refuse("NOT_FOUND");
    const lines = await tx.budgetLine.findMany({ where: { planId: plan.id }, select: { id: true, sourceLineId: true } });
    const problem = adoptionProblem(plan, lines.length);
    if (problem) return refuse(problem);
    const association = await tx.association.findUniqueOrThrow({ where: { id: input.associationId }, select: { timezone: true } });
    const dateProblem = adoptionDateProblem(input.adoptedOn, isoDate(localDateOf(ctx.now, association.timezone)));
    if (dateProblem) return refuse(dateProblem);
    if (input.decisionId && !(await decisionOfAssociation(tx, input.associationId, input.decisionId))) return refuse("NOT_FOUND");
    let moved = 0;
    let replaced: string | null = null;
    if (plan.revisesId) {
      const previous = await lockPlan(tx, input.associationId, plan.revisesId);
      if (previous && previous.status === "ADOPTED") {
        const oldLines = await tx.budgetLine.findMany({ where: { planId: previous.id }, select: { id: true, label: true, _count: { select: { entries: true } } } });
        const carry = carryOverPlan(
          oldLines.map((l) => ({ id: l.id, label: l.label, entryCount: l._count.entries })),
          lines,
        );
        if (!carry.ok) return refuse(carry.reason, { label: carry.label });
        for (const move of carry.moves) moved += (await tx.budgetEntry.updateMany({ where: { lineId: move.from }, data: { lineId: move.to } })).count;
        // Decisions follow their line into the revision, so what they commit stays counted.
        for (const line of lines) {
          if (line.sourceLineId) await tx.decision.updateMany({ where: { associationId: input.associationId, budgetLineId: line.sourceLineId }, data: { budgetLineId: line.id } });
        }
        await tx.budgetPlan.update({ where: { id: previous.id }, data: { status: "SUPERSEDED" } });
        replaced = previous.id;
      }
    }
    await tx.budgetPlan.update({
      where: { id: plan.id },
      data: { status: "ADOPTED", adoptedOn: new Date(`${input.adoptedOn}T00:00:00Z`), adoptedByDecisionId: input.decisionId ?? null },
    });
    await recordAudit(tx, {
      associationId: input.associationId,
      actorUserId: ctx.userId,
      entity: "BudgetPlan",
      entityId: plan.id,
      action: "budget.plan.adopt",
      before: { status: plan.status },
      after: { status: "ADOPTED", adoptedOn: input.adoptedOn, decisionId: input.decisionId ?? null, replacedPlanId: replaced, movedEntries: moved },
      at: ctx.now,
    });
    return ok({ movedEntries: moved });
  });
}

/** A new draft copied from the adopted plan; the adopted one stays in force until the draft is adopted. */
export async function revisePlan(ctx: Ctx, input: z.output<typeof planRefSchema>): Promise<Result<{ planId: string }>> {
  return inTransaction(async (tx) => {
    const allowed = await editorOrRefusal(tx, ctx, input.associationId);
    if (!allowed.ok) return allowed;
    await lockAssociation(tx, input.associationId);
    const plan = await lockPlan(tx, input.associationId, input.planId);
    if (!plan) return refuse("NOT_FOUND");
    const draft = await tx.budgetPlan.findFirst({ where: { associationId: input.associationId, fiscalYear: plan.fiscalYear, status: "DRAFT" } });
    const problem = revisionProblem(plan, draft !== null);
    if (problem) return refuse(problem);
    const last = await tx.budgetPlan.aggregate({ where: { associationId: input.associationId, fiscalYear: plan.fiscalYear }, _max: { revision: true } });
    const revision = await tx.budgetPlan.create({
      data: {
        associationId: input.associationId,
        fiscalYear: plan.fiscalYear,
        startsOn: plan.startsOn,
        endsOn: plan.endsOn,
        revision: (last._max.revision ?? plan.revision) + 1,
        revisesId: plan.id,
      },
    });
    const copied = await copyLines(tx, plan.id, revision, true);
    await recordAudit(tx, {
      associationId: input.associationId,
      actorUserId: ctx.userId,
      entity: "BudgetPlan",
      entityId: revision.id,
      action: "budget.plan.revise",
      after: { fiscalYear: plan.fiscalYear, revision: revision.revision, revises: plan.id, copiedLines: copied },
      at: ctx.now,
    });
    return ok({ planId: revision.id });
  });
}
