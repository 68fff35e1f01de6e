import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { planContext } from "@/features/budget/context";
import { AddEntryForm, DeleteEntryForm } from "@/features/budget/components/entry-forms";
import { dayIn, moneyIn } from "@/features/budget/components/format";
import { PlanHeader } from "@/features/budget/components/plan-header";
import { entriesOf } from "@/features/budget/queries";
import { entryTargetProblem } from "@/features/budget/rules";
import { isoDate, localDateOf } from "@/lib/zoned-time";

export async function generateMetadata() {
  return { title: (await getTranslations("budget.entries"))("title") };
}

export default async function EntriesPage({ params, searchParams }: { params: Promise<{ slug: string; planId: string }>; searchParams: Promise<{ line?: string }> }) {
  const { slug, planId } = await params;
  const { association, now, rights, view } = await planContext(slug, planId, "details");
  const t = await getTranslations("budget.entries");
  const budget = await getTranslations("budget");
  const money = moneyIn(association);
  const day = dayIn(await getLocale());
  const requested = (await searchParams).line;
  const line = view.lines.find((l) => l.id === requested);
  const entries = await entriesOf(association.id, view.plan.id, line?.id);
  const total = entries.reduce((sum, e) => sum + e.amountCents, 0);
  const canAdd = rights.edit && entryTargetProblem(view.plan) === null && view.lines.length > 0;
  const canDelete = rights.edit && view.plan.status !== "SUPERSEDED";
  const today = isoDate(localDateOf(now, association.timezone));
  // Today, kept within the plan's fiscal year.
  const [start, end] = [view.plan.startsOn, view.plan.endsOn].map((d) => d.toISOString().slice(0, 10));
  const defaultDay = today < start ? start : today > end ? end : today;
  return (
    <>
      <PlanHeader slug={slug} view={view} rights={rights} current="entries" day={day} />
      <h2>{line ? t("titleForLine", { label: line.label }) : t("title")}</h2>
      <nav aria-label={t("filter")} className="flex flex-wrap gap-3 text-sm" style={{ marginBottom: "0.75rem" }}>
        <Link href={`/a/${slug}/budget/${view.plan.id}/entries`} aria-current={!line ? "page" : undefined}>
          {t("allLines")}
        </Link>
        {view.lines.map((l) => (
          <Link key={l.id} href={`?line=${l.id}`} aria-current={line?.id === l.id ? "page" : undefined}>
            {l.label}
          </Link>
        ))}
      </nav>
      {view.plan.revisesId && view.plan.status === "DRAFT" ? <p className="notice notice-warn">{budget("entriesGoToAdopted")}</p> : null}
      <div className="card" style={{ overflowX: "auto" }}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("date")}</th>
              <th scope="col">{t("line")}</th>
              <th scope="col">{t("label")}</th>
              <th scope="col">{t("reference")}</th>
              <th scope="col" className="text-right">
                {t("amount")}
              </th>
              {canDelete ? <th scope="col">{t("manage")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {entries.length === 0 ? (
              <tr>
                <td colSpan={canDelete ? 6 : 5} className="muted">
                  {t("none")}
                </td>
              </tr>
            ) : null}
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td className="whitespace-nowrap">{day(entry.date)}</td>
                <td>{entry.line.label}</td>
                <td>
                  {entry.label}
                  {entry.source === "IMPORT" ? <span className="badge ml-1">{t("imported")}</span> : null}
                </td>
                <td>{entry.reference ?? ""}</td>
                <td className="text-right tabular-nums whitespace-nowrap">{money(entry.amountCents)}</td>
                {canDelete ? (
                  <td>
                    <DeleteEntryForm associationId={association.id} entry={entry} />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={4}>
                {t("total", { count: entries.length })}
              </th>
              <td className="text-right tabular-nums whitespace-nowrap font-semibold">{money(total)}</td>
              {canDelete ? <td /> : null}
            </tr>
          </tfoot>
        </table>
      </div>
      {canAdd ? (
        <section aria-labelledby="add-entry" className="card">
          <h2 id="add-entry" style={{ marginTop: 0 }}>
            {t("addTitle")}
          </h2>
          <AddEntryForm associationId={association.id} lines={view.lines} defaultLineId={line?.id} today={defaultDay} />
        </section>
      ) : null}
    </>
  );
}
