import { getLocale, getTranslations } from "next-intl/server";
import { planContext } from "@/features/budget/context";
import { dayIn, moneyIn, shareIn } from "@/features/budget/components/format";
import { BalanceNotice, PlanCharts, PlanTables } from "@/features/budget/components/plan-figures";
import { AdoptForm, ReviseForm } from "@/features/budget/components/plan-forms";
import { PlanHeader } from "@/features/budget/components/plan-header";
import { adoptionDecisions } from "@/features/budget/queries";
import { isoDate, localDateOf } from "@/lib/zoned-time";

export async function generateMetadata() {
  return { title: (await getTranslations("budget"))("title") };
}

export default async function PlanPage({ params }: { params: Promise<{ slug: string; planId: string }> }) {
  const { slug, planId } = await params;
  const { association, now, rights, view } = await planContext(slug, planId);
  const t = await getTranslations("budget");
  const money = moneyIn(association);
  const day = dayIn(await getLocale());
  const { plan } = view;
  return (
    <>
      <PlanHeader slug={slug} view={view} rights={rights} current="plan" day={day} />
      <BalanceNotice view={view} money={money} />
      <PlanTables view={view} money={money} share={shareIn(association.locale)} />
      <h2>{t("charts.title")}</h2>
      <PlanCharts view={view} money={money} />
      <section aria-labelledby="exports">
        <h2 id="exports">{t("exports.title")}</h2>
        <ul>
          <li>
            <a href={`/a/${slug}/budget/${plan.id}/lines.csv`} download>
              {t("exports.lines")}
            </a>
          </li>
          {rights.details ? (
            <li>
              <a href={`/a/${slug}/budget/${plan.id}/entries.csv`} download>
                {t("exports.entries")}
              </a>
            </li>
          ) : null}
        </ul>
      </section>
      {rights.edit && plan.status === "DRAFT" ? (
        <section aria-labelledby="adopt" className="card">
          <h2 id="adopt" style={{ marginTop: 0 }}>
            {t("adopt.title")}
          </h2>
          <AdoptForm
            associationId={association.id}
            planId={plan.id}
            today={isoDate(localDateOf(now, association.timezone))}
            decisions={await adoptionDecisions(association.id)}
            balanced={view.figures.forecastBalance.kind === "BALANCED"}
          />
        </section>
      ) : null}
      {rights.edit && plan.status === "ADOPTED" && !view.revisedBy ? (
        <section aria-labelledby="revise" className="card">
          <h2 id="revise" style={{ marginTop: 0 }}>
            {t("revise.title")}
          </h2>
          <ReviseForm associationId={association.id} planId={plan.id} />
        </section>
      ) : null}
    </>
  );
}
