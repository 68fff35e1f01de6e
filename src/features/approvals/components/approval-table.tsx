import { getFormatter, getTranslations } from "next-intl/server";
import type { ReviewPanel } from "../queries";

/** Each elector's standing answer (rule 9), the revision it was given on, and the opinions apart. */
export async function ApprovalTable({ panel, timezone, currentRevision }: { panel: ReviewPanel; timezone: string; currentRevision: number }) {
  const t = await getTranslations("approvals.table");
  const format = await getFormatter();
  const when = (instant: Date) => format.dateTime(instant, { dateStyle: "medium", timeStyle: "short", timeZone: timezone });
  const name = (id: string) => panel.names.get(id) ?? "?";
  return (
    <section aria-labelledby="approval-table">
      <h2 id="approval-table">{t("title")}</h2>
      <div className="card" style={{ overflowX: "auto" }}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("member")}</th>
              <th scope="col">{t("answer")}</th>
              <th scope="col">{t("date")}</th>
              <th scope="col">{t("note")}</th>
              <th scope="col">{t("revision")}</th>
            </tr>
          </thead>
          <tbody>
            {panel.electors.map((line) => (
              <tr key={line.userId}>
                <th scope="row" className="font-normal">
                  {name(line.userId)}
                </th>
                <td>
                  <span className={line.answer === "OBJECT" ? "badge badge-alert" : line.answer === "NOT_YET" || line.answer === "WITHDRAWN" ? "badge" : "badge badge-ok"}>{t(line.answer)}</span>
                </td>
                <td>{line.at ? when(line.at) : ""}</td>
                <td className="whitespace-pre-wrap">{line.note ?? ""}</td>
                <td>
                  {line.revisionNumber ?? ""}
                  {line.outdated ? <div className="text-sm font-semibold">⚠ {t("outdated", { current: currentRevision })}</div> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t("opinions")}</h3>
      {panel.opinions.length ? (
        <ul className="card list-none">
          {panel.opinions.map((opinion) => (
            <li key={opinion.userId}>
              <strong>{name(opinion.userId)}</strong> ({when(opinion.at)}, {opinion.revisionNumber}
              {opinion.outdated ? ` — ${t("outdated", { current: currentRevision })}` : ""}) : <span className="whitespace-pre-wrap">{opinion.note}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("noOpinion")}</p>
      )}
    </section>
  );
}

/** Every answer ever given, newest first: nothing is overwritten. */
export async function ResponseHistory({ panel, timezone }: { panel: ReviewPanel; timezone: string }) {
  const t = await getTranslations("approvals");
  const format = await getFormatter();
  return (
    <details className="card">
      <summary>
        {t("history.title")} ({panel.history.length})
      </summary>
      {panel.history.length ? (
        <ol className="mt-2 list-none p-0">
          {panel.history.map((row) => (
            <li key={row.seq}>
              {format.dateTime(row.at, { dateStyle: "medium", timeStyle: "short", timeZone: timezone })} — <strong>{panel.names.get(row.userId) ?? "?"}</strong> :{" "}
              {row.kind === "WITHDRAWN" || row.kind === "OPINION" ? t(`history.${row.kind}`) : t(`table.${row.kind}`)}
              {row.note ? ` — ${row.note}` : ""} ({t("history.onRevision", { revision: row.revisionNumber })})
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t("history.empty")}</p>
      )}
    </details>
  );
}
