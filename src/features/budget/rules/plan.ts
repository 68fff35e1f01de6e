// The life of a budget plan: drafted, adopted (then read-only), revised into a new draft.
import { MAX_CENTS, type Cents } from "@/lib/money";
import type { LineKind } from "./totals";

export type PlanStatus = "DRAFT" | "ADOPTED" | "SUPERSEDED";

export type PlanState = { status: PlanStatus };

/** Lines, labels and amounts change only while the plan is a draft. */
export function planEditProblem(plan: PlanState): "PLAN_ADOPTED" | "PLAN_SUPERSEDED" | null {
  if (plan.status === "ADOPTED") return "PLAN_ADOPTED";
  if (plan.status === "SUPERSEDED") return "PLAN_SUPERSEDED";
  return null;
}

export function adoptionProblem(plan: PlanState, lineCount: number): "PLAN_NOT_DRAFT" | "PLAN_EMPTY" | null {
  if (plan.status !== "DRAFT") return "PLAN_NOT_DRAFT";
  if (lineCount === 0) return "PLAN_EMPTY";
  return null;
}

/** Only the adopted plan in force is revised, and only once at a time. */
export function revisionProblem(plan: PlanState, draftRevisionExists: boolean): "PLAN_NOT_ADOPTED" | "REVISION_EXISTS" | null {
  if (plan.status !== "ADOPTED") return "PLAN_NOT_ADOPTED";
  if (draftRevisionExists) return "REVISION_EXISTS";
  return null;
}

/**
 * Actual entries go to the plan in force for the year: the adopted one, or the draft while
 * nothing is adopted yet. A revision being drafted waits for its adoption to receive them.
 */
export function entryTargetProblem(plan: PlanState & { revisesId: string | null }): "PLAN_SUPERSEDED" | "ENTRIES_GO_TO_ADOPTED" | null {
  if (plan.status === "SUPERSEDED") return "PLAN_SUPERSEDED";
  if (plan.status === "DRAFT" && plan.revisesId) return "ENTRIES_GO_TO_ADOPTED";
  return null;
}

type Positioned = { id: string; kind: LineKind; position: number };

/**
 * Moves a line one place up or down among the lines of its kind: the new positions of the two
 * lines that swap, or null at the edge. Positions are renumbered from 0 so gaps disappear.
 */
export function moveLine(lines: readonly Positioned[], lineId: string, direction: "up" | "down"): { id: string; position: number }[] | null {
  const line = lines.find((l) => l.id === lineId);
  if (!line) return null;
  const siblings = lines.filter((l) => l.kind === line.kind).sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
  const index = siblings.findIndex((l) => l.id === lineId);
  const target = direction === "up" ? index - 1 : index + 1;
  if (target < 0 || target >= siblings.length) return null;
  [siblings[index], siblings[target]] = [siblings[target], siblings[index]];
  return siblings.map((l, position) => ({ id: l.id, position })).filter((l) => lines.find((o) => o.id === l.id)!.position !== l.position);
}

export type ComparableLine = { id: string; kind: LineKind; label: string; amountCents: Cents; remark: string | null; sourceLineId: string | null; position: number };

export type LineChange = {
  kind: LineKind;
  before: ComparableLine | null;
  after: ComparableLine | null;
  change: "ADDED" | "REMOVED" | "CHANGED" | "SAME";
  /** after − before, in cents (a removed line counts as going to zero). */
  difference: Cents;
};

/**
 * The lines of a revision against those of the plan it revises, matched through `sourceLineId`:
 * expenses first, then income, in the revision's order, removed lines where they stood.
 */
export function comparePlans(before: readonly ComparableLine[], after: readonly ComparableLine[]): LineChange[] {
  const byId = new Map(before.map((l) => [l.id, l]));
  const matched = new Set<string>();
  const rows: LineChange[] = [];
  for (const kind of ["EXPENSE", "INCOME"] as const) {
    const afterOfKind = after.filter((l) => l.kind === kind).sort((a, b) => a.position - b.position);
    for (const line of afterOfKind) {
      const source = line.sourceLineId ? byId.get(line.sourceLineId) : undefined;
      if (source) matched.add(source.id);
      const same = source && source.label === line.label && source.amountCents === line.amountCents && (source.remark ?? "") === (line.remark ?? "");
      rows.push({
        kind,
        before: source ?? null,
        after: line,
        change: !source ? "ADDED" : same ? "SAME" : "CHANGED",
        difference: line.amountCents - (source?.amountCents ?? 0),
      });
    }
    for (const line of before.filter((l) => l.kind === kind && !matched.has(l.id)).sort((a, b) => a.position - b.position)) {
      rows.push({ kind, before: line, after: null, change: "REMOVED", difference: -line.amountCents });
    }
  }
  return rows;
}

/**
 * When a revision is adopted, the entries of the plan it replaces move to the copies of their
 * lines. A line that holds entries and was removed from the revision stops the adoption.
 */
export function carryOverPlan(
  oldLines: readonly { id: string; label: string; entryCount: number }[],
  newLines: readonly { id: string; sourceLineId: string | null }[],
): { ok: true; moves: { from: string; to: string }[] } | { ok: false; reason: "ENTRIES_ON_REMOVED_LINE"; label: string } {
  const copyOf = new Map(newLines.filter((l) => l.sourceLineId).map((l) => [l.sourceLineId!, l.id]));
  const moves: { from: string; to: string }[] = [];
  for (const line of oldLines) {
    if (line.entryCount === 0) continue;
    const to = copyOf.get(line.id);
    if (!to) return { ok: false, reason: "ENTRIES_ON_REMOVED_LINE", label: line.label };
    moves.push({ from: line.id, to });
  }
  return { ok: true, moves };
}

/** "YYYY-MM-DD" days compare as text. A plan is recorded as adopted once it was, not before. */
export function adoptionDateProblem(adoptedOn: string, today: string): "ADOPTION_IN_FUTURE" | null {
  return adoptedOn > today ? "ADOPTION_IN_FUTURE" : null;
}

/** A line's forecast: whole cents, never negative (a refund is an entry, not a line), below the cap. */
export function planAmountProblem(cents: Cents): "AMOUNT_NEGATIVE" | "AMOUNT_TOO_LARGE" | "AMOUNT_INVALID" | null {
  if (!Number.isSafeInteger(cents)) return "AMOUNT_INVALID";
  if (cents < 0) return "AMOUNT_NEGATIVE";
  return cents > MAX_CENTS ? "AMOUNT_TOO_LARGE" : null;
}

/** An actual entry or a bank balance: negative allowed (a refund, an overdraft), zero is not an entry. */
export function entryAmountProblem(cents: Cents, options: { zeroAllowed?: boolean } = {}): "AMOUNT_ZERO" | "AMOUNT_TOO_LARGE" | "AMOUNT_INVALID" | null {
  if (!Number.isSafeInteger(cents)) return "AMOUNT_INVALID";
  if (cents === 0 && !options.zeroAllowed) return "AMOUNT_ZERO";
  return Math.abs(cents) > MAX_CENTS ? "AMOUNT_TOO_LARGE" : null;
}
