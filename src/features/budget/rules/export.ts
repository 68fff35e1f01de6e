// The plan's lines and the actual entries as CSV files for a spreadsheet or the accountant:
// UTF-8 with a byte order mark (so spreadsheets read accents), ";" in French, "," in English,
// amounts as plain decimals, every text field defused against formula injection.
import { decimalText, type Cents, type MoneyLocale } from "@/lib/money";
import { csvField, csvLine } from "./csv";
import type { LineKind, PlanFigures } from "./totals";

const BOM = "\uFEFF";

export const exportFormat = (locale: MoneyLocale) => (locale === "fr" ? { separator: ";", decimal: "," as const } : { separator: ",", decimal: "." as const });

type ExportLine = { id: string; kind: LineKind; label: string; remark: string | null; category: string | null };

export function linesCsv(
  input: { lines: readonly ExportLine[]; figures: PlanFigures },
  labels: { header: string[]; kind: Record<LineKind, string>; total: Record<LineKind, string> },
  locale: MoneyLocale,
): string {
  const { separator, decimal } = exportFormat(locale);
  const amount = (cents: Cents) => csvField(decimalText(cents, decimal), { numeric: true });
  const share = (bp: number | null) => csvField(bp === null ? "" : decimalText(bp, decimal), { numeric: true });
  const figuresOf = new Map(input.figures.lines.map((l) => [l.id, l]));
  const rows = [csvLine(labels.header.map((h) => csvField(h)), separator)];
  for (const kind of ["EXPENSE", "INCOME"] as const) {
    for (const line of input.lines.filter((l) => l.kind === kind)) {
      const f = figuresOf.get(line.id)!;
      rows.push(
        csvLine(
          [csvField(labels.kind[kind]), csvField(line.label), csvField(line.category ?? ""), csvField(line.remark ?? ""), amount(f.forecast), amount(f.committed), amount(f.actual), amount(f.remaining), share(f.shareSpent)],
          separator,
        ),
      );
    }
    const total = kind === "EXPENSE" ? input.figures.expense : input.figures.income;
    rows.push(csvLine([csvField(labels.kind[kind]), csvField(labels.total[kind]), '""', '""', amount(total.forecast), amount(total.committed), amount(total.actual), amount(total.remaining), share(total.shareSpent)], separator));
  }
  return BOM + rows.join("");
}

type ExportEntry = { date: string; lineLabel: string; kind: LineKind; label: string; reference: string | null; amountCents: Cents; source: string };

export function entriesCsv(entries: readonly ExportEntry[], labels: { header: string[]; kind: Record<LineKind, string>; source: Record<string, string> }, locale: MoneyLocale): string {
  const { separator, decimal } = exportFormat(locale);
  const rows = [csvLine(labels.header.map((h) => csvField(h)), separator)];
  for (const e of entries) {
    rows.push(
      csvLine(
        [
          csvField(e.date, { numeric: true }),
          csvField(labels.kind[e.kind]),
          csvField(e.lineLabel),
          csvField(e.label),
          csvField(e.reference ?? ""),
          csvField(decimalText(e.amountCents, decimal), { numeric: true }),
          csvField(labels.source[e.source] ?? e.source),
        ],
        separator,
      ),
    );
  }
  return BOM + rows.join("");
}
