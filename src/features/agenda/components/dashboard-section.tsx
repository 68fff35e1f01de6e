import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import type { Actor } from "@/features/members/rules";
import { agendaPath, backlogPath } from "../paths";
import { agendaDashboard } from "../queries";

/** The dashboard's agenda corner: the next meeting's agenda, what waits for a decision, the backlog. */
export async function AgendaDashboardSection({ slug, associationId, timezone, actor, now }: { slug: string; associationId: string; timezone: string; actor: Actor; now: Date }) {
  const t = await getTranslations("agenda.dashboard");
  const format = await getFormatter();
  const { next, toDecide, backlog, answered } = await agendaDashboard(actor, associationId, now);
  return (
    <section aria-labelledby="dashboard-agendas" className="card">
      <h2 id="dashboard-agendas" style={{ marginTop: 0 }}>
        {t("heading")}
      </h2>
      {next ? (
        <p>
          {t("next", { meeting: next.title, date: format.dateTime(next.startsAt, { dateStyle: "full", timeStyle: "short", timeZone: timezone }) })} ·{" "}
          <Link href={agendaPath(slug, next.id)}>{t("openAgenda")}</Link>
        </p>
      ) : (
        <p className="muted">{t("none")}</p>
      )}
      {toDecide ? <p>{t("toDecide", { count: toDecide })}</p> : null}
      {answered ? <p>{t("myAnswers", { count: answered })}</p> : null}
      {backlog ? (
        <p>
          <Link href={backlogPath(slug)}>{t("backlogWaiting", { count: backlog })}</Link>
        </p>
      ) : null}
    </section>
  );
}
