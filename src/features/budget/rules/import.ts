// From the rows of an accounting export to actual entries on budget lines: every row is either
// ready, skipped on purpose, already imported, or wrong with its reasons. Nothing is imported
// while one row is wrong.
import { parseMoney, type Cents, type MoneyLocale, type MoneyProblem } from "@/lib/money";
import { addDays, isoDate, type LocalDate } from "@/lib/zoned-time";
import type { CsvTable, Encoding, FileProblem, Separator } from "./csv";
import { isWithin, type FiscalYear } from "./fiscal-year";
import type { LineKind } from "./totals";

/** A value of the line column mapped to nothing: the rows holding it are left out on purpose. */
export const SKIP = "skip";

export type ImportSettings = {
  encoding: Encoding;
  separator: Separator;
  dateColumn: string;
  labelColumn: string;
  referenceColumn: string | null;
  amount: { mode: "single"; column: string } | { mode: "debitCredit"; debitColumn: string; creditColumn: string };
  lines: { mode: "single"; lineId: string } | { mode: "column"; column: string; map: Record<string, string> };
};

export type RowProblem =
  | { code: "WRONG_CELL_COUNT"; expected: number; found: number }
  | { code: "DATE_MISSING" }
  | { code: "DATE_INVALID"; value: string }
  | { code: "DATE_NOT_EXIST"; value: string }
  | { code: "DATE_SHORT_YEAR"; value: string }
  | { code: "DATE_OUTSIDE_YEAR"; value: string }
  | { code: "AMOUNT_MISSING" }
  | { code: "AMOUNT_INVALID"; value: string; problem: MoneyProblem }
  | { code: "AMOUNT_ZERO" }
  | { code: "LABEL_MISSING" }
  | { code: "LABEL_TOO_LONG"; max: number }
  | { code: "LINE_NOT_CHOSEN"; value: string };

export type ReadyEntry = {
  lineId: string;
  date: string;
  amountCents: Cents;
  label: string;
  reference: string | null;
  /** What identifies the row across imports; hashed into the entry's fingerprint. */
  identity: string;
};

export type PreviewRow =
  | { line: number; status: "ready"; entry: ReadyEntry }
  | { line: number; status: "duplicate"; entry: ReadyEntry }
  | { line: number; status: "skipped"; value: string }
  | { line: number; status: "invalid"; problems: RowProblem[]; cells: string[] };

export type Preview = { problem: FileProblem | null; rows: PreviewRow[]; counts: Record<PreviewRow["status"], number> };

export const LABEL_MAX = 200;
export const REFERENCE_MAX = 100;

type Ymd = [year: number, month: number, day: number];

const DATE_FORMATS: ((text: string) => Ymd | null)[] = [
  (text) => {
    const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(text);
    return m ? [Number(m[3]), Number(m[2]), Number(m[1])] : null;
  },
  (text) => {
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(text);
    return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
  },
  (text) => {
    const m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
    return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
  },
];

/**
 * "31/12/2023" (Paheko), "31/12/2023 14:05:00", "2023-12-31", "31.12.2023", "20231231" (FEC).
 * Day first: French exports never put the month first.
 */
export function parseEntryDate(text: string): { ok: true; date: LocalDate } | { ok: false; problem: RowProblem } {
  const value = text.trim();
  if (!value) return { ok: false, problem: { code: "DATE_MISSING" } };
  const parts = DATE_FORMATS.map((read) => read(value)).find((p) => p !== null);
  if (!parts) {
    if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}$/.test(value)) return { ok: false, problem: { code: "DATE_SHORT_YEAR", value } };
    return { ok: false, problem: { code: "DATE_INVALID", value } };
  }
  const [year, month, day] = parts;
  const date = { year, month, day };
  const check = addDays(date, 0);
  if (month < 1 || month > 12 || day < 1 || check.year !== year || check.month !== month || check.day !== day) {
    return { ok: false, problem: { code: "DATE_NOT_EXIST", value } };
  }
  return { ok: true, date };
}

