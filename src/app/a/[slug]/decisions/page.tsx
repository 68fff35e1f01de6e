import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { Amount, OutcomeBadge } from "@/features/decisions/components/decision-view";
import { filtersQuery, RegisterFiltersForm } from "@/features/decisions/components/register-filters";
import { decisionRegister, decisionYears } from "@/features/decisions/queries";
import { registerFiltersSchema } from "@/features/decisions/schema";
import { associationContext } from "@/features/members/context";

export async function generateMetadata() {
  return { title: (await getTranslations("decisions.register"))("title") };
}

type Search = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function DecisionRegisterPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Search> }) {
  const { slug } = await params;
  const { association, actor } = await associationContext(slug);
  const raw = await searchParams;
  const filters = registerFiltersSchema.parse({ q: first(raw.q) || undefined, year: first(raw.year) || undefined, kind: first(raw.kind) || undefined, outcome: first(raw.outcome) || undefined });
  const t = await getTranslations("decisions.register");
  const td = await getTranslations("decisions");
  const format = await getFormatter();
  const [rows, years] = await Promise.all([decisionRegister(association.id, actor, filters, association.timezone), decisionYears(association.id, association.timezone)]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <RegisterFiltersForm filters={filters} years={years} />
      <p role="status">
        {t("count", { count: rows.length })} · <a href={`/a/${slug}/decisions/export${filtersQuery(filters)}`}>{t("export")}</a>
      </p>
      {rows.length ? (
        <div className="card" style={{ overflowX: "auto" }}>
          <table>
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("columns.date")}</th>
                <th scope="col">{t("columns.decision")}</th>
                <th scope="col">{t("columns.outcome")}</th>
                <th scope="col">{t("columns.votes")}</th>
                <th scope="col">{t("columns.amount")}</th>
                <th scope="col">{t("columns.meeting")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td>{format.dateTime(row.votedAt, { dateStyle: "medium", timeZone: association.timezone })}</td>
                  <td>
                    <span style={{ whiteSpace: "pre-wrap" }}>{row.text}</span>
                    {row.agendaItem ? <div className="muted text-sm">{row.agendaItem.title}</div> : null}
                    {!row.quorumMet ? <div className="badge badge-alert">{td("quorumNotMetShort")}</div> : null}
                    {row.majorityMet === false ? <div className="badge badge-alert">{td("majorityNotMetShort")}</div> : null}
                  </td>
                  <td>
                    <OutcomeBadge outcome={row.outcome} />
                  </td>
                  <td>
                    {row.votesFor !== null ? td("votes", { for: row.votesFor, against: row.votesAgainst ?? 0, abstain: row.votesAbstain ?? 0 }) : <span className="muted">{td("noVotes")}</span>}
                    <div className="muted text-sm">{td(`majority.${row.majority}`)}</div>
                  </td>
                  <td>{row.amountCents !== null ? <Amount cents={row.amountCents} includesTax={row.amountIncludesTax} currency={association.currency} /> : null}</td>
                  <td>
                    <Link href={`/a/${slug}/meetings/${row.meeting.id}/decisions`}>{row.meeting.title}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{filters.q ? t("noMatch", { q: filters.q }) : t("none")}</p>
      )}
    </>
  );
}
