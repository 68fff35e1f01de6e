import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { ApprovalTable, ResponseHistory } from "@/features/approvals/components/approval-table";
import { AnswerForm, CloseEarlyForm, OpenReviewForm, OpinionForm, SettleForm } from "@/features/approvals/components/review-forms";
import { ReviewStatus } from "@/features/approvals/components/review-status";
import { laterMeetings, reviewPanel } from "@/features/approvals/queries";
import { approvalRights, closeEarlyRefusal, editRefusal, minutesPhase, openReviewRefusal, standingResponses } from "@/features/approvals/rules";
import { associationContext } from "@/features/members/context";
import { MeetingHeading, PhaseBadge } from "@/features/minutes/components/meeting-heading";
import { AddSectionForm, ErratumForm, StartFromAgendaForm } from "@/features/minutes/components/minutes-forms";
import { PublishedView } from "@/features/minutes/components/published-view";
import { SectionList } from "@/features/minutes/components/section-list";
import { documentBlocks } from "@/features/minutes/document";
import { approvedMinutes } from "@/features/minutes/publication";
import { meetingOf, minutesOfMeeting } from "@/features/minutes/queries";
import { translatorFor } from "@/lib/i18n/messages";
import { notFoundPage } from "@/lib/not-found";

type Params = { params: Promise<{ slug: string; meetingId: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("minutes"))("title") };
}

export default async function MinutesPage({ params, searchParams }: Params) {
  const { slug, meetingId } = await params;
  const { association, actor, now, user } = await associationContext(slug);
  const meeting = await meetingOf(association.id, meetingId);
  if (!meeting) notFoundPage();
  const t = await getTranslations("minutes");
  const tz = association.timezone;
  const base = `/a/${slug}/meetings/${meeting.id}/minutes`;

  // Association members read approved minutes only, without the board's items.
  if (!approvalRights.readDrafts(actor)) {
    const published = await approvedMinutes({ associationId: association.id, meetingId: meeting.id }, "MEMBERS", now);
    const locale = await getLocale();
    return (
      <>
        <MeetingHeading slug={slug} timezone={tz} meeting={meeting} title={t("title")} />
        {published ? (
          // The page already has its heading: the document's own title is left out.
          <PublishedView blocks={documentBlocks(published, translatorFor(locale), locale).filter((block) => block.kind !== "title")} />
        ) : (
          <p className="notice notice-warn">{t("notApprovedYet")}</p>
        )}
      </>
    );
  }

  const minutes = await minutesOfMeeting(association.id, meeting.id);
  const panel = minutes ? await reviewPanel(association.id, minutes.id, minutes.currentRevision, now, tz) : null;
  const phase = minutes ? minutesPhase(panel?.state ?? null) : "NONE";
  const voters = panel?.state.status === "OPEN" ? panel.voters : [];
  const canEdit = phase === "NONE" ? approvalRights.draft(actor, meeting) : editRefusal(actor, meeting, phase, voters) === null;
  const mine = panel ? (standingResponses(panel.responses, now).get(user.id) ?? null) : null;
  const lastOwn = panel?.history.find((row) => row.userId === user.id) ?? null;
  const canOpen =
    minutes !== null &&
    approvalRights.openReview(actor, meeting) &&
    openReviewRefusal({ currentRevision: minutes.currentRevision, latest: panel ? { state: panel.state, revisionNumber: panel.review.revisionNumber } : null, electors: 1 }) === null;
  const format = await getFormatter();
  const saved = Number((await searchParams).saved) || null;
  const ref = { associationId: association.id, meetingId: meeting.id };

  return (
    <>
      <MeetingHeading slug={slug} timezone={tz} meeting={meeting} title={t("title")} badge={<PhaseBadge phase={phase} />} />
      {saved ? (
        <p role="status" className="notice notice-ok">
          {(await getTranslations("minutes.editor"))("saved", { revision: saved })}
        </p>
      ) : null}
      {panel ? <ReviewStatus panel={panel} timezone={tz} /> : null}

      {panel?.state.status === "OPEN" && approvalRights.respond(actor, panel.voters) ? (
        <AnswerForm associationId={association.id} reviewId={panel.review.id} standing={mine} lastOwn={lastOwn} timezone={tz} />
      ) : null}
      {panel?.state.status === "OPEN" && approvalRights.giveOpinion(actor, panel.voters) ? <OpinionForm associationId={association.id} reviewId={panel.review.id} standing={mine} /> : null}

      {!minutes ? (
        <div className="card">
          <p>{t("empty")}</p>
          {canEdit ? <StartFromAgendaForm {...ref} started={false} /> : null}
        </div>
      ) : (
        <>
          <p className="muted text-sm flex flex-wrap gap-3">
            <span>
              {t("currentRevision", { number: minutes.currentRevision })}
              {minutes.lastRevision ? ` · ${minutes.lastRevision.author?.name ?? "?"}, ${format.dateTime(minutes.lastRevision.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone: tz })}` : ""}
            </span>
            <Link href={`${base}/revisions`}>{t("revisionsLink")}</Link>
          </p>
          {phase === "APPROVED" ? <p className="notice notice-ok">{t("locked")}</p> : null}
          <SectionList sections={minutes.sections} editBase={canEdit ? base : null} {...ref} />
          {canEdit ? (
            <div className="card flex flex-col gap-3">
              <StartFromAgendaForm {...ref} started />
              <AddSectionForm {...ref} />
            </div>
          ) : null}
          {canOpen ? <OpenReviewForm {...ref} revision={minutes.currentRevision} days={association.approvalWindowDays} reopen={phase === "CONTESTED"} /> : null}
        </>
      )}

      {panel && minutes ? (
        <>
          <ApprovalTable panel={panel} timezone={tz} currentRevision={minutes.currentRevision} />
          <ResponseHistory panel={panel} timezone={tz} />
          {approvalRights.closeEarly(actor) && closeEarlyRefusal(panel.state) === null ? (
            <CloseEarlyForm associationId={association.id} reviewId={panel.review.id} closesAt={panel.review.closesAt} timezone={tz} />
          ) : null}
          {panel.state.status === "CONTESTED" && approvalRights.settle(actor) ? (
            <SettleForm associationId={association.id} reviewId={panel.review.id} meetings={await laterMeetings(association.id, panel.state.closedAt)} timezone={tz} />
          ) : null}
        </>
      ) : null}

      {minutes && (minutes.errata.length || phase === "APPROVED") ? (
        <section aria-labelledby="errata">
          <h2 id="errata">{t("errata.title")}</h2>
          {minutes.errata.length ? (
            <ul className="card">
              {minutes.errata.map((erratum) => (
                <li key={erratum.id}>
                  <strong>{t("errata.by", { name: erratum.author?.name ?? "?", date: format.dateTime(erratum.createdAt, { dateStyle: "medium", timeZone: tz }) })}</strong> :{" "}
                  <span className="whitespace-pre-wrap">{erratum.text}</span>
                </li>
              ))}
            </ul>
          ) : null}
          {phase === "APPROVED" && approvalRights.addErratum(actor) ? <ErratumForm {...ref} /> : null}
        </section>
      ) : null}

      {phase === "APPROVED" ? (
        <p className="flex flex-wrap gap-3">
          <span>{t("downloads")}</span>
          <a href={`${base}/download/markdown`}>{t("downloadMarkdown")}</a>
          <a href={`${base}/download/pdf`}>{t("downloadPdf")}</a>
          {association.publicMinutes && minutes ? <Link href={`/p/${slug}/minutes/${minutes.id}`}>{t("publicLink")}</Link> : null}
        </p>
      ) : null}
    </>
  );
}
