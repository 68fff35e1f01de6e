import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { AddActionsFollowUpForm, CreateActionForm, FollowUpForm } from "@/features/actions/components/action-forms";
import { AssigneeLabel } from "@/features/actions/components/assignee-label";
import { ActionStatusBadge } from "@/features/actions/components/status-badge";
import type { ActionRow } from "@/features/actions/queries";
import { canRecord, isOverdue } from "@/features/actions/rules";
import { AddGroupsFollowUpForm, GroupNoteForm } from "@/features/groups/components/group-forms";
import { canWriteGroupNote } from "@/features/groups/rules";
import type { Actor } from "@/features/members/rules";
import { todayIn } from "@/lib/zoned-time";
import type { MeetingOutcomes } from "../queries";
import { DecisionView } from "./decision-view";
import { DeleteDecisionForm, EditDecisionForm, RecordDecisionForm } from "./decision-forms";

type Association = { id: string; slug: string; timezone: string; currency: string; locale: "fr" | "en" };
type Props = {
  outcomes: MeetingOutcomes;
  association: Association;
  actor: Actor;
  now: Date;
  members: { id: string; name: string }[];
  defaultVotedAt: Date;
  presentHint?: string;
};

async function ActionLine({ action, slug, today }: { action: ActionRow; slug: string; today: Date }) {
  const t = await getTranslations("actions");
  const format = await getFormatter();
  return (
    <>
      <Link href={`/a/${slug}/actions/${action.id}`}>{action.title}</Link> · <AssigneeLabel action={action} withLabel /> · <ActionStatusBadge status={action.status} />
      {action.dueOn ? ` · ${t("dueOn", { date: format.dateTime(action.dueOn, { dateStyle: "medium", timeZone: "UTC" }) })}` : null}
      {isOverdue(action, today) ? (
        <>
          {" "}
          <span className="badge badge-alert">{t("overdue")}</span>
        </>
      ) : null}
    </>
  );
}

/**
 * What a meeting produced, item by item: decisions with the facts of their votes, actions (an
 * unassigned one stands out), the follow-up of earlier actions and of working groups; with the
 * forms for those who record.
 */
