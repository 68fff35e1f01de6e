import { getFormatter, getTranslations } from "next-intl/server";
import { assignableMembers } from "@/features/actions/queries";
import { canRecord } from "@/features/actions/rules";
import { MeetingOutcomesView } from "@/features/decisions/components/meeting-outcomes";
import { meetingOutcomes, votersPresentAt } from "@/features/decisions/queries";
import { defaultVoteTime } from "@/features/decisions/rules";
import { associationContext } from "@/features/members/context";
import { notFoundPage } from "@/lib/not-found";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function generateMetadata() {
  return { title: (await getTranslations("decisions.meeting"))("title") };
}

export default async function MeetingDecisionsPage({ params }: { params: Promise<{ slug: string; meetingId: string }> }) {
  const { slug, meetingId } = await params;
  const { association, actor, now } = await associationContext(slug);
  if (!UUID.test(meetingId)) notFoundPage();
  const outcomes = await meetingOutcomes(association.id, meetingId, actor);
  if (!outcomes) notFoundPage();
  const { meeting } = outcomes;
  const t = await getTranslations("decisions.meeting");
  const format = await getFormatter();
  const recorder = canRecord(actor, meeting);
  const defaultVotedAt = defaultVoteTime(now, meeting);
  const [members, voters] = recorder ? await Promise.all([assignableMembers(association.id, now), votersPresentAt(association.id, meeting, defaultVotedAt)]) : [[], null];
  const time = format.dateTime(defaultVotedAt, { timeStyle: "short", timeZone: association.timezone });
  const presentHint = voters
    ? voters.recorded
      ? t("presentHint", { time, present: voters.present, electorate: voters.electorate, required: voters.required })
      : t("noAttendance")
    : undefined;
  return (
    <>
      <h2 style={{ marginTop: 0 }}>{t("title")}</h2>
      <MeetingOutcomesView
        outcomes={outcomes}
        association={{ id: association.id, slug: association.slug, timezone: association.timezone, currency: association.currency, locale: association.locale }}
        actor={actor}
        now={now}
        members={members}
        defaultVotedAt={defaultVotedAt}
        presentHint={presentHint}
      />
    </>
  );
}