function amountOf(cell: string, locale: MoneyLocale): { ok: true; cents: Cents; empty: boolean } | { ok: false; problem: RowProblem } {
  if (!cell.trim()) return { ok: true, cents: 0, empty: true };
  const parsed = parseMoney(cell, locale, { allowNegative: true });
  if (!parsed.ok) return { ok: false, problem: { code: "AMOUNT_INVALID", value: cell.trim(), problem: parsed.problem } };
  return { ok: true, cents: parsed.cents, empty: false };
}

/** The columns the settings name, or the first one the file lacks. */
function columnIndexes(header: string[], settings: ImportSettings) {
  const wanted: [string, string | null][] = [
    ["date", settings.dateColumn],
    ["label", settings.labelColumn],
    ["reference", settings.referenceColumn],
    ...(settings.amount.mode === "single"
      ? ([["amount", settings.amount.column]] as [string, string][])
      : ([
          ["debit", settings.amount.debitColumn],
          ["credit", settings.amount.creditColumn],
        ] as [string, string][])),
    ...(settings.lines.mode === "column" ? ([["line", settings.lines.column]] as [string, string][]) : []),
  ];
  const indexes: Record<string, number> = {};
  for (const [field, column] of wanted) {
    if (column === null) continue;
    if (!column) return { ok: false as const, problem: { code: "COLUMN_NOT_CHOSEN" as const, field } };
    const index = header.indexOf(column);
    if (index < 0) return { ok: false as const, problem: { code: "MISSING_COLUMN" as const, column } };
    indexes[field] = index;
  }
  return { ok: true as const, indexes };
}

export type PreviewInput = {
  table: CsvTable;
  settings: ImportSettings;
  /** The plan's lines: the only ones entries may go to. */
  lines: readonly { id: string; kind: LineKind }[];
  fiscalYear: FiscalYear;
  locale: MoneyLocale;
};

const emptyCounts = () => ({ ready: 0, duplicate: 0, skipped: 0, invalid: 0 });

/**
 * Every row of the file with what would become of it. In debit/credit mode the sign follows the
 * line: debit − credit on an expense line, credit − debit on an income line; a single amount
 * column is taken as it is (a negative amount is a refund).
 */
export function previewImport({ table, settings, lines, fiscalYear, locale }: PreviewInput): Preview {
  const kindOf = new Map(lines.map((l) => [l.id, l.kind]));
  const chosenLines = settings.lines.mode === "single" ? [settings.lines.lineId] : Object.values(settings.lines.map).filter((v) => v !== SKIP);
  const columns = columnIndexes(table.header, settings);
  const failed = (problem: FileProblem): Preview => ({ problem, rows: [], counts: emptyCounts() });
  if (!columns.ok) return failed(columns.problem);
  if (settings.lines.mode === "single" && !settings.lines.lineId) return failed({ code: "COLUMN_NOT_CHOSEN", field: "line" });
  if (chosenLines.some((id) => !kindOf.has(id))) return failed({ code: "LINE_NOT_IN_PLAN" });
  const at = columns.indexes;
  const seen = new Map<string, number>();
  const rows: PreviewRow[] = table.rows.map(({ line, cells }) => {
    if (cells.length !== table.header.length) {
      return { line, status: "invalid", problems: [{ code: "WRONG_CELL_COUNT", expected: table.header.length, found: cells.length }], cells };
    }
    const cell = (field: string) => (at[field] === undefined ? "" : cells[at[field]].trim());
    const problems: RowProblem[] = [];
    let lineId = "";
    if (settings.lines.mode === "single") lineId = settings.lines.lineId;
    else {
      const value = cell("line");
      const mapped = settings.lines.map[value];
      if (mapped === SKIP) return { line, status: "skipped", value };
      if (!mapped) problems.push({ code: "LINE_NOT_CHOSEN", value });
      else lineId = mapped;
    }
    const date = parseEntryDate(cell("date"));
    if (!date.ok) problems.push(date.problem);
    else if (!isWithin(date.date, fiscalYear)) problems.push({ code: "DATE_OUTSIDE_YEAR", value: cell("date") });
    // The journal's own sign (debit − credit, or the amount column) identifies the row whatever line it goes to.
    let journalCents = 0;
    if (settings.amount.mode === "single") {
      const amount = amountOf(cell("amount"), locale);
      if (!amount.ok) problems.push(amount.problem);
      else if (amount.empty) problems.push({ code: "AMOUNT_MISSING" });
      else journalCents = amount.cents;
    } else {
      const debit = amountOf(cell("debit"), locale);
      const credit = amountOf(cell("credit"), locale);
      if (!debit.ok) problems.push(debit.problem);
      if (!credit.ok) problems.push(credit.problem);
      if (debit.ok && credit.ok) {
        if (debit.empty && credit.empty) problems.push({ code: "AMOUNT_MISSING" });
        journalCents = debit.cents - credit.cents;
      }
    }
    if (journalCents === 0 && !problems.some((p) => p.code.startsWith("AMOUNT_"))) problems.push({ code: "AMOUNT_ZERO" });
    const label = cell("label");
    if (!label) problems.push({ code: "LABEL_MISSING" });
    else if (label.length > LABEL_MAX) problems.push({ code: "LABEL_TOO_LONG", max: LABEL_MAX });
    if (problems.length || !date.ok) return { line, status: "invalid", problems, cells };
    const reference = cell("reference").slice(0, REFERENCE_MAX) || null;
    const amountCents = settings.amount.mode === "debitCredit" && kindOf.get(lineId) === "INCOME" ? -journalCents : journalCents;
    const day = isoDate(date.date);
    // Identical rows in one file are distinct entries: the n-th occurrence has its own identity.
    const base = [day, journalCents, label.replace(/\s+/g, " ").toLowerCase(), (reference ?? "").toLowerCase()].join("|");
    const occurrence = (seen.get(base) ?? 0) + 1;
    seen.set(base, occurrence);
    return { line, status: "ready", entry: { lineId, date: day, amountCents, label, reference, identity: `v1|${base}|${occurrence}` } };
  });
  const counts = emptyCounts();
  for (const row of rows) counts[row.status]++;
  return { problem: null, rows, counts };
}

