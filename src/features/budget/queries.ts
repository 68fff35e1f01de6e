import "server-only";
import { createHash } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import type { Cents, MoneyLocale } from "@/lib/money";
import { dateColumnToLocal, isoDate, localDateOf } from "@/lib/zoned-time";
import {
  columnValues,
  fiscalYearContaining,
  markDuplicates,
  planFigures,
  previewImport,
  readCsv,
  treasuryState,
  outstandingCommitments,
  type CsvTable,
  type ImportSettings,
  type LineKind,
  type Preview,
  type ReadyEntry,
} from "./rules";

type Reader = Tx | ReturnType<typeof db>;

const cents = (value: bigint | null | undefined): Cents => Number(value ?? 0);
const day = (value: Date) => isoDate(dateColumnToLocal(value));

/**
 * Amounts committed by decisions, per line of the plan: the amounts of the adopted decisions
 * that name the line (as recorded, excluding or including tax).
 */
export async function committedByLine(reader: Reader, associationId: string, planId: string): Promise<Map<string, Cents>> {
  const sums = await reader.decision.groupBy({
    by: ["budgetLineId"],
    where: { associationId, outcome: "ADOPTED", amountCents: { not: null }, budgetLine: { planId, associationId } },
    _sum: { amountCents: true },
  });
  return new Map(sums.filter((s) => s.budgetLineId).map((s) => [s.budgetLineId as string, s._sum.amountCents ?? 0]));
}

/** The decisions a plan may be adopted by: adopted ones, the general assembly's first. */
export async function adoptionDecisions(associationId: string): Promise<{ id: string; label: string }[]> {
  const decisions = await db().decision.findMany({
    where: { associationId, outcome: "ADOPTED" },
    select: { id: true, text: true, votedAt: true, meeting: { select: { kind: true, title: true } } },
    orderBy: { votedAt: "desc" },
    take: 100,
  });
  const assemblyFirst = [...decisions.filter((d) => d.meeting.kind === "GENERAL_ASSEMBLY"), ...decisions.filter((d) => d.meeting.kind !== "GENERAL_ASSEMBLY")];
  return assemblyFirst.map((d) => ({ id: d.id, label: `${d.meeting.title} — ${d.text.length > 80 ? `${d.text.slice(0, 79)}…` : d.text}` }));
}

/** The expense lines a decision may commit: those of plans still in force (draft or adopted). */
export async function committableLines(associationId: string): Promise<{ id: string; label: string }[]> {
  const lines = await db().budgetLine.findMany({
    where: { associationId, kind: "EXPENSE", plan: { status: { in: ["DRAFT", "ADOPTED"] } } },
    select: { id: true, label: true, plan: { select: { fiscalYear: true, status: true } } },
    orderBy: [{ plan: { fiscalYear: "desc" } }, { plan: { revision: "desc" } }, { position: "asc" }],
  });
  return lines.map((l) => ({ id: l.id, label: `${l.plan.fiscalYear}${l.plan.status === "DRAFT" ? "*" : ""} · ${l.label}` }));
}

/** A line a decision may commit, in this association (tenant scope). */
export async function committableLineOf(reader: Reader, associationId: string, lineId: string): Promise<boolean> {
  return (await reader.budgetLine.count({ where: { id: lineId, associationId, kind: "EXPENSE", plan: { status: { in: ["DRAFT", "ADOPTED"] } } } })) > 0;
}

export async function decisionOfAssociation(reader: Reader, associationId: string, decisionId: string): Promise<boolean> {
  return (await reader.decision.count({ where: { id: decisionId, associationId } })) > 0;
}

export async function budgetSettings(reader: Reader, associationId: string) {
  return reader.association.findUniqueOrThrow({
    where: { id: associationId },
    select: { locale: true, currency: true, timezone: true, fiscalYearStartMonth: true, membersSeeBudget: true },
  });
}

async function actualByLine(reader: Reader, lineIds: string[]): Promise<Map<string, Cents>> {
  if (!lineIds.length) return new Map();
  const sums = await reader.budgetEntry.groupBy({ by: ["lineId"], where: { lineId: { in: lineIds } }, _sum: { amountCents: true }, _count: { _all: true } });
  return new Map(sums.map((s) => [s.lineId, cents(s._sum.amountCents)]));
}

export type PlanLine = { id: string; kind: LineKind; position: number; label: string; amountCents: Cents; remark: string | null; category: string | null; sourceLineId: string | null };

