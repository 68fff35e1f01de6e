import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { PhaseBadge } from "@/features/minutes/components/meeting-heading";
import { minutesIndex } from "@/features/minutes/queries";
import { associationContext } from "@/features/members/context";

export async function generateMetadata() {
  return { title: (await getTranslations("minutes.index"))("title") };
}

/** Every meeting with where its minutes stand; members see the approved ones. */
export default async function MinutesIndexPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { association, now } = await associationContext(slug);
  const t = await getTranslations("minutes.index");
  const states = await getTranslations("approvals.state");
  const format = await getFormatter();
  const rows = await minutesIndex(association.id, now, association.timezone);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      {rows.length ? (
        <div className="card" style={{ overflowX: "auto" }}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("meeting")}</th>
                <th scope="col">{t("date")}</th>
                <th scope="col">{t("state")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td>
                    <Link href={`/a/${slug}/meetings/${row.id}/minutes`}>{row.title}</Link>
                  </td>
                  <td>{format.dateTime(row.startsAt, { dateStyle: "medium", timeZone: association.timezone })}</td>
                  <td>
                    <PhaseBadge phase={row.phase} />
                    {row.daysLeft !== null ? <span className="ml-2 text-sm">{states("daysLeft", { days: row.daysLeft })}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t("none")}</p>
      )}
    </>
  );
}
