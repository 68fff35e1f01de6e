import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { budgetContext } from "@/features/budget/context";
import { dayIn, moneyIn, planYear, shareIn } from "@/features/budget/components/format";
import { BalanceNotice, PlanCharts, PlanTables } from "@/features/budget/components/plan-figures";
import { CreatePlanForm } from "@/features/budget/components/plan-forms";
import { currentFiscalYear, currentPlanOf, plansOf, readPlanView } from "@/features/budget/queries";
import { budgetCan } from "@/features/budget/rules";

export async function generateMetadata() {
  return { title: (await getTranslations("budget"))("title") };
}

export default async function BudgetPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { association, actor, now, rights } = await budgetContext(slug);
  const t = await getTranslations("budget");
  const money = moneyIn(association);
  const day = dayIn(await getLocale());
  const plans = (await plansOf(association.id)).filter((p) => budgetCan.readPlan(actor, association, p));
  const fiscalYear = await currentFiscalYear(association.id, now);
  const current = currentPlanOf(plans, fiscalYear);
  const view = current ? await readPlanView(association.id, current.id) : null;
  const nextYear = plans.some((p) => p.fiscalYear === fiscalYear) ? fiscalYear + 1 : fiscalYear;
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      {rights.details ? (
        <p>
          <Link href={`/a/${slug}/budget/treasury`}>{t("sections.treasury")}</Link>
        </p>
      ) : null}
      {view ? (
        <section aria-labelledby="current-plan">
          <h2 id="current-plan">
            <Link href={`/a/${slug}/budget/${view.plan.id}`}>{t("planTitle", { year: planYear(view.plan) })}</Link>{" "}
            <span className={`badge ${view.plan.status === "ADOPTED" ? "badge-ok" : ""}`}>{t(`status.${view.plan.status}`)}</span>
          </h2>
          <p className="muted">
            {t("period", { from: day(view.plan.startsOn), to: day(view.plan.endsOn) })}
            {view.plan.adoptedOn ? ` · ${t("adoptedOn", { date: day(view.plan.adoptedOn) })}` : ""}
          </p>
          <BalanceNotice view={view} money={money} />
          <PlanTables view={view} money={money} share={shareIn(association.locale)} />
          <PlanCharts view={view} money={money} />
        </section>
      ) : (
        <p className="card">{rights.edit ? t("noPlanEditor") : t("noPlan")}</p>
      )}
      {plans.length ? (
        <section aria-labelledby="all-plans">
          <h2 id="all-plans">{t("allPlans")}</h2>
          <div className="card" style={{ overflowX: "auto" }}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("list.year")}</th>
                  <th scope="col">{t("list.status")}</th>
                  <th scope="col" className="text-right">
                    {t("list.expenses")}
                  </th>
                  <th scope="col" className="text-right">
                    {t("list.income")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {plans.map((plan) => (
                  <tr key={plan.id}>
                    <td>
                      <Link href={`/a/${slug}/budget/${plan.id}`}>
                        {t("planTitle", { year: planYear(plan) })}
                        {plan.revision > 1 ? ` · ${t("revision", { number: plan.revision })}` : ""}
                      </Link>
                    </td>
                    <td>
                      {t(`status.${plan.status}`)}
                      {plan.adoptedOn ? <span className="muted"> · {day(plan.adoptedOn)}</span> : null}
                    </td>
                    <td className="text-right tabular-nums whitespace-nowrap">{money(plan.expense)}</td>
                    <td className="text-right tabular-nums whitespace-nowrap">{money(plan.income)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      {rights.edit ? (
        <section aria-labelledby="create-plan" className="card">
          <h2 id="create-plan" style={{ marginTop: 0 }}>
            {t("create.title")}
          </h2>
          <CreatePlanForm
            associationId={association.id}
            defaultYear={nextYear}
            plans={plans.filter((p) => p.status !== "SUPERSEDED").map((p) => ({ id: p.id, label: t("create.copyOf", { year: planYear(p), status: t(`status.${p.status}`) }) }))}
          />
        </section>
      ) : null}
    </>
  );
}
