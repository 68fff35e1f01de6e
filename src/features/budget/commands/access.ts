import "server-only";
import { actorOrRefusal } from "@/features/members/commands";
import type { Tx } from "@/lib/db";
import { ok, refuse, type Result } from "@/lib/result";
import type { Ctx } from "@/lib/use-case";
import { budgetCan } from "../rules";

/** The treasurer or the president of this association, or a refusal (NOT_FOUND for outsiders). */
export async function editorOrRefusal(tx: Tx, ctx: Ctx, associationId: string): Promise<Result<null>> {
  const acting = await actorOrRefusal(tx, ctx, associationId);
  if (!acting.ok) return acting;
  if (!budgetCan.edit(acting.value)) return refuse("FORBIDDEN");
  return ok(null);
}

/**
 * Locks the plan for the rest of the transaction: edits, adoption and the entries it moves are
 * serialized, so nothing slips into a plan while it is being adopted.
 */
export async function lockPlan(tx: Tx, associationId: string, planId: string) {
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "BudgetPlan" WHERE id = ${planId}::uuid AND "associationId" = ${associationId}::uuid FOR UPDATE`;
  if (!row) return null;
  return tx.budgetPlan.findUniqueOrThrow({ where: { id: row.id } });
}

/** A line of this association with its plan locked, or null (another association's line: not found). */
export async function lockLine(tx: Tx, associationId: string, lineId: string) {
  const line = await tx.budgetLine.findFirst({ where: { id: lineId, associationId } });
  if (!line) return null;
  const plan = await lockPlan(tx, associationId, line.planId);
  if (!plan) return null;
  return { line, plan };
}

export const toCents = (value: bigint) => Number(value);
