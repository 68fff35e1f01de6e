import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { planContext } from "@/features/budget/context";
import { dayIn, moneyIn } from "@/features/budget/components/format";
import { BalanceNotice } from "@/features/budget/components/plan-figures";
import { AddLineForm, DeletePlanForm, LineEditor } from "@/features/budget/components/plan-forms";
import { PlanHeader } from "@/features/budget/components/plan-header";
import { planEditProblem } from "@/features/budget/rules";

export async function generateMetadata() {
  return { title: (await getTranslations("budget.edit"))("title") };
}

export default async function EditPlanPage({ params }: { params: Promise<{ slug: string; planId: string }> }) {
  const { slug, planId } = await params;
  const { association, rights, view } = await planContext(slug, planId, "edit");
  const t = await getTranslations("budget");
  const errors = await getTranslations("errors");
  const day = dayIn(await getLocale());
  const money = moneyIn(association);
  const problem = planEditProblem(view.plan);
  return (
    <>
      <PlanHeader slug={slug} view={view} rights={rights} current="edit" day={day} />
      {problem ? (
        <p className="notice notice-warn">
          {errors(problem)} <Link href={`/a/${slug}/budget/${view.plan.id}`}>{t("edit.backToPlan")}</Link>
        </p>
      ) : (
        <>
          <p className="muted">{t("edit.intro")}</p>
          <BalanceNotice view={view} money={money} />
          {(["EXPENSE", "INCOME"] as const).map((kind) => {
            const lines = view.lines.filter((l) => l.kind === kind);
            return (
              <section key={kind} aria-labelledby={`edit-${kind}`}>
                <h2 id={`edit-${kind}`}>{kind === "EXPENSE" ? t("table.expenses") : t("table.income")}</h2>
                {lines.map((line, index) => (
                  <LineEditor key={line.id} associationId={association.id} line={line} first={index === 0} last={index === lines.length - 1} />
                ))}
                <div className="card">
                  <AddLineForm associationId={association.id} planId={view.plan.id} kind={kind} />
                </div>
              </section>
            );
          })}
          <section aria-labelledby="delete-plan" className="card">
            <h2 id="delete-plan" style={{ marginTop: 0 }}>
              {t("deletePlan.heading")}
            </h2>
            <DeletePlanForm associationId={association.id} planId={view.plan.id} />
          </section>
        </>
      )}
    </>
  );
}
