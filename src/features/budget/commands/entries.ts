import "server-only";
import type { z } from "zod";
import { recordAudit } from "@/lib/audit";
import { ok, refuse, type Result } from "@/lib/result";
import { inTransaction, type Ctx } from "@/lib/use-case";
import { dateColumnToLocal, isoDate, localDateOf, parseIsoDate } from "@/lib/zoned-time";
import { entryAmountProblem, entryTargetProblem, isWithin } from "../rules";
import type { addEntrySchema, addSnapshotSchema, deleteEntrySchema, deleteSnapshotSchema } from "../schema";
import { editorOrRefusal, lockLine, toCents } from "./access";

const dateColumn = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** An actual figure typed by hand: on the plan in force, dated within its fiscal year. */
export async function addEntry(ctx: Ctx, input: z.output<ReturnType<typeof addEntrySchema>>): Promise<Result<{ entryId: string }>> {
  return inTransaction(async (tx) => {
    const allowed = await editorOrRefusal(tx, ctx, input.associationId);
    if (!allowed.ok) return allowed;
    const found = await lockLine(tx, input.associationId, input.lineId);
    if (!found) return refuse("NOT_FOUND");
    const problem = entryTargetProblem(found.plan) ?? entryAmountProblem(input.amount);
    if (problem) return refuse(problem);
    const year = { startsOn: dateColumnToLocal(found.plan.startsOn), endsOn: dateColumnToLocal(found.plan.endsOn) };
    if (!isWithin(parseIsoDate(input.date)!, year)) return refuse("DATE_OUTSIDE_YEAR", { from: isoDate(year.startsOn), to: isoDate(year.endsOn) });
    const entry = await tx.budgetEntry.create({
      data: {
        associationId: input.associationId,
        lineId: found.line.id,
        date: dateColumn(input.date),
        amountCents: BigInt(input.amount),
        label: input.label,
        reference: input.reference,
        source: "MANUAL",
      },
    });
    await recordAudit(tx, {
      associationId: input.associationId,
      actorUserId: ctx.userId,
      entity: "BudgetEntry",
      entityId: entry.id,
      action: "budget.entry.add",
      after: { lineId: found.line.id, date: input.date, amountCents: input.amount, label: input.label, reference: input.reference },
      at: ctx.now,
    });
    return ok({ entryId: entry.id });
  });
}

export async function deleteEntry(ctx: Ctx, input: z.output<typeof deleteEntrySchema>): Promise<Result<null>> {
  return inTransaction(async (tx) => {
    const allowed = await editorOrRefusal(tx, ctx, input.associationId);
    if (!allowed.ok) return allowed;
    const entry = await tx.budgetEntry.findFirst({ where: { id: input.entryId, associationId: input.associationId } });
    if (!entry) return refuse("NOT_FOUND");
    const found = await lockLine(tx, input.associationId, entry.lineId);
    if (!found) return refuse("NOT_FOUND");
    if (found.plan.status === "SUPERSEDED") return refuse("PLAN_SUPERSEDED");
    await tx.budgetEntry.delete({ where: { id: entry.id } });
    await recordAudit(tx, {
      associationId: input.associationId,
      actorUserId: ctx.userId,
      entity: "BudgetEntry",
      entityId: entry.id,
      action: "budget.entry.delete",
      before: { lineId: entry.lineId, date: isoDate(dateColumnToLocal(entry.date)), amountCents: toCents(entry.amountCents), label: entry.label, reference: entry.reference, source: entry.source },
      at: ctx.now,
    });
    return ok(null);
  });
}

/** The bank balance read on a day: one per day, not in the future; an overdraft is negative. */
export async function addSnapshot(ctx: Ctx, input: z.output<ReturnType<typeof addSnapshotSchema>>): Promise<Result<{ snapshotId: string }>> {
  return inTransaction(async (tx) => {
    const allowed = await editorOrRefusal(tx, ctx, input.associationId);
    if (!allowed.ok) return allowed;
    const problem = entryAmountProblem(input.balance, { zeroAllowed: true });
    if (problem) return refuse(problem);
    const association = await tx.association.findUniqueOrThrow({ where: { id: input.associationId }, select: { timezone: true } });
    if (input.on > isoDate(localDateOf(ctx.now, association.timezone))) return refuse("SNAPSHOT_IN_FUTURE");
    if (await tx.treasurySnapshot.findFirst({ where: { associationId: input.associationId, on: dateColumn(input.on) } })) return refuse("SNAPSHOT_EXISTS");
    const snapshot = await tx.treasurySnapshot.create({
      data: { associationId: input.associationId, on: dateColumn(input.on), balanceCents: BigInt(input.balance), note: input.note },
    });
    await recordAudit(tx, {
      associationId: input.associationId,
      actorUserId: ctx.userId,
      entity: "TreasurySnapshot",
      entityId: snapshot.id,
      action: "budget.treasury.add",
      after: { on: input.on, balanceCents: input.balance, note: input.note },
      at: ctx.now,
    });
    return ok({ snapshotId: snapshot.id });
  });
}

export async function deleteSnapshot(ctx: Ctx, input: z.output<typeof deleteSnapshotSchema>): Promise<Result<null>> {
  return inTransaction(async (tx) => {
    const allowed = await editorOrRefusal(tx, ctx, input.associationId);
    if (!allowed.ok) return allowed;
    const snapshot = await tx.treasurySnapshot.findFirst({ where: { id: input.snapshotId, associationId: input.associationId } });
    if (!snapshot) return refuse("NOT_FOUND");
    await tx.treasurySnapshot.delete({ where: { id: snapshot.id } });
    await recordAudit(tx, {
      associationId: input.associationId,
      actorUserId: ctx.userId,
      entity: "TreasurySnapshot",
      entityId: snapshot.id,
      action: "budget.treasury.delete",
      before: { on: isoDate(dateColumnToLocal(snapshot.on)), balanceCents: toCents(snapshot.balanceCents), note: snapshot.note },
      at: ctx.now,
    });
    return ok(null);
  });
}
