import { getTranslations } from "next-intl/server";
import type { PlanLine } from "../queries";
import type { FileProblem, Preview, PreviewRow, RowProblem } from "../rules";
import type { Money } from "./format";

/** Rows shown besides the wrong ones, which are always all shown. */
const SHOWN = 200;

export async function FileProblemText({ problem }: { problem: FileProblem }) {
  const t = await getTranslations("budget.import");
  const sep = (s: string) => t(`separators.${s === "\t" ? "tab" : s === ";" ? "semicolon" : "comma"}`);
  switch (problem.code) {
    case "WRONG_SEPARATOR":
      return <>{t("fileProblems.WRONG_SEPARATOR", { chosen: sep(problem.chosen), found: sep(problem.found) })}</>;
    case "MISSING_COLUMN":
      return <>{t("fileProblems.MISSING_COLUMN", { column: problem.column })}</>;
    case "COLUMN_NOT_CHOSEN":
      return <>{t("fileProblems.COLUMN_NOT_CHOSEN", { field: t(`fields.${problem.field}` as "fields.date") })}</>;
    case "UNCLOSED_QUOTE":
      return <>{t("fileProblems.UNCLOSED_QUOTE", { line: problem.line })}</>;
    case "FILE_TOO_LARGE":
      return <>{t("fileProblems.FILE_TOO_LARGE", { max: problem.max / 1_000_000 })}</>;
    case "TOO_MANY_ROWS":
      return <>{t("fileProblems.TOO_MANY_ROWS", { max: problem.max })}</>;
    default:
      return <>{t(`fileProblems.${problem.code}`)}</>;
  }
}

async function RowProblemText({ problem }: { problem: RowProblem }) {
  const t = await getTranslations("budget.import.rowProblems");
  const money = await getTranslations("budget.money");
  switch (problem.code) {
    case "WRONG_CELL_COUNT":
      return <>{t("WRONG_CELL_COUNT", { expected: problem.expected, found: problem.found })}</>;
    case "AMOUNT_INVALID":
      return <>{t("AMOUNT_INVALID", { value: problem.value, reason: money(problem.problem) })}</>;
    case "LABEL_TOO_LONG":
      return <>{t("LABEL_TOO_LONG", { max: problem.max })}</>;
    case "DATE_INVALID":
    case "DATE_NOT_EXIST":
    case "DATE_SHORT_YEAR":
    case "DATE_OUTSIDE_YEAR":
    case "LINE_NOT_CHOSEN":
      return <>{t(problem.code, { value: problem.value })}</>;
    default:
      return <>{t(problem.code)}</>;
  }
}

/** Every row and what will become of it; the wrong ones first, each with all its reasons. */
export async function ImportPreview({ preview, lines, money, day }: { preview: Preview; lines: PlanLine[]; money: Money; day: (value: string) => string }) {
  const t = await getTranslations("budget.import");
  const labelOf = new Map(lines.map((l) => [l.id, l.label]));
  const invalid = preview.rows.filter((r) => r.status === "invalid");
  const others = preview.rows.filter((r) => r.status !== "invalid");
  const { counts } = preview;
  const row = (r: PreviewRow) => {
    if (r.status === "invalid") {
      return (
        <tr key={r.line} className="row-invalid">
          <td>{r.line}</td>
          <td>
            <span className="badge badge-alert">{t("status.invalid")}</span>
          </td>
          <td colSpan={4}>
            <ul className="m-0 pl-4">
              {r.problems.map((p, i) => (
                <li key={i}>
                  <RowProblemText problem={p} />
                </li>
              ))}
            </ul>
            <div className="muted text-xs">{r.cells.join(" | ")}</div>
          </td>
        </tr>
      );
    }
    if (r.status === "skipped") {
      return (
        <tr key={r.line}>
          <td>{r.line}</td>
          <td>
            <span className="badge">{t("status.skipped")}</span>
          </td>
          <td colSpan={4} className="muted">
            {t("skippedValue", { value: r.value || t("emptyValue") })}
          </td>
        </tr>
      );
    }
    return (
      <tr key={r.line}>
        <td>{r.line}</td>
        <td>
          <span className={`badge ${r.status === "ready" ? "badge-ok" : ""}`}>{t(`status.${r.status}`)}</span>
        </td>
        <td className="whitespace-nowrap">{day(r.entry.date)}</td>
        <td>
          {r.entry.label}
          {r.entry.reference ? <div className="muted text-xs">{r.entry.reference}</div> : null}
        </td>
        <td>{labelOf.get(r.entry.lineId)}</td>
        <td className="text-right tabular-nums whitespace-nowrap">{money(r.entry.amountCents)}</td>
      </tr>
    );
  };
  return (
    <section aria-labelledby="preview-heading">
      <h2 id="preview-heading">{t("previewTitle")}</h2>
      <p>{t("counts", counts)}</p>
      {invalid.length ? (
        <p role="alert" className="notice notice-error">
          {t("hasErrors", { count: invalid.length })}
        </p>
      ) : null}
      <div className="card" style={{ overflowX: "auto" }}>
        <table>
          <caption className="sr-only">{t("previewTitle")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("columns.line")}</th>
              <th scope="col">{t("columns.status")}</th>
              <th scope="col">{t("columns.date")}</th>
              <th scope="col">{t("columns.label")}</th>
              <th scope="col">{t("columns.budgetLine")}</th>
              <th scope="col" className="text-right">
                {t("columns.amount")}
              </th>
            </tr>
          </thead>
          <tbody>
            {invalid.map(row)}
            {others.slice(0, SHOWN).map(row)}
          </tbody>
        </table>
        {others.length > SHOWN ? <p className="muted">{t("moreRows", { count: others.length - SHOWN })}</p> : null}
      </div>
    </section>
  );
}
