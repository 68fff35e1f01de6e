import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { AddBacklogForm, BacklogList } from "@/features/agenda/components/backlog-forms";
import { DoneNotice } from "@/features/agenda/components/done-notice";
import { agendaPath } from "@/features/agenda/paths";
import { pulledBacklog, upcomingMeetings, waitingBacklog } from "@/features/agenda/queries";
import { agendaCan } from "@/features/agenda/rules";
import { associationContext } from "@/features/members/context";
import { notFoundPage } from "@/lib/not-found";

export async function generateMetadata() {
  return { title: (await getTranslations("agenda.backlog"))("title") };
}

export default async function BacklogPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { slug } = await params;
  const { association, actor, now } = await associationContext(slug);
  if (!agendaCan.readBacklog(actor)) notFoundPage();
  const t = await getTranslations("agenda.backlog");
  const format = await getFormatter();
  const { done, t: stamp } = await searchParams;
  const [waiting, pulled, upcoming] = await Promise.all([waitingBacklog(association.id), pulledBacklog(association.id), upcomingMeetings(association.id, now)]);
  const discard = { slug, associationId: association.id, allowed: (item: { addedById: string }) => agendaCan.discardBacklog(actor, item) };
  return (
    <div key={String(stamp)}>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <DoneNotice params={{ done: typeof done === "string" ? done : undefined }} rows={[]} />
      <section id="waiting" aria-labelledby="waiting-title" className="card">
        <h2 id="waiting-title" style={{ marginTop: 0 }}>
          {t("waitingHeading", { count: waiting.length })}
        </h2>
        <BacklogList items={waiting} timezone={association.timezone} discard={discard} />
      </section>
      <section id="backlog" aria-labelledby="backlog-title" className="card">
        <h2 id="backlog-title" style={{ marginTop: 0 }}>
          {t("addHeading")}
        </h2>
        <AddBacklogForm slug={slug} associationId={association.id} />
      </section>
      <section id="upcoming" aria-labelledby="upcoming-title" className="card">
        <h2 id="upcoming-title" style={{ marginTop: 0 }}>
          {t("upcomingHeading")}
        </h2>
        {upcoming.length ? (
          <>
            <p className="muted">{t("upcomingIntro")}</p>
            <ul>
              {upcoming.map((meeting) => (
                <li key={meeting.id}>
                  <Link href={agendaPath(slug, meeting.id)}>{meeting.title}</Link> · {format.dateTime(meeting.startsAt, { dateStyle: "full", timeStyle: "short", timeZone: association.timezone })}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="muted">{t("noUpcoming")}</p>
        )}
      </section>
      {pulled.length ? (
        <section id="pulled" aria-labelledby="pulled-title" className="card">
          <h2 id="pulled-title" style={{ marginTop: 0 }}>
            {t("pulledHeading")}
          </h2>
          <BacklogList items={pulled} timezone={association.timezone} />
        </section>
      ) : null}
    </div>
  );
}