/** Marks the rows already imported (their fingerprint exists): they are left out, not refused. */
export function markDuplicates(preview: Preview, fingerprintOf: (row: ReadyEntry) => string, known: ReadonlySet<string>): Preview {
  const rows = preview.rows.map((row) => (row.status === "ready" && known.has(fingerprintOf(row.entry)) ? { ...row, status: "duplicate" as const } : row));
  const counts = emptyCounts();
  for (const row of rows) counts[row.status]++;
  return { ...preview, rows, counts };
}

/** The distinct values of the line column, in order of appearance, to map to budget lines. */
export function columnValues(table: CsvTable, column: string): string[] {
  const index = table.header.indexOf(column);
  if (index < 0) return [];
  return [...new Set(table.rows.map((r) => (r.cells[index] ?? "").trim()))];
}

const GUESSES: Record<string, string[]> = {
  date: ["Date", "EcritureDate", "Date d'écriture", "Date opération"],
  label: ["Libellé", "Libellé ligne", "EcritureLib", "Label", "Description"],
  reference: ["Numéro pièce comptable", "Numéro d'écriture", "PieceRef", "Référence", "Reference"],
  amount: ["Montant", "Amount"],
  debit: ["Débit", "Debit"],
  credit: ["Crédit", "Credit"],
  line: ["Numéro compte", "Compte de débit", "CompteNum", "Compte", "Projet analytique"],
};

/** First choices for a new file, from the column names of Paheko's exports and the FEC. */
export function guessSettings(header: string[], firstLineId: string): ImportSettings {
  const find = (field: string) => GUESSES[field].find((name) => header.includes(name)) ?? "";
  const single = find("amount");
  const lineColumn = find("line");
  return {
    encoding: "auto",
    separator: "auto",
    dateColumn: find("date"),
    labelColumn: find("label"),
    referenceColumn: find("reference") || null,
    amount: single || !find("debit") ? { mode: "single", column: single } : { mode: "debitCredit", debitColumn: find("debit"), creditColumn: find("credit") },
    lines: lineColumn ? { mode: "column", column: lineColumn, map: {} } : { mode: "single", lineId: firstLineId },
  };
}
