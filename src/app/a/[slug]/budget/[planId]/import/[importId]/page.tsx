import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { planContext } from "@/features/budget/context";
import { dayIn, moneyIn } from "@/features/budget/components/format";
import { ConfirmImportForm, DiscardImportForm, ImportSettingsForm, ReplaceFileForm } from "@/features/budget/components/import-forms";
import { FileProblemText, ImportPreview } from "@/features/budget/components/import-preview";
import { PlanHeader } from "@/features/budget/components/plan-header";
import { importView } from "@/features/budget/queries";
import { notFoundPage } from "@/lib/not-found";

export async function generateMetadata() {
  return { title: (await getTranslations("budget.import"))("title") };
}

export default async function ImportStepsPage({ params }: { params: Promise<{ slug: string; planId: string; importId: string }> }) {
  const { slug, planId, importId } = await params;
  const { association, rights, view } = await planContext(slug, planId, "edit");
  if (!/^[0-9a-f-]{36}$/i.test(importId)) notFoundPage();
  const staged = await importView(association.id, importId);
  if (!staged || staged.plan.id !== view.plan.id) notFoundPage();
  const t = await getTranslations("budget.import");
  const format = await getFormatter();
  const locale = await getLocale();
  const day = dayIn(locale);
  const money = moneyIn(association);
  const { preview } = staged;
  const ready = preview ? preview.counts.ready : 0;
  const importable = preview !== null && staged.fileProblem === null && preview.counts.invalid === 0;
  return (
    <>
      <PlanHeader slug={slug} view={view} rights={rights} current="import" day={day} />
      <h2>{t("fileTitle", { name: staged.staged.fileName })}</h2>
      {staged.staged.importedAt ? (
        <div className="notice notice-ok" role="status">
          {t("doneOn", {
            date: format.dateTime(staged.staged.importedAt, { dateStyle: "medium", timeStyle: "short", timeZone: association.timezone }),
            count: staged.staged.importedCount ?? 0,
          })}{" "}
          <Link href={`/a/${slug}/budget/${view.plan.id}/entries`}>{t("seeEntries")}</Link>
        </div>
      ) : (
        <>
          <p className="muted">
            {t("fileInfo", { encoding: staged.encoding ?? "?", size: Math.ceil(staged.staged.size / 1024), rows: staged.table?.rows.length ?? 0 })}
          </p>
          {staged.fileProblem ? (
            <p role="alert" className="notice notice-error">
              <FileProblemText problem={staged.fileProblem} />
            </p>
          ) : null}
          <section aria-labelledby="import-settings">
            <h2 id="import-settings">{t("settingsTitle")}</h2>
            <ImportSettingsForm associationId={association.id} importId={importId} version={staged.staged.version} header={staged.table?.header ?? null} settings={staged.settings} lines={staged.lines} values={staged.values} />
          </section>
          {preview && !staged.fileProblem ? <ImportPreview preview={preview} lines={staged.lines} money={money} day={day} /> : null}
          {importable ? (
            <section aria-labelledby="import-confirm" className="card">
              <h2 id="import-confirm" style={{ marginTop: 0 }}>
                {t("confirmTitle")}
              </h2>
              <p>{t("confirmIntro", { count: ready, duplicates: preview.counts.duplicate })}</p>
              <ConfirmImportForm associationId={association.id} importId={importId} version={staged.staged.version} count={ready} />
            </section>
          ) : null}
          <section aria-labelledby="import-replace" className="card">
            <h2 id="import-replace" style={{ marginTop: 0 }}>
              {t("replaceTitle")}
            </h2>
            <ReplaceFileForm associationId={association.id} importId={importId} />
          </section>
          <DiscardImportForm associationId={association.id} importId={importId} />
        </>
      )}
    </>
  );
}
