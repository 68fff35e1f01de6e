import { getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { AgendaTree } from "@/features/agenda/components/agenda-tree";
import { AddBacklogForm, BacklogList, PullBacklogForm } from "@/features/agenda/components/backlog-forms";
import { DoneNotice } from "@/features/agenda/components/done-notice";
import { AddItemForm } from "@/features/agenda/components/item-form";
import { MeetingHeading } from "@/features/agenda/components/meeting-heading";
import { PendingProposals, ProposalStatusList, ProposeForm } from "@/features/agenda/components/proposal-forms";
import { TimingSummary } from "@/features/agenda/components/timing-summary";
import { backlogPath } from "@/features/agenda/paths";
import { agendaFor, backlogForMeeting, meetingOfAgenda, memberChoices, proposalsFor } from "@/features/agenda/queries";
import { agendaCan, proposalProblem } from "@/features/agenda/rules";
import { associationContext } from "@/features/members/context";
import { notFoundPage } from "@/lib/not-found";
import { isoDate, localDateOf } from "@/lib/zoned-time";

type Params = Promise<{ slug: string; meetingId: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata() {
  return { title: (await getTranslations("agenda"))("title") };
}

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

export default async function AgendaPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { slug, meetingId } = await params;
  const search = await searchParams;
  const { association, actor, now } = await associationContext(slug);
  const meeting = await meetingOfAgenda(association.id, meetingId);
  if (!meeting) notFoundPage();
  const t = await getTranslations("agenda");
  const cancelled = meeting.status === "CANCELLED";
  const canEdit = agendaCan.edit(actor, meeting) && !cancelled;
  const scope = { slug, associationId: association.id, meetingId: meeting.id };
  const { rows, tree, timing } = await agendaFor(actor, meeting);
  const proposals = await proposalsFor(actor, meeting);
  const backlog = canEdit ? await backlogForMeeting(association.id, meeting) : [];
  const members = canEdit ? await memberChoices(association.id, now) : [];
  // Editors add items directly; other board members propose them before the meeting.
  const canPropose = !canEdit && agendaCan.propose(actor) && proposalProblem(meeting, now) === null;
  // "For the next agenda" is raised during or after a meeting.
  const canRaise = agendaCan.addToBacklog(actor) && !cancelled && meeting.startsAt.getTime() <= now.getTime();
  const today = isoDate(localDateOf(now, association.timezone));
  return (
    // A new key after every change: forms start afresh, with or without JavaScript.
    <div key={`${meeting.version}-${one(search.t)}`}>
      <MeetingHeading slug={slug} meeting={meeting} timezone={association.timezone} />
      <DoneNotice params={{ done: one(search.done), item: one(search.item), n: one(search.n) }} rows={rows} />
      {cancelled ? <p className="notice notice-warn">{t("cancelledNotice")}</p> : null}

      <section id="agenda" aria-labelledby="agenda-title" className="card">
        <h2 id="agenda-title" style={{ marginTop: 0 }}>
          {t("tree.heading")}
        </h2>
        {rows.length ? <TimingSummary timing={timing} endsAt={meeting.endsAt} timezone={association.timezone} /> : null}
        <AgendaTree tree={tree} editor={canEdit ? scope : undefined} currentItemId={one(search.item)} />
      </section>

      {canEdit ? (
        <section id="add-item" aria-labelledby="add-item-title" className="card no-print">
          <h2 id="add-item-title" style={{ marginTop: 0 }}>
            {t("form.addHeading")}
          </h2>
          <AddItemForm scope={scope} tree={tree} members={members} parentId={one(search.parent)} />
        </section>
      ) : null}

      {canEdit ? (
        <section id="proposals" aria-labelledby="proposals-title" className="card no-print">
          <h2 id="proposals-title" style={{ marginTop: 0 }}>
            {t("proposals.heading")}
          </h2>
          <h3>{t("proposals.pendingHeading", { count: proposals.pending.length })}</h3>
          <PendingProposals scope={scope} proposals={proposals.pending} tree={tree} />
          {proposals.decided.length ? (
            <details>
              <summary>{t("proposals.decidedHeading", { count: proposals.decided.length })}</summary>
              <ProposalStatusList scope={scope} proposals={proposals.decided} rows={rows} withdraw={false} />
            </details>
          ) : null}
        </section>
      ) : null}

      {canEdit ? (
        <section id="backlog-pull" aria-labelledby="backlog-pull-title" className="card no-print">
          <h2 id="backlog-pull-title" style={{ marginTop: 0 }}>
            {t("backlog.pullHeading")}
          </h2>
          {backlog.length ? (
            <>
              <p>{t("backlog.pullIntro", { count: backlog.length })}</p>
              <BacklogList items={backlog} timezone={association.timezone} />
              <PullBacklogForm scope={scope} count={backlog.length} tree={tree} />
            </>
          ) : (
            <p className="muted">{t("backlog.pullNone")}</p>
          )}
        </section>
      ) : null}

      {canPropose ? (
        <section id="propose" aria-labelledby="propose-title" className="card no-print">
          <h2 id="propose-title" style={{ marginTop: 0 }}>
            {t("proposals.proposeHeading")}
          </h2>
          <ProposeForm scope={scope} today={today} />
        </section>
      ) : null}

      {proposals.mine.length ? (
        <section id="my-proposals" aria-labelledby="my-proposals-title" className="card no-print">
          <h2 id="my-proposals-title" style={{ marginTop: 0 }}>
            {t("proposals.mineHeading")}
          </h2>
          <ProposalStatusList scope={scope} proposals={proposals.mine} rows={rows} withdraw />
        </section>
      ) : null}

      {canRaise ? (
        <section id="backlog" aria-labelledby="backlog-title" className="card no-print">
          <h2 id="backlog-title" style={{ marginTop: 0 }}>
            {t("backlog.addHeading")}
          </h2>
          <AddBacklogForm slug={slug} associationId={association.id} raisedAtMeetingId={meeting.id} />
          <p className="text-sm">
            <Link href={backlogPath(slug)}>{t("backlog.title")}</Link>
          </p>
        </section>
      ) : null}
    </div>
  );
}