export async function MeetingOutcomesView({ outcomes, association, actor, now, members, defaultVotedAt, presentHint }: Props) {
  const t = await getTranslations("decisions.meeting");
  const ta = await getTranslations("actions");
  const tg = await getTranslations("groups");
  const { meeting, items, decisions, actions } = outcomes;
  const recorder = canRecord(actor, meeting);
  const today = todayIn(now, association.timezone);
  const meetingDay = todayIn(meeting.startsAt, association.timezone);
  const unassigned = actions.filter((a) => !a.assigneeId && !a.assigneeName && (a.status === "OPEN" || a.status === "IN_PROGRESS"));
  const orphanActions = actions.filter((a) => !a.agendaItem);
  const orphanDecisions = decisions.filter((d) => !d.agendaItemId);
  const decisionBlock = (list: typeof decisions) =>
    list.map((decision) => (
      <div key={decision.id}>
        <DecisionView decision={decision} timezone={association.timezone} currency={association.currency} nameOf={outcomes.nameOf} />
        {recorder ? (
          <div className="flex flex-wrap gap-4 no-print" style={{ marginTop: "-0.5rem", marginBottom: "1rem" }}>
            <EditDecisionForm associationId={association.id} decision={decision} timezone={association.timezone} locale={association.locale} label={t("editDecision", { text: decision.text.slice(0, 60) })} />
            <DeleteDecisionForm associationId={association.id} decisionId={decision.id} label={t("deleteDecision", { text: decision.text.slice(0, 60) })} />
          </div>
        ) : null}
      </div>
    ));
  return (
    <>
      <p>
        {t("summary", { decisions: decisions.length, actions: actions.length })}{" "}
        {unassigned.length ? <strong className="badge badge-alert">{t("unassignedCount", { count: unassigned.length })}</strong> : null}
      </p>
      {recorder ? (
        <section aria-labelledby="follow-ups" className="card no-print">
          <h2 id="follow-ups" style={{ marginTop: 0 }}>
            {t("followUps")}
          </h2>
          <div className="grid-2">
            <AddActionsFollowUpForm associationId={association.id} meetingId={meeting.id} />
            <AddGroupsFollowUpForm associationId={association.id} meetingId={meeting.id} />
          </div>
        </section>
      ) : null}
      {items.length === 0 ? <p className="muted">{t("noAgenda")}</p> : null}
      {items.map((item) => {
        const itemDecisions = decisions.filter((d) => d.agendaItemId === item.id);
        const itemActions = actions.filter((a) => a.agendaItem?.id === item.id);
        const followed = outcomes.actionFollowUps.get(item.id);
        const group = outcomes.groupFollowUps.get(item.id);
        const update = followed?.updates[0];
        const Heading = item.depth === 0 ? "h2" : "h3";
        const itemLabel = `${item.number}. ${item.title}`;
        return (
          <section key={item.id} aria-labelledby={`item-${item.id}`} style={{ marginLeft: `${Math.min(item.depth, 4) * 1.25}rem` }}>
            <Heading id={`item-${item.id}`}>
              {itemLabel}
              {item.presenter?.name || item.presenterName ? <span className="muted text-sm"> · {item.presenterName ?? item.presenter?.name}</span> : null}
            </Heading>
            {followed ? (
              <div className="card">
                <p style={{ marginTop: 0 }}>
                  <ActionLine action={followed.action} slug={association.slug} today={today} />
                </p>
                {followed.action.meeting ? <p className="muted text-sm">{t("fromMeeting", { meeting: followed.action.meeting.title })}</p> : null}
                <p>
                  {update ? (
                    <>
                      {ta("followUp.current")} <strong>{ta(`followUp.outcome.${update.kind as "DONE"}`)}</strong>
                      {update.note ? ` — ${update.note}` : null}
                    </>
                  ) : (
                    <span className="muted">{ta("followUp.notRecorded")}</span>
                  )}
                </p>
                {recorder && followed.action.status !== "CANCELLED" ? <FollowUpForm associationId={association.id} agendaItemId={item.id} label={ta("followUp.formLabel", { title: followed.action.title })} note={update?.note} /> : null}
                {followed.action.status === "CANCELLED" ? <p className="muted">{ta("followUp.cancelled")}</p> : null}
              </div>
            ) : null}
            {group ? (
              <div className="card">
                <p style={{ marginTop: 0 }}>
                  <Link href={`/a/${association.slug}/groups/${group.group.id}`}>{group.group.name}</Link>
                  {group.group.referents.length ? ` · ${tg("referentsLine", { names: group.group.referents.map((r) => r.user.name).join(", ") })}` : null}
                </p>
                {canWriteGroupNote(actor, meeting, group.group.referents.map((r) => r.userId)) ? (
                  <GroupNoteForm associationId={association.id} agendaItemId={item.id} note={group.note} label={tg("followUp.noteLabel", { name: group.group.name })} />
                ) : group.note ? (
                  <p style={{ whiteSpace: "pre-wrap" }}>{group.note}</p>
                ) : (
                  <p className="muted">{tg("followUp.noNote")}</p>
                )}
              </div>
            ) : null}
            <div>{decisionBlock(itemDecisions)}</div>
            {itemActions.length ? (
              <ul aria-label={t("actionsOf", { item: itemLabel })}>
                {itemActions.map((action) => (
                  <li key={action.id}>
                    <ActionLine action={action} slug={association.slug} today={today} />
                  </li>
                ))}
              </ul>
            ) : null}
            {recorder && item.kind !== "SECTION" ? (
              <div className="grid-2 no-print">
                <RecordDecisionForm
                  associationId={association.id}
                  agendaItemId={item.id}
                  defaultVotedAt={defaultVotedAt}
                  timezone={association.timezone}
                  locale={association.locale}
                  label={t("recordDecisionOn", { item: itemLabel })}
                  presentHint={presentHint}
                  folded={t("recordDecision")}
                />
                <CreateActionForm associationId={association.id} agendaItemId={item.id} members={members} label={t("addActionOn", { item: itemLabel })} notBefore={meetingDay} folded={t("addAction")} />
              </div>
            ) : null}
          </section>
        );
      })}
      {orphanDecisions.length || orphanActions.length ? (
        <section aria-labelledby="item-removed">
          <h2 id="item-removed">{t("removedItems")}</h2>
          <div>{decisionBlock(orphanDecisions)}</div>
          <ul>
            {orphanActions.map((action) => (
              <li key={action.id}>
                <ActionLine action={action} slug={association.slug} today={today} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