async function linesOf(reader: Reader, planId: string): Promise<PlanLine[]> {
  const lines = await reader.budgetLine.findMany({ where: { planId }, orderBy: [{ kind: "asc" }, { position: "asc" }, { id: "asc" }] });
  return lines.map((l) => ({ id: l.id, kind: l.kind, position: l.position, label: l.label, amountCents: cents(l.amountCents), remark: l.remark, category: l.category, sourceLineId: l.sourceLineId }));
}

const planSelect = {
  id: true,
  associationId: true,
  fiscalYear: true,
  startsOn: true,
  endsOn: true,
  revision: true,
  revisesId: true,
  status: true,
  adoptedOn: true,
  adoptedByDecisionId: true,
  note: true,
} as const;

/** Every plan of the association, newest year first, with its forecast totals. */
export async function plansOf(associationId: string) {
  const plans = await db().budgetPlan.findMany({ where: { associationId }, select: planSelect, orderBy: [{ fiscalYear: "desc" }, { revision: "desc" }] });
  const totals = await db().budgetLine.groupBy({ by: ["planId", "kind"], where: { associationId }, _sum: { amountCents: true } });
  const total = (planId: string, kind: LineKind) => cents(totals.find((t) => t.planId === planId && t.kind === kind)?._sum.amountCents);
  return plans.map((p) => ({ ...p, expense: total(p.id, "EXPENSE"), income: total(p.id, "INCOME") }));
}

type PlanRow = Awaited<ReturnType<typeof plansOf>>[number];

/** The plan in force for the fiscal year of today: adopted, else the draft; else the latest year's. */
export function currentPlanOf<P extends Pick<PlanRow, "fiscalYear" | "status" | "revision">>(plans: readonly P[], fiscalYear: number): P | null {
  const inForce = (list: readonly P[]) => list.find((p) => p.status === "ADOPTED") ?? list.find((p) => p.status === "DRAFT") ?? null;
  const thisYear = inForce(plans.filter((p) => p.fiscalYear === fiscalYear));
  if (thisYear) return thisYear;
  const latestYear = plans[0]?.fiscalYear;
  return latestYear === undefined ? null : inForce(plans.filter((p) => p.fiscalYear === latestYear));
}

export async function currentFiscalYear(associationId: string, now: Date) {
  const settings = await budgetSettings(db(), associationId);
  return fiscalYearContaining(localDateOf(now, settings.timezone), settings.fiscalYearStartMonth);
}

/** A plan with its lines and every figure, or null when it is not this association's. */
export async function planView(reader: Reader, associationId: string, planId: string) {
  const plan = await reader.budgetPlan.findFirst({ where: { id: planId, associationId }, select: planSelect });
  if (!plan) return null;
  const lines = await linesOf(reader, plan.id);
  const actual = await actualByLine(reader, lines.map((l) => l.id));
  const committed = await committedByLine(reader, associationId, plan.id);
  const figures = planFigures(lines, actual, committed);
  const [revisedBy, supersededBy, revises] = await Promise.all([
    reader.budgetPlan.findFirst({ where: { associationId, revisesId: plan.id, status: "DRAFT" }, select: { id: true, revision: true } }),
    reader.budgetPlan.findFirst({ where: { associationId, revisesId: plan.id, status: { not: "DRAFT" } }, select: { id: true, revision: true } }),
    plan.revisesId ? reader.budgetPlan.findFirst({ where: { associationId, id: plan.revisesId }, select: { id: true, revision: true, status: true } }) : null,
  ]);
  return { plan, lines, figures, revisedBy, supersededBy, revises };
}

export type PlanView = NonNullable<Awaited<ReturnType<typeof planView>>>;

export async function planLines(associationId: string, planId: string) {
  const plan = await db().budgetPlan.findFirst({ where: { id: planId, associationId }, select: planSelect });
  if (!plan) return null;
  return { plan, lines: await linesOf(db(), plan.id) };
}

/** The entries of a plan (or of one of its lines), latest first. */
export async function entriesOf(associationId: string, planId: string, lineId?: string) {
  const entries = await db().budgetEntry.findMany({
    where: { associationId, line: { planId, ...(lineId ? { id: lineId } : {}) } },
    select: { id: true, date: true, amountCents: true, label: true, reference: true, source: true, lineId: true, line: { select: { label: true, kind: true } } },
    orderBy: [{ date: "desc" }, { createdAt: "desc" }],
    take: 2_000,
  });
  return entries.map((e) => ({ ...e, amountCents: cents(e.amountCents) }));
}

export const fingerprintOf = (entry: Pick<ReadyEntry, "identity">) => createHash("sha256").update(entry.identity).digest("hex");

type StagedImport = { content: Uint8Array; settings: unknown };

