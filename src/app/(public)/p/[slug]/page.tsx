import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { approvedMinutesList, publicAssociation } from "@/features/minutes/publication";
import { notFoundPage } from "@/lib/not-found";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }) {
  const association = await publicAssociation((await params).slug);
  return { title: association ? (await getTranslations("minutes.public"))("title", { association: association.name }) : undefined };
}

/** The association's approved minutes, for anyone, when the association publishes them. */
export default async function PublicMinutesList({ params }: { params: Promise<{ slug: string }> }) {
  const association = await publicAssociation((await params).slug);
  if (!association) notFoundPage();
  const t = await getTranslations("minutes.public");
  const format = await getFormatter();
  const list = await approvedMinutesList(association.id, association.timezone, new Date());
  return (
    <>
      <h1>{t("title", { association: association.name })}</h1>
      <p className="muted">{t("intro")}</p>
      {list.length ? (
        <ul className="card">
          {list.map((item) => (
            <li key={item.minutesId}>
              <Link href={`/p/${association.slug}/minutes/${item.minutesId}`}>
                {item.meeting.title} — {format.dateTime(item.meeting.startsAt, { dateStyle: "long", timeZone: association.timezone })}
              </Link>{" "}
              <span className="muted text-sm">({t("approvedOn", { date: format.dateTime(item.approvedAt, { dateStyle: "long", timeZone: association.timezone }) })})</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("none")}</p>
      )}
    </>
  );
}
