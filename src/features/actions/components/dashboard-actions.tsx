import { getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { isPresident, isSecretary, type Actor } from "@/features/members/rules";
import { todayIn } from "@/lib/zoned-time";
import { dashboardActions } from "../queries";
import { ActionTable } from "./action-table";

/**
 * The dashboard's actions: each member's own; for the secretary and the president, also those
 * nobody took ("Assigned to: ?") and those overdue.
 */
export async function DashboardActions({ association, actor, now }: { association: { id: string; slug: string; timezone: string }; actor: Actor; now: Date }) {
  const t = await getTranslations("actions.dashboard");
  const today = todayIn(now, association.timezone);
  const oversight = isPresident(actor) || isSecretary(actor);
  const { mine, unassigned, overdue } = await dashboardActions(association.id, actor, today, oversight);
  const base = `/a/${association.slug}/actions`;
  return (
    <>
      <section aria-labelledby="my-actions">
        <h2 id="my-actions">{t("mine", { count: mine.length })}</h2>
        {mine.length ? <ActionTable rows={mine} slug={association.slug} today={today} caption={t("mine", { count: mine.length })} /> : <p className="muted">{t("noneMine")}</p>}
        <p>
          <Link href={`${base}?assignee=me`}>{t("allMine")}</Link>
        </p>
      </section>
      {oversight ? (
        <>
          <section aria-labelledby="unassigned-actions">
            <h2 id="unassigned-actions">{t("unassigned", { count: unassigned.length })}</h2>
            {unassigned.length ? (
              <>
                <p className="notice notice-warn">{t("unassignedHint")}</p>
                <ActionTable rows={unassigned} slug={association.slug} today={today} caption={t("unassigned", { count: unassigned.length })} />
              </>
            ) : (
              <p className="muted">{t("noneUnassigned")}</p>
            )}
          </section>
          <section aria-labelledby="overdue-actions">
            <h2 id="overdue-actions">{t("overdue", { count: overdue.length })}</h2>
            {overdue.length ? (
              <ActionTable rows={overdue} slug={association.slug} today={today} caption={t("overdue", { count: overdue.length })} />
            ) : (
              <p className="muted">{t("noneOverdue")}</p>
            )}
            <p>
              <Link href={`${base}?overdue=yes`}>{t("allOverdue")}</Link>
            </p>
          </section>
        </>
      ) : null}
    </>
  );
}
