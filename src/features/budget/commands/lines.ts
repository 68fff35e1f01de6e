import "server-only";
import type { z } from "zod";
import { recordAudit } from "@/lib/audit";
import { ok, refuse, type Result } from "@/lib/result";
import { inTransaction, type Ctx } from "@/lib/use-case";
import { moveLine as movedPositions, planAmountProblem, planEditProblem } from "../rules";
import type { addLineSchema, deleteLineSchema, moveLineSchema, updateLineSchema } from "../schema";
import { editorOrRefusal, lockLine, lockPlan, toCents } from "./access";

type AddLine = z.output<ReturnType<typeof addLineSchema>>;
type UpdateLine = z.output<ReturnType<typeof updateLineSchema>>;

export async function addLine(ctx: Ctx, input: AddLine): Promise<Result<{ lineId: string }>> {
  return inTransaction(async (tx) => {
    const allowed = await editorOrRefusal(tx, ctx, input.associationId);
    if (!allowed.ok) return allowed;
    const plan = await lockPlan(tx, input.associationId, input.planId);
    if (!plan) return refuse("NOT_FOUND");
    const problem = planEditProblem(plan) ?? planAmountProblem(input.amount);
    if (problem) return refuse(problem);
    const last = await tx.budgetLine.aggregate({ where: { planId: plan.id, kind: input.kind }, _max: { position: true } });
    const line = await tx.budgetLine.create({
      data: {
        associationId: input.associationId,
        planId: plan.id,
        kind: input.kind,
        position: (last._max.position ?? -1) + 1,
        label: input.label,
        amountCents: BigInt(input.amount),
        remark: input.remark,
        category: input.category,
      },
    });
    await recordAudit(tx, {
      associationId: input.associationId,
      actorUserId: ctx.userId,
      entity: "BudgetLine",
      entityId: line.id,
      action: "budget.line.add",
      after: { planId: plan.id, kind: input.kind, label: input.label, amountCents: input.amount, remark: input.remark, category: input.category },
      at: ctx.now,
    });
    return ok({ lineId: line.id });
  });
}

export async function updateLine(ctx: Ctx, input: UpdateLine): Promise<Result<null>> {
  return inTransaction(async (tx) => {
    const allowed = await editorOrRefusal(tx, ctx, input.associationId);
    if (!allowed.ok) return allowed;
    const found = await lockLine(tx, input.associationId, input.lineId);
    if (!found) return refuse("NOT_FOUND");
    const problem = planEditProblem(found.plan) ?? planAmountProblem(input.amount);
    if (problem) return refuse(problem);
    const { line } = found;
    const after = { label: input.label, amountCents: input.amount, remark: input.remark, category: input.category };
    await tx.budgetLine.update({ where: { id: line.id }, data: { ...after, amountCents: BigInt(input.amount) } });
    await recordAudit(tx, {
      associationId: input.associationId,
      actorUserId: ctx.userId,
      entity: "BudgetLine",
      entityId: line.id,
      action: "budget.line.update",
      before: { label: line.label, amountCents: toCents(line.amountCents), remark: line.remark, category: line.category },
      after,
      at: ctx.now,
    });
    return ok(null);
  });
}

export async function moveLine(ctx: Ctx, input: z.output<typeof moveLineSchema>): Promise<Result<null>> {
  return inTransaction(async (tx) => {
    const allowed = await editorOrRefusal(tx, ctx, input.associationId);
    if (!allowed.ok) return allowed;
    const found = await lockLine(tx, input.associationId, input.lineId);
    if (!found) return refuse("NOT_FOUND");
    const problem = planEditProblem(found.plan);
    if (problem) return refuse(problem);
    const lines = await tx.budgetLine.findMany({ where: { planId: found.plan.id }, select: { id: true, kind: true, position: true } });
    const moves = movedPositions(lines, input.lineId, input.direction);
    if (!moves) return refuse("LINE_AT_EDGE");
    for (const move of moves) await tx.budgetLine.update({ where: { id: move.id }, data: { position: move.position } });
    await recordAudit(tx, {
      associationId: input.associationId,
      actorUserId: ctx.userId,
      entity: "BudgetLine",
      entityId: input.lineId,
      action: "budget.line.move",
      before: { position: found.line.position },
      after: { direction: input.direction, positions: moves },
      at: ctx.now,
    });
    return ok(null);
  });
}

/** Only from a draft, and only a line without entries (they would lose their line). */
export async function deleteLine(ctx: Ctx, input: z.output<typeof deleteLineSchema>): Promise<Result<null>> {
  return inTransaction(async (tx) => {
    const allowed = await editorOrRefusal(tx, ctx, input.associationId);
    if (!allowed.ok) return allowed;
    const found = await lockLine(tx, input.associationId, input.lineId);
    if (!found) return refuse("NOT_FOUND");
    const problem = planEditProblem(found.plan);
    if (problem) return refuse(problem);
    if ((await tx.budgetEntry.count({ where: { lineId: found.line.id } })) > 0) return refuse("LINE_HAS_ENTRIES", { label: found.line.label });
    await tx.budgetLine.delete({ where: { id: found.line.id } });
    const { line } = found;
    await recordAudit(tx, {
      associationId: input.associationId,
      actorUserId: ctx.userId,
      entity: "BudgetLine",
      entityId: line.id,
      action: "budget.line.delete",
      before: { planId: line.planId, kind: line.kind, label: line.label, amountCents: toCents(line.amountCents), remark: line.remark, category: line.category },
      at: ctx.now,
    });
    return ok(null);
  });
}