/** What importing the staged file would do, row by row, rows already imported included. */
export async function buildImportPreview(
  reader: Reader,
  associationId: string,
  staged: StagedImport,
  plan: { startsOn: Date; endsOn: Date },
  lines: readonly { id: string; kind: LineKind }[],
  locale: MoneyLocale,
): Promise<{ settings: ImportSettings | null; table: CsvTable | null; encoding: string | null; preview: Preview | null; fileProblem: Preview["problem"] }> {
  const settings = (staged.settings ?? null) as ImportSettings | null;
  const read = readCsv(staged.content, settings?.encoding ?? "auto", settings?.separator ?? "auto");
  if (!read.ok) return { settings, table: null, encoding: null, preview: null, fileProblem: read.problem };
  if (!settings) return { settings, table: read.table, encoding: read.encoding, preview: null, fileProblem: null };
  const fiscalYear = { startsOn: dateColumnToLocal(plan.startsOn), endsOn: dateColumnToLocal(plan.endsOn) };
  const raw = previewImport({ table: read.table, settings, lines, fiscalYear, locale });
  const fingerprints = raw.rows.flatMap((r) => (r.status === "ready" ? [fingerprintOf(r.entry)] : []));
  const known = fingerprints.length
    ? new Set((await reader.budgetEntry.findMany({ where: { associationId, fingerprint: { in: fingerprints } }, select: { fingerprint: true } })).map((e) => e.fingerprint!))
    : new Set<string>();
  const preview = markDuplicates(raw, fingerprintOf, known);
  return { settings, table: read.table, encoding: read.encoding, preview, fileProblem: preview.problem };
}

/** The import page: the staged file, its columns, the lines it may feed and the preview. */
export async function importView(associationId: string, importId: string) {
  const staged = await db().budgetImport.findFirst({ where: { id: importId, associationId } });
  if (!staged) return null;
  const plan = await db().budgetPlan.findFirstOrThrow({ where: { id: staged.planId, associationId }, select: planSelect });
  const lines = await linesOf(db(), plan.id);
  const { locale } = await budgetSettings(db(), associationId);
  const built = await buildImportPreview(db(), associationId, staged, plan, lines, locale);
  const lineColumn = built.settings?.lines.mode === "column" ? built.settings.lines.column : null;
  const values = built.table && lineColumn ? columnValues(built.table, lineColumn) : [];
  return { staged: { id: staged.id, fileName: staged.fileName, importedAt: staged.importedAt, importedCount: staged.importedCount, version: staged.updatedAt.toISOString(), size: staged.content.length }, plan, lines, values, ...built };
}

export async function recentImports(associationId: string, planId: string) {
  return db().budgetImport.findMany({
    where: { associationId, planId },
    select: { id: true, fileName: true, createdAt: true, importedAt: true, importedCount: true },
    orderBy: { createdAt: "desc" },
    take: 10,
  });
}

export async function treasuryOf(associationId: string) {
  const snapshots = await db().treasurySnapshot.findMany({ where: { associationId }, orderBy: { on: "asc" } });
  return snapshots.map((s) => ({ id: s.id, on: day(s.on), balanceCents: cents(s.balanceCents), note: s.note }));
}

/** The dashboard's glance: the plan in force, its balance and share spent, the latest treasury. */
export async function budgetAtAGlance(associationId: string, now: Date) {
  const plans = await plansOf(associationId);
  const current = currentPlanOf(plans, await currentFiscalYear(associationId, now));
  const view = current ? await planView(db(), associationId, current.id) : null;
  const snapshots = await treasuryOf(associationId);
  const treasury = treasuryState(snapshots, view ? outstandingCommitments(view.figures) : 0);
  return { plan: view?.plan ?? null, figures: view?.figures ?? null, treasury };
}

export async function slugOf(associationId: string): Promise<string> {
  return (await db().association.findUniqueOrThrow({ where: { id: associationId }, select: { slug: true } })).slug;
}

/** For pages: a plan of this association with its figures, or null. */
export const readPlanView = (associationId: string, planId: string) => planView(db(), associationId, planId);

/** Every entry of a plan for the CSV export, oldest first. */
export async function entriesForExport(associationId: string, planId: string) {
  const entries = await db().budgetEntry.findMany({
    where: { associationId, line: { planId } },
    select: { date: true, amountCents: true, label: true, reference: true, source: true, line: { select: { label: true, kind: true } } },
    orderBy: [{ date: "asc" }, { createdAt: "asc" }],
  });
  return entries.map((e) => ({ date: day(e.date), amountCents: cents(e.amountCents), label: e.label, reference: e.reference, source: e.source, lineLabel: e.line.label, kind: e.line.kind }));
}
