import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { planContext } from "@/features/budget/context";
import { dayIn } from "@/features/budget/components/format";
import { UploadForm } from "@/features/budget/components/import-forms";
import { PlanHeader } from "@/features/budget/components/plan-header";
import { recentImports } from "@/features/budget/queries";
import { entryTargetProblem } from "@/features/budget/rules";

export async function generateMetadata() {
  return { title: (await getTranslations("budget.import"))("title") };
}

export default async function ImportPage({ params }: { params: Promise<{ slug: string; planId: string }> }) {
  const { slug, planId } = await params;
  const { association, rights, view } = await planContext(slug, planId, "edit");
  const t = await getTranslations("budget.import");
  const errors = await getTranslations("errors");
  const format = await getFormatter();
  const day = dayIn(await getLocale());
  const problem = entryTargetProblem(view.plan);
  const imports = await recentImports(association.id, view.plan.id);
  return (
    <>
      <PlanHeader slug={slug} view={view} rights={rights} current="import" day={day} />
      <h2>{t("title")}</h2>
      {problem ? (
        <p className="notice notice-warn">{errors(problem)}</p>
      ) : (
        <>
          <div className="card">
            <p>{t("intro")}</p>
            <ol>
              <li>{t("step1")}</li>
              <li>{t("step2")}</li>
              <li>{t("step3")}</li>
            </ol>
            <p className="muted text-sm">{t("pahekoHint")}</p>
          </div>
          <div className="card">
            <UploadForm associationId={association.id} planId={view.plan.id} />
          </div>
        </>
      )}
      {imports.length ? (
        <section aria-labelledby="recent-imports">
          <h2 id="recent-imports">{t("recent")}</h2>
          <ul>
            {imports.map((i) => (
              <li key={i.id}>
                <Link href={`/a/${slug}/budget/${view.plan.id}/import/${i.id}`}>{i.fileName}</Link> ·{" "}
                {format.dateTime(i.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone: association.timezone })} ·{" "}
                {i.importedAt ? t("importedCount", { count: i.importedCount ?? 0 }) : t("notImported")}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
