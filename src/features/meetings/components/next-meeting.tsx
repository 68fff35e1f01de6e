import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import type { Actor } from "@/features/members/rules";
import { nextMeetingOf } from "../queries";
import { meetingRights } from "../rules";

/** The dashboard's "next meeting": what, when (in the association's time zone), where, and a link. */
export async function NextMeetingSection({ association, actor, now }: { association: { id: string; slug: string; timezone: string }; actor: Actor; now: Date }) {
  if (!meetingRights.read(actor)) return null;
  const t = await getTranslations("meetings.next");
  const format = await getFormatter();
  const meeting = await nextMeetingOf(association.id, now);
  const base = `/a/${association.slug}/meetings`;
  return (
    <section aria-labelledby="next-meeting" className="card">
      <h2 id="next-meeting" style={{ marginTop: 0 }}>
        {t("title")}
      </h2>
      {meeting ? (
        <>
          <p className="text-lg font-semibold">
            <Link href={`${base}/${meeting.id}`}>{meeting.title}</Link>
          </p>
          <p>{format.dateTimeRange(meeting.startsAt, meeting.endsAt, { dateStyle: "full", timeStyle: "short", timeZone: association.timezone })}</p>
          {meeting.place ? <p className="muted">{meeting.place}</p> : null}
        </>
      ) : (
        <p className="muted">{t("none")}</p>
      )}
      <p className="flex flex-wrap gap-4">
        <Link href={base}>{t("all")}</Link>
        {meetingRights.plan(actor) ? <Link href={`${base}/new`}>{t("plan")}</Link> : null}
      </p>
    </section>
  );
}
