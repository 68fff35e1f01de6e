import { getTranslations } from "next-intl/server";
import type { LineChange } from "../rules";
import type { Money } from "./format";

/** Two versions of a plan side by side, line by line, with the difference. */
export async function ComparisonTable({ changes, beforeTitle, afterTitle, money }: { changes: LineChange[]; beforeTitle: string; afterTitle: string; money: Money }) {
  const t = await getTranslations("budget.compare");
  const kinds = await getTranslations("budget.table");
  const total = (kind: "EXPENSE" | "INCOME", side: "before" | "after") => changes.filter((c) => c.kind === kind).reduce((sum, c) => sum + (c[side]?.amountCents ?? 0), 0);
  return (
    <>
      {(["EXPENSE", "INCOME"] as const).map((kind) => (
        <div key={kind} className="card" style={{ overflowX: "auto" }}>
          <table>
            <caption className="text-left font-semibold">{kind === "EXPENSE" ? kinds("expenses") : kinds("income")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("line")}</th>
                <th scope="col" className="text-right">
                  {beforeTitle}
                </th>
                <th scope="col" className="text-right">
                  {afterTitle}
                </th>
                <th scope="col" className="text-right">
                  {t("difference")}
                </th>
                <th scope="col">{t("change")}</th>
              </tr>
            </thead>
            <tbody>
              {changes
                .filter((c) => c.kind === kind)
                .map((c) => {
                  const label = c.after?.label ?? c.before!.label;
                  const renamed = c.before && c.after && c.before.label !== c.after.label;
                  return (
                    <tr key={c.after?.id ?? c.before!.id}>
                      <th scope="row" className="font-normal">
                        {label}
                        {renamed ? <div className="muted text-sm">{t("renamedFrom", { label: c.before!.label })}</div> : null}
                        {c.after?.remark && c.after.remark !== c.before?.remark ? <div className="muted text-sm">{c.after.remark}</div> : null}
                      </th>
                      <td className="text-right tabular-nums whitespace-nowrap">{c.before ? money(c.before.amountCents) : "—"}</td>
                      <td className="text-right tabular-nums whitespace-nowrap">{c.after ? money(c.after.amountCents) : "—"}</td>
                      <td className={`text-right tabular-nums whitespace-nowrap ${c.difference ? "font-semibold" : "muted"}`}>{c.difference ? money.signed(c.difference) : "—"}</td>
                      <td>
                        <span className={`badge ${c.change === "SAME" ? "" : c.change === "REMOVED" ? "badge-alert" : "badge-ok"}`}>{t(`changes.${c.change}`)}</span>
                      </td>
                    </tr>
                  );
                })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t("total")}</th>
                <td className="text-right tabular-nums whitespace-nowrap font-semibold">{money(total(kind, "before"))}</td>
                <td className="text-right tabular-nums whitespace-nowrap font-semibold">{money(total(kind, "after"))}</td>
                <td className="text-right tabular-nums whitespace-nowrap font-semibold">{money.signed(total(kind, "after") - total(kind, "before"))}</td>
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
      ))}
    </>
  );
}
