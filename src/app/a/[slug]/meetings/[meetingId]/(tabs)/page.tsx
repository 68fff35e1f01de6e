import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { MeetingOutcomeSummary } from "@/features/actions/components/meeting-outcome-summary";
import { QuorumCard } from "@/features/attendance/components/quorum-card";
import { quorumSummary } from "@/features/attendance/queries";
import { attendanceRights } from "@/features/attendance/rules";
import { CancelMeetingForm, ConveneForm, MarkHeldForm } from "@/features/meetings/components/manage-forms";
import { meetingContext } from "@/features/meetings/context";
import { conveningFacts } from "@/features/meetings/queries";
import { meetingRights } from "@/features/meetings/rules";

const NOTICES = ["created", "cancelled", "cancelledNotified", "held"] as const;

export async function generateMetadata({ params }: { params: Promise<{ slug: string; meetingId: string }> }) {
  const { slug, meetingId } = await params;
  const { meeting } = await meetingContext(slug, meetingId);
  return { title: meeting.title };
}

export default async function MeetingPage({ params, searchParams }: { params: Promise<{ slug: string; meetingId: string }>; searchParams: Promise<{ notice?: string }> }) {
  const { slug, meetingId } = await params;
  const { association, actor, meeting, now } = await meetingContext(slug, meetingId);
  const t = await getTranslations("meetings");
  const format = await getFormatter();
  const requested = (await searchParams).notice;
  const notice = NOTICES.find((n) => n === requested);
  const base = `/a/${association.slug}/meetings/${meeting.id}`;
  const ids = { associationId: association.id, meetingId: meeting.id };
  const canEdit = meetingRights.edit(actor, meeting);
  const planned = meeting.status === "PLANNED";
  const ended = meeting.endsAt.getTime() <= now.getTime();
  const started = meeting.startsAt.getTime() <= now.getTime();
  const summary = attendanceRights.readQuorum(actor, meeting) ? await quorumSummary(association.id, meeting.id, now, null) : null;
  const facts = canEdit && planned && !ended ? await conveningFacts(association, meeting) : null;
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long", timeStyle: "short", timeZone: association.timezone });
  return (
    <>
      {notice ? (
        <p role="status" className="notice notice-ok">
          {t(`notices.${notice}`)}
        </p>
      ) : null}
      {meeting.status === "CANCELLED" ? <p className="notice notice-warn">{t("overview.cancelledNote")}</p> : null}
      <section aria-labelledby="facts" className="card">
        <h2 id="facts" style={{ marginTop: 0 }}>
          {t("overview.title")}
        </h2>
        <dl className="grid gap-x-6 gap-y-2" style={{ gridTemplateColumns: "max-content 1fr" }}>
          <dt className="font-semibold">{t("overview.kind")}</dt>
          <dd>{t(`kinds.${meeting.kind}`)}</dd>
          <dt className="font-semibold">{t("overview.when")}</dt>
          <dd>{format.dateTimeRange(meeting.startsAt, meeting.endsAt, { dateStyle: "full", timeStyle: "short", timeZone: association.timezone })}</dd>
          <dt className="font-semibold">{t("overview.place")}</dt>
          <dd>{meeting.place ?? t("overview.noPlace")}</dd>
          {meetingRights.readRemoteAccess(actor, meeting) ? (
            <>
              <dt className="font-semibold">{t("overview.remoteAccess")}</dt>
              <dd className="whitespace-pre-line">{meeting.remoteAccess ?? t("overview.noRemote")}</dd>
            </>
          ) : null}
          <dt className="font-semibold">{t("overview.facilitator")}</dt>
          <dd>{meeting.facilitator?.name ?? t("overview.noFacilitator")}</dd>
          <dt className="font-semibold">{t("overview.status")}</dt>
          <dd>{t(`statuses.${meeting.status}`)}</dd>
          {meetingRights.readBoardDetails(actor) ? (
            <>
              <dt className="font-semibold">{t("overview.convened")}</dt>
              <dd>{meeting.convenedAt ? date(meeting.convenedAt) : t("overview.notConvened")}</dd>
            </>
          ) : null}
        </dl>
        <p className="no-print mt-4 flex flex-wrap gap-4">
          <a href={`${base}/ics`} download>
            {t("overview.ics")}
          </a>
          {canEdit && meeting.status !== "CANCELLED" ? <Link href={`${base}/edit`}>{t("overview.edit")}</Link> : null}
        </p>
      </section>
      {summary ? <QuorumCard summary={summary} timezone={association.timezone} detailsHref={attendanceRights.read(actor) ? `${base}/attendance` : undefined} /> : null}
      <MeetingOutcomeSummary associationId={association.id} meetingId={meeting.id} actor={actor} href={`${base}/decisions`} />
      {canEdit && planned ? (
        <section aria-labelledby="manage" className="card no-print">
          <h2 id="manage" style={{ marginTop: 0 }}>
            {t("manage.title")}
          </h2>
          {facts ? (
            <>
              <h3>{t("convene.title")}</h3>
              <ConveneForm ids={ids} convenedAt={meeting.convenedAt} boardSize={facts.boardSize} agendaItems={facts.agendaItems} timezone={association.timezone} />
            </>
          ) : null}
          {started ? (
            <>
              <h3>{t("manage.heldTitle")}</h3>
              <MarkHeldForm ids={ids} />
            </>
          ) : null}
          <h3>{t("manage.cancelTitle")}</h3>
          <CancelMeetingForm ids={ids} convened={meeting.convenedAt !== null && !ended} />
        </section>
      ) : null}
    </>
  );
}
