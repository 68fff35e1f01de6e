import { getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { CalendarFeedSection } from "@/features/meetings/components/calendar-feed";
import { MeetingFilters, MeetingTable } from "@/features/meetings/components/meeting-list";
import { meetingsOf, meetingYears } from "@/features/meetings/queries";
import { MEETING_KINDS, meetingRights, type MeetingKind } from "@/features/meetings/rules";
import { associationContext } from "@/features/members/context";

export async function generateMetadata() {
  return { title: (await getTranslations("meetings"))("title") };
}

export default async function MeetingsPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ kind?: string; year?: string }> }) {
  const { slug } = await params;
  const { user, association, actor, now } = await associationContext(slug);
  const t = await getTranslations("meetings");
  const query = await searchParams;
  const kind = MEETING_KINDS.find((k) => k === query.kind) as MeetingKind | undefined;
  const yearNumber = Number(query.year);
  const year = Number.isInteger(yearNumber) && yearNumber >= 1900 && yearNumber <= 2200 ? yearNumber : undefined;
  const [{ upcoming, past }, years] = await Promise.all([meetingsOf(association, { kind, year }, now), meetingYears(association)]);
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1>{t("title")}</h1>
        {meetingRights.plan(actor) ? (
          <Link href={`/a/${association.slug}/meetings/new`} className="button button-primary">
            {t("planLink")}
          </Link>
        ) : null}
      </div>
      <MeetingFilters kind={kind} year={year} years={years} />
      <section aria-labelledby="upcoming">
        <h2 id="upcoming">{t("upcoming")}</h2>
        {upcoming.length ? <MeetingTable slug={association.slug} meetings={upcoming} timezone={association.timezone} caption={t("upcoming")} /> : <p className="muted">{t("noUpcoming")}</p>}
      </section>
      <section aria-labelledby="past">
        <h2 id="past">{t("past")}</h2>
        {past.length ? <MeetingTable slug={association.slug} meetings={past} timezone={association.timezone} caption={t("past")} /> : <p className="muted">{t("noPast")}</p>}
      </section>
      <CalendarFeedSection userId={user.id} />
    </>
  );
}
