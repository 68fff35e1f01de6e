import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { budgetContext } from "@/features/budget/context";
import { TrendChart } from "@/features/budget/components/charts";
import { AddSnapshotForm, DeleteSnapshotForm } from "@/features/budget/components/entry-forms";
import { dayIn, moneyIn } from "@/features/budget/components/format";
import { budgetAtAGlance, treasuryOf } from "@/features/budget/queries";
import { isoDate, localDateOf } from "@/lib/zoned-time";

export async function generateMetadata() {
  return { title: (await getTranslations("budget.treasury"))("title") };
}

export default async function TreasuryPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { association, now, rights } = await budgetContext(slug, "details");
  const t = await getTranslations("budget.treasury");
  const budget = await getTranslations("budget");
  const money = moneyIn(association);
  const day = dayIn(await getLocale());
  const snapshots = await treasuryOf(association.id);
  const { treasury } = await budgetAtAGlance(association.id, now);
  const points = snapshots.map((s) => ({ key: s.id, on: s.on, label: day(s.on), balanceCents: s.balanceCents }));
  const lowest = snapshots.reduce<(typeof snapshots)[number] | null>((low, s) => (low === null || s.balanceCents < low.balanceCents ? s : low), null);
  return (
    <>
      <p className="muted text-sm">
        <Link href={`/a/${slug}/budget`}>{budget("title")}</Link>
      </p>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      {treasury.latest ? (
        <div className={`notice ${treasury.short ? "notice-warn" : "notice-ok"}`} role="status">
          <strong>{t("latest", { balance: money(treasury.latest.balanceCents), date: day(treasury.latest.on) })}</strong>
          {treasury.change ? <span> {t("change", { amount: money.signed(treasury.change.amount), date: day(treasury.change.since) })}</span> : null}
          {treasury.short ? <div>{t("short", { missing: money(treasury.short.missing) })}</div> : null}
        </div>
      ) : null}
      {points.length ? (
        <section className="card" aria-labelledby="trend-heading">
          <h2 id="trend-heading" style={{ marginTop: 0 }}>
            {t("trendTitle")}
          </h2>
          <TrendChart
            id="treasury-trend"
            title={t("trendTitle")}
            description={t("trendDescription", {
              count: points.length,
              first: `${points[0].label}: ${money(points[0].balanceCents)}`,
              last: `${points.at(-1)!.label}: ${money(points.at(-1)!.balanceCents)}`,
              lowest: lowest ? `${day(lowest.on)}: ${money(lowest.balanceCents)}` : "",
            })}
            points={points}
            money={money}
          />
        </section>
      ) : null}
      <div className="card" style={{ overflowX: "auto" }}>
        <table>
          <caption className="text-left font-semibold">{t("tableTitle")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("date")}</th>
              <th scope="col" className="text-right">
                {t("balance")}
              </th>
              <th scope="col">{t("note")}</th>
              {rights.edit ? <th scope="col">{t("manage")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {snapshots.length === 0 ? (
              <tr>
                <td colSpan={rights.edit ? 4 : 3} className="muted">
                  {t("none")}
                </td>
              </tr>
            ) : null}
            {[...snapshots].reverse().map((s) => (
              <tr key={s.id}>
                <td className="whitespace-nowrap">{day(s.on)}</td>
                <td className={`text-right tabular-nums whitespace-nowrap ${s.balanceCents < 0 ? "text-danger font-semibold" : ""}`}>{money(s.balanceCents)}</td>
                <td>{s.note ?? ""}</td>
                {rights.edit ? (
                  <td>
                    <DeleteSnapshotForm associationId={association.id} snapshot={{ id: s.id, label: day(s.on) }} />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rights.edit ? (
        <section className="card" aria-labelledby="add-snapshot">
          <h2 id="add-snapshot" style={{ marginTop: 0 }}>
            {t("addTitle")}
          </h2>
          <AddSnapshotForm associationId={association.id} today={isoDate(localDateOf(now, association.timezone))} />
        </section>
      ) : null}
    </>
  );
}
