import { associationAccess } from "@/features/members/context";
import { csvResponse, exportAccess } from "@/features/budget/export-access";
import { entriesForExport } from "@/features/budget/queries";
import { entriesCsv } from "@/features/budget/rules";
import { translatorFor } from "@/lib/i18n/messages";

/** Every actual entry of the plan, as a CSV file (board only). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; planId: string }> }) {
  const { slug, planId } = await params;
  const found = await exportAccess(await associationAccess(slug), planId, "details");
  if (!found) return new Response("Not found", { status: 404 });
  const { association, view } = found;
  const t = translatorFor(association.locale);
  const csv = entriesCsv(
    await entriesForExport(association.id, view.plan.id),
    {
      header: ["date", "kind", "line", "label", "reference", "amount", "source"].map((k) => t(`budget.exports.columns.${k}` as "budget.exports.columns.kind")),
      kind: { EXPENSE: t("budget.table.expenses"), INCOME: t("budget.table.income") },
      source: { MANUAL: t("budget.exports.manual"), IMPORT: t("budget.exports.imported") },
    },
    association.locale,
  );
  return csvResponse(csv, `${t("budget.exports.entriesFile")}-${view.plan.fiscalYear}-r${view.plan.revision}.csv`);
}
