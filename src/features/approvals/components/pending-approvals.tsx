import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { pendingApprovalsFor } from "../queries";

/** Dashboard section: the minutes waiting for my answer, with the days left. */
export async function PendingApprovals({ userId, association, now }: { userId: string; association: { id: string; slug: string; timezone: string }; now: Date }) {
  const pending = await pendingApprovalsFor(userId, association.id, now, association.timezone);
  const t = await getTranslations("approvals");
  const format = await getFormatter();
  return (
    <section aria-labelledby="pending-approvals" className="card">
      <h2 id="pending-approvals" style={{ marginTop: 0 }}>
        {t("dashboard.title")}
      </h2>
      {pending.length ? (
        <ul>
          {pending.map((item) => (
            <li key={item.reviewId}>
              <Link href={`/a/${association.slug}/meetings/${item.meeting.id}/minutes`}>{item.meeting.title}</Link> —{" "}
              <strong>{t("state.daysLeft", { days: item.daysLeft })}</strong> ({t("dashboard.closes", { date: format.dateTime(item.closesAt, { dateStyle: "long", timeStyle: "short", timeZone: association.timezone }) })})
              {item.role === "ADVISORY" ? ` · ${t("dashboard.opinion")}` : ""}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("dashboard.none")}</p>
      )}
    </section>
  );
}
