import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import type { Actor } from "@/features/members/rules";
import type { MoneyLocale } from "@/lib/money";
import { budgetAtAGlance } from "../queries";
import { budgetCan } from "../rules";
import { dayIn, moneyIn, planYear, shareIn } from "./format";
import { BalanceText } from "./plan-figures";

type Association = { id: string; slug: string; locale: MoneyLocale; currency: string; membersSeeBudget: boolean };

/** The dashboard's budget section: balance, share spent, latest treasury balance. */
export async function BudgetGlance({ association, actor, now }: { association: Association; actor: Actor; now: Date }) {
  if (!budgetCan.read(actor, association)) return null;
  const t = await getTranslations("budget.glance");
  const { plan, figures, treasury } = await budgetAtAGlance(association.id, now);
  const visiblePlan = plan && figures && budgetCan.readPlan(actor, association, plan) ? { plan, figures } : null;
  const money = moneyIn(association);
  const share = shareIn(association.locale);
  const day = dayIn(await getLocale());
  const details = budgetCan.readDetails(actor);
  return (
    <section aria-labelledby="budget-glance" className="card">
      <h2 id="budget-glance" style={{ marginTop: 0 }}>
        {t("title")}
      </h2>
      {visiblePlan ? (
        <dl className="grid" style={{ gridTemplateColumns: "max-content 1fr", gap: "0.25rem 1rem", margin: "0 0 0.75rem" }}>
          <dt className="font-semibold">{t("plan", { year: planYear(visiblePlan.plan) })}</dt>
          <dd className="m-0">
            <BalanceText balance={visiblePlan.figures.forecastBalance} money={money} />
          </dd>
          <dt className="font-semibold">{t("spent")}</dt>
          <dd className="m-0">
            {t("spentValue", { share: share(visiblePlan.figures.expense.shareSpent), actual: money(visiblePlan.figures.expense.actual), forecast: money(visiblePlan.figures.expense.forecast) })}
          </dd>
          <dt className="font-semibold">{t("received")}</dt>
          <dd className="m-0">
            {t("spentValue", { share: share(visiblePlan.figures.income.shareSpent), actual: money(visiblePlan.figures.income.actual), forecast: money(visiblePlan.figures.income.forecast) })}
          </dd>
        </dl>
      ) : (
        <p className="muted">{t("noPlan")}</p>
      )}
      {details ? (
        treasury.latest ? (
          <p>
            {t("treasury", { balance: money(treasury.latest.balanceCents), date: day(treasury.latest.on) })}
            {treasury.change ? <span className="muted"> {t("change", { amount: money.signed(treasury.change.amount), date: day(treasury.change.since) })}</span> : null}
            {treasury.short ? <span className="notice notice-warn block">{t("short", { missing: money(treasury.short.missing) })}</span> : null}
          </p>
        ) : (
          <p className="muted">{t("noTreasury")}</p>
        )
      ) : null}
      <p className="m-0">
        <Link href={`/a/${association.slug}/budget`}>{t("open")}</Link>
      </p>
    </section>
  );
}
