import { getLocale, getTranslations } from "next-intl/server";
import { ComparisonTable } from "@/features/budget/components/comparison-table";
import { dayIn, moneyIn } from "@/features/budget/components/format";
import { PlanHeader } from "@/features/budget/components/plan-header";
import { planContext } from "@/features/budget/context";
import { readPlanView } from "@/features/budget/queries";
import { budgetCan, comparePlans } from "@/features/budget/rules";

export async function generateMetadata() {
  return { title: (await getTranslations("budget.compare"))("title") };
}

/** A revision against the plan it revises (from either side), line by line. */
export default async function ComparePage({ params }: { params: Promise<{ slug: string; planId: string }> }) {
  const { slug, planId } = await params;
  const { association, actor, rights, view } = await planContext(slug, planId);
  const t = await getTranslations("budget");
  const day = dayIn(await getLocale());
  const otherId = view.plan.revisesId ?? view.revisedBy?.id ?? view.supersededBy?.id ?? null;
  const other = otherId ? await readPlanView(association.id, otherId) : null;
  const visible = other && budgetCan.readPlan(actor, association, other.plan) ? other : null;
  const [before, after] = visible ? (view.plan.revisesId === visible.plan.id ? [visible, view] : [view, visible]) : [null, null];
  const title = (v: typeof view) => `${t("revision", { number: v.plan.revision })} · ${t(`status.${v.plan.status}`)}`;
  return (
    <>
      <PlanHeader slug={slug} view={view} rights={rights} current="compare" day={day} />
      <h2>{t("compare.title")}</h2>
      {before && after ? (
        <>
          <p className="muted">{t("compare.intro", { before: title(before), after: title(after) })}</p>
          <ComparisonTable changes={comparePlans(before.lines, after.lines)} beforeTitle={title(before)} afterTitle={title(after)} money={moneyIn(association)} />
        </>
      ) : (
        <p className="card">{t("compare.nothing")}</p>
      )}
    </>
  );
}
