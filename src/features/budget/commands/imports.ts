import "server-only";
import type { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { ok, refuse, type Result } from "@/lib/result";
import { inTransaction, type Ctx } from "@/lib/use-case";
import { buildImportPreview, fingerprintOf } from "../queries";
import { entryTargetProblem, guessSettings, MAX_FILE_BYTES, readCsv, type ImportSettings } from "../rules";
import type { confirmImportSchema, importRefSchema } from "../schema";
import { editorOrRefusal, lockPlan } from "./access";

type UploadedFile = { fileName: string; content: Uint8Array };

/** Files left at the preview step for a week are forgotten. */
const STAGING_DAYS = 7;

function fileProblem(file: UploadedFile) {
  if (file.content.length === 0) return "EMPTY_FILE";
  if (file.content.length > MAX_FILE_BYTES) return "FILE_TOO_LARGE";
  return null;
}

const fileName = (name: string) => name.replace(/[\r\n\t]/g, " ").trim().slice(-120) || "import.csv";

/** The columns a set of choices reads, to tell whether they fit another file. */
function columnsOf(settings: ImportSettings): string[] {
  const amount = settings.amount.mode === "single" ? [settings.amount.column] : [settings.amount.debitColumn, settings.amount.creditColumn];
  const line = settings.lines.mode === "column" ? [settings.lines.column] : [];
  return [settings.dateColumn, settings.labelColumn, settings.referenceColumn ?? "", ...amount, ...line].filter(Boolean);
}

/**
 * First choices for a new file: those of the plan's last import when the file has the same
 * columns (the same export, a month later), else guesses from the header (Paheko's names).
 */
async function firstSettings(tx: Tx, planId: string, content: Uint8Array): Promise<ImportSettings | null> {
  const read = readCsv(content, "auto", "auto");
  if (!read.ok) return null;
  const previous = await tx.budgetImport.findFirst({ where: { planId, settings: { not: Prisma.DbNull } }, orderBy: { updatedAt: "desc" }, select: { settings: true } });
  const reused = previous?.settings as ImportSettings | null | undefined;
  if (reused && columnsOf(reused).every((column) => read.table.header.includes(column))) return reused;
  const firstLine = await tx.budgetLine.findFirst({ where: { planId }, orderBy: [{ kind: "asc" }, { position: "asc" }], select: { id: true } });
  return guessSettings(read.table.header, firstLine?.id ?? "");
}

/** Step 1: the uploaded file waits in the staging table until its columns are chosen. */
export async function uploadImport(ctx: Ctx, input: { associationId: string; planId: string } & UploadedFile): Promise<Result<{ importId: string }>> {
  return inTransaction(async (tx) => {
    const allowed = await editorOrRefusal(tx, ctx, input.associationId);
    if (!allowed.ok) return allowed;
    const plan = await lockPlan(tx, input.associationId, input.planId);
    if (!plan) return refuse("NOT_FOUND");
    const problem = entryTargetProblem(plan) ?? fileProblem(input);
    if (problem) return refuse(problem, problem === "FILE_TOO_LARGE" ? { max: MAX_FILE_BYTES / 1_000_000 } : undefined);
    await tx.budgetImport.deleteMany({
      where: { associationId: input.associationId, importedAt: null, createdAt: { lt: new Date(ctx.now.getTime() - STAGING_DAYS * 86_400_000) } },
    });
    const settings = await firstSettings(tx, plan.id, input.content);
    const staged = await tx.budgetImport.create({
      data: {
        associationId: input.associationId,
        planId: plan.id,
        createdById: ctx.userId,
        fileName: fileName(input.fileName),
        content: new Uint8Array(input.content),
        settings: (settings ?? undefined) as Prisma.InputJsonValue | undefined,
      },
    });
    await recordAudit(tx, {
      associationId: input.associationId,
      actorUserId: ctx.userId,
      entity: "BudgetImport",
      entityId: staged.id,
      action: "budget.import.upload",
      after: { planId: plan.id, fileName: staged.fileName, bytes: input.content.length },
      at: ctx.now,
    });
    return ok({ importId: staged.id });
  });
}

async function lockImport(tx: Tx, associationId: string, importId: string) {
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "BudgetImport" WHERE id = ${importId}::uuid AND "associationId" = ${associationId}::uuid FOR UPDATE`;
  if (!row) return null;
  return tx.budgetImport.findUniqueOrThrow({ where: { id: row.id } });
}

/** A corrected file replaces the staged one; the columns chosen stay. */
export async function replaceImportFile(ctx: Ctx, input: { associationId: string; importId: string } & UploadedFile): Promise<Result<null>> {
  return inTransaction(async (tx) => {
    const allowed = await editorOrRefusal(tx, ctx, input.associationId);
    if (!allowed.ok) return allowed;
    const staged = await lockImport(tx, input.associationId, input.importId);
    if (!staged) return refuse("NOT_FOUND");
    if (staged.importedAt) return refuse("IMPORT_DONE");
    const problem = fileProblem(input);
    if (problem) return refuse(problem, problem === "FILE_TOO_LARGE" ? { max: MAX_FILE_BYTES / 1_000_000 } : undefined);
    const settings = staged.settings ?? (await firstSettings(tx, staged.planId, input.content));
    await tx.budgetImport.update({
      where: { id: staged.id },
      data: { fileName: fileName(input.fileName), content: new Uint8Array(input.content), settings: (settings ?? undefined) as Prisma.InputJsonValue | undefined },
    });
    await recordAudit(tx, {
      associationId: input.associationId,
      actorUserId: ctx.userId,
      entity: "BudgetImport",
      entityId: staged.id,
      action: "budget.import.replace",
      before: { fileName: staged.fileName, bytes: staged.content.length },
      after: { fileName: fileName(input.fileName), bytes: input.content.length },
      at: ctx.now,
    });
    return ok(null);
  });
}

/** Step 2: the columns, the encoding, the separator and the lines, saved for the preview. */
export async function saveImportSettings(ctx: Ctx, input: { associationId: string; importId: string; settings: ImportSettings }): Promise<Result<null>> {
  return inTransaction(async (tx) => {
    const allowed = await editorOrRefusal(tx, ctx, input.associationId);
    if (!allowed.ok) return allowed;
    const staged = await lockImport(tx, input.associationId, input.importId);
    if (!staged) return refuse("NOT_FOUND");
    if (staged.importedAt) return refuse("IMPORT_DONE");
    await tx.budgetImport.update({ where: { id: staged.id }, data: { settings: input.settings as unknown as Prisma.InputJsonValue } });
    await recordAudit(tx, {
      associationId: input.associationId,
      actorUserId: ctx.userId,
      entity: "BudgetImport",
      entityId: staged.id,
      action: "budget.import.settings",
      before: staged.settings,
      after: input.settings,
      at: ctx.now,
    });
    return ok(null);
  });
}

export type ImportOutcome = { imported: number; duplicates: number; skipped: number };

/**
 * Step 3: the file is read again on the server (the preview is never trusted), and imported
 * only when no row is wrong. Rows already imported are left out by their fingerprint, even when
 * two imports race (the unique constraint has the last word).
 */
export async function confirmImport(ctx: Ctx, input: z.output<typeof confirmImportSchema>): Promise<Result<ImportOutcome>> {
  return inTransaction(async (tx) => {
    const allowed = await editorOrRefusal(tx, ctx, input.associationId);
    if (!allowed.ok) return allowed;
    const staged = await lockImport(tx, input.associationId, input.importId);
    if (!staged) return refuse("NOT_FOUND");
    if (staged.importedAt) return refuse("IMPORT_DONE");
    if (staged.updatedAt.toISOString() !== input.version) return refuse("IMPORT_CHANGED");
    const plan = await lockPlan(tx, input.associationId, staged.planId);
    if (!plan) return refuse("NOT_FOUND");
    const target = entryTargetProblem(plan);
    if (target) return refuse(target);
    const lines = await tx.budgetLine.findMany({ where: { planId: plan.id }, select: { id: true, kind: true } });
    const association = await tx.association.findUniqueOrThrow({ where: { id: input.associationId }, select: { locale: true } });
    const { preview, fileProblem } = await buildImportPreview(tx, input.associationId, staged, plan, lines, association.locale);
    if (fileProblem || !preview) return refuse("IMPORT_FILE_PROBLEM");
    if (preview.counts.invalid > 0) return refuse("IMPORT_HAS_ERRORS", { count: preview.counts.invalid });
    const ready = preview.rows.flatMap((r) => (r.status === "ready" ? [r.entry] : []));
    const created = await tx.budgetEntry.createMany({
      data: ready.map((entry) => ({
        associationId: input.associationId,
        lineId: entry.lineId,
        date: new Date(`${entry.date}T00:00:00Z`),
        amountCents: BigInt(entry.amountCents),
        label: entry.label,
        reference: entry.reference,
        source: "IMPORT" as const,
        importId: staged.id,
        fingerprint: fingerprintOf(entry),
      })),
      skipDuplicates: true,
    });
    const outcome = { imported: created.count, duplicates: preview.counts.duplicate + (ready.length - created.count), skipped: preview.counts.skipped };
    await tx.budgetImport.update({ where: { id: staged.id }, data: { importedAt: ctx.now, importedCount: created.count } });
    await recordAudit(tx, {
      associationId: input.associationId,
      actorUserId: ctx.userId,
      entity: "BudgetImport",
      entityId: staged.id,
      action: "budget.import.confirm",
      after: { planId: plan.id, fileName: staged.fileName, ...outcome },
      at: ctx.now,
    });
    return ok(outcome);
  });
}

/** Gives up a staged file that was not imported. */
export async function discardImport(ctx: Ctx, input: z.output<typeof importRefSchema>): Promise<Result<{ planId: string }>> {
  return inTransaction(async (tx) => {
    const allowed = await editorOrRefusal(tx, ctx, input.associationId);
    if (!allowed.ok) return allowed;
    const staged = await lockImport(tx, input.associationId, input.importId);
    if (!staged) return refuse("NOT_FOUND");
    if (staged.importedAt) return refuse("IMPORT_DONE");
    await tx.budgetImport.delete({ where: { id: staged.id } });
    await recordAudit(tx, {
      associationId: input.associationId,
      actorUserId: ctx.userId,
      entity: "BudgetImport",
      entityId: staged.id,
      action: "budget.import.discard",
      before: { fileName: staged.fileName },
      at: ctx.now,
    });
    return ok({ planId: staged.planId });
  });
}
