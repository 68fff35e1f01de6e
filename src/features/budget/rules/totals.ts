// Forecast, committed, actual, remaining and share spent: computed every time from the lines,
// the entries and the decisions, never stored. All amounts are integer cents.
import type { Cents } from "@/lib/money";

export type LineKind = "EXPENSE" | "INCOME";

export type ForecastLine = { id: string; kind: LineKind; amountCents: Cents };

export type Figures = {
  forecast: Cents;
  /** Committed by decisions (for now fed by nothing: see `committedByLine`). */
  committed: Cents;
  actual: Cents;
  /** The forecast minus what was spent and what is committed beyond it. */
  remaining: Cents;
  /** actual / forecast in basis points (10 000 = 100 %); null when nothing was forecast. */
  shareSpent: number | null;
};

export type LineFigures = Figures & { id: string; kind: LineKind };

export type Balance = { kind: "BALANCED" } | { kind: "SURPLUS"; amount: Cents } | { kind: "DEFICIT"; amount: Cents };

export type PlanFigures = {
  lines: LineFigures[];
  expense: Figures;
  income: Figures;
  /** Income minus expenses, as forecast and as it stands. */
  forecastBalance: Balance;
  actualBalance: Balance;
};

/** Basis points, rounded half up; null for a zero forecast (nothing to compare with). */
export function shareOf(part: Cents, whole: Cents): number | null {
  if (whole <= 0) return null;
  return Math.round((part * 10_000) / whole);
}

/** Money decided and not spent yet (a refund does not make a decision look unpaid). */
const unspentCommitment = (committed: Cents, actual: Cents) => Math.max(0, committed - Math.max(0, actual));

/**
 * A decision commits money that is then usually spent: the remaining amount takes out what was
 * spent and what is committed beyond it, so that a purchase decided and then paid is not counted
 * twice.
 */
function figures(forecast: Cents, committed: Cents, actual: Cents): Figures {
  return { forecast, committed, actual, remaining: forecast - actual - unspentCommitment(committed, actual), shareSpent: shareOf(actual, forecast) };
}

export function balanceOf(income: Cents, expense: Cents): Balance {
  if (income === expense) return { kind: "BALANCED" };
  return income > expense ? { kind: "SURPLUS", amount: income - expense } : { kind: "DEFICIT", amount: expense - income };
}

const sum = (values: Cents[]) => values.reduce((total, value) => total + value, 0);

/** Sums of the lines, remaining included: the table always adds up. */
function totalsOf(lines: LineFigures[]): Figures {
  const forecast = sum(lines.map((l) => l.forecast));
  const actual = sum(lines.map((l) => l.actual));
  return { forecast, committed: sum(lines.map((l) => l.committed)), actual, remaining: sum(lines.map((l) => l.remaining)), shareSpent: shareOf(actual, forecast) };
}

/**
 * Every figure of a plan. `actual` and `committed` hold cents per line id; lines absent from them
 * have nothing spent or committed. Totals are sums of the lines, so the table always adds up.
 */
export function planFigures(lines: readonly ForecastLine[], actual: ReadonlyMap<string, Cents>, committed: ReadonlyMap<string, Cents>): PlanFigures {
  const perLine = lines.map((line) => ({ id: line.id, kind: line.kind, ...figures(line.amountCents, committed.get(line.id) ?? 0, actual.get(line.id) ?? 0) }));
  const expense = totalsOf(perLine.filter((l) => l.kind === "EXPENSE"));
  const income = totalsOf(perLine.filter((l) => l.kind === "INCOME"));
  return {
    lines: perLine,
    expense,
    income,
    forecastBalance: balanceOf(income.forecast, expense.forecast),
    actualBalance: balanceOf(income.actual, expense.actual),
  };
}

/** Money decided on expense lines and not spent yet: what the treasury must still cover. */
export function outstandingCommitments(figuresOf: PlanFigures): Cents {
  return sum(figuresOf.lines.filter((l) => l.kind === "EXPENSE").map((l) => unspentCommitment(l.committed, l.actual)));
}

export type TreasuryPoint = { on: string; balanceCents: Cents };

export type TreasuryState = {
  latest: TreasuryPoint | null;
  /** Change since the snapshot before the latest. */
  change: { since: string; amount: Cents } | null;
  /** The latest balance does not cover the money committed and not yet spent. */
  short: { missing: Cents } | null;
};

/** Snapshots in any order (dates as "YYYY-MM-DD"), and what is still to be paid. */
export function treasuryState(snapshots: readonly TreasuryPoint[], outstanding: Cents): TreasuryState {
  const sorted = [...snapshots].sort((a, b) => a.on.localeCompare(b.on));
  const latest = sorted.at(-1) ?? null;
  const previous = sorted.at(-2) ?? null;
  return {
    latest,
    change: latest && previous ? { since: previous.on, amount: latest.balanceCents - previous.balanceCents } : null,
    short: latest && outstanding > latest.balanceCents ? { missing: outstanding - latest.balanceCents } : null,
  };
}
