import { associationAccess } from "@/features/members/context";
import { csvResponse, exportAccess } from "@/features/budget/export-access";
import { linesCsv } from "@/features/budget/rules";
import { translatorFor } from "@/lib/i18n/messages";

/** The plan's lines with every figure, as a CSV file. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; planId: string }> }) {
  const { slug, planId } = await params;
  const found = await exportAccess(await associationAccess(slug), planId, "read");
  if (!found) return new Response("Not found", { status: 404 });
  const { association, view } = found;
  const t = translatorFor(association.locale);
  const csv = linesCsv(
    view,
    {
      header: ["kind", "line", "category", "remark", "forecast", "committed", "actual", "remaining", "shareSpent"].map((k) => t(`budget.exports.columns.${k}` as "budget.exports.columns.kind")),
      kind: { EXPENSE: t("budget.table.expenses"), INCOME: t("budget.table.income") },
      total: { EXPENSE: t("budget.table.totalExpenses"), INCOME: t("budget.table.totalIncome") },
    },
    association.locale,
  );
  return csvResponse(csv, `${t("budget.exports.linesFile")}-${view.plan.fiscalYear}-r${view.plan.revision}.csv`);
}
