import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { CancelActionForm, ChangeStatusForm, EditActionForm } from "@/features/actions/components/action-forms";
import { AssigneeLabel } from "@/features/actions/components/assignee-label";
import { ActionStatusBadge } from "@/features/actions/components/status-badge";
import { actionDetail, assignableMembers } from "@/features/actions/queries";
import { canChangeStatus, canRecord, isOverdue } from "@/features/actions/rules";
import { associationContext } from "@/features/members/context";
import { notFoundPage } from "@/lib/not-found";
import { todayIn } from "@/lib/zoned-time";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function generateMetadata() {
  return { title: (await getTranslations("actions"))("title") };
}

export default async function ActionPage({ params }: { params: Promise<{ slug: string; actionId: string }> }) {
  const { slug, actionId } = await params;
  const { association, actor, now } = await associationContext(slug);
  if (!UUID.test(actionId)) notFoundPage();
  const action = await actionDetail(association.id, actionId, actor);
  if (!action) notFoundPage();
  const t = await getTranslations("actions");
  const format = await getFormatter();
  const today = todayIn(now, association.timezone);
  const recorder = canRecord(actor, action.meeting);
  const mayChangeStatus = canChangeStatus(actor, action, action.meeting) && action.status !== "CANCELLED";
  const members = recorder ? await assignableMembers(association.id, now) : [];
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: association.timezone });
  return (
    <>
      <p>
        <Link href={`/a/${slug}/actions`}>{t("backToList")}</Link>
      </p>
      <h1>{action.title}</h1>
      <dl className="card grid-2">
        <div>
          <dt className="font-semibold">{t("columns.assignee")}</dt>
          <dd>
            <AssigneeLabel action={action} />
          </dd>
        </div>
        <div>
          <dt className="font-semibold">{t("columns.status")}</dt>
          <dd>
            <ActionStatusBadge status={action.status} />
          </dd>
        </div>
        <div>
          <dt className="font-semibold">{t("columns.due")}</dt>
          <dd>
            {action.dueOn ? format.dateTime(action.dueOn, { dateStyle: "long", timeZone: "UTC" }) : t("noDue")}
            {isOverdue(action, today) ? (
              <>
                {" "}
                <span className="badge badge-alert">{t("overdue")}</span>
              </>
            ) : null}
          </dd>
        </div>
        <div>
          <dt className="font-semibold">{t("columns.meeting")}</dt>
          <dd>
            {action.meeting ? (
              <>
                <Link href={`/a/${slug}/meetings/${action.meeting.id}/decisions`}>{action.meeting.title}</Link>
                {action.agendaItem ? <span className="muted"> · {action.agendaItem.title}</span> : null}
              </>
            ) : (
              t("ownAction")
            )}
          </dd>
        </div>
      </dl>
      {action.detail ? <p style={{ whiteSpace: "pre-wrap" }}>{action.detail}</p> : null}
      <section aria-labelledby="history">
        <h2 id="history">{t("history.title")}</h2>
        <ol>
          <li>{t("history.created", { when: when(action.createdAt), who: action.createdBy?.name ?? "?" })}</li>
          {action.updates.map((update) => (
            <li key={update.id}>
              {update.meeting
                ? t("history.followUp", { when: when(update.recordedAt), meeting: update.meeting.title, outcome: t(`followUp.outcome.${update.kind as "DONE"}`) })
                : t("history.status", { when: when(update.recordedAt), who: update.recordedBy?.name ?? "?", status: t(`status.${update.statusAfter}`) })}
              {update.note ? ` ${t("history.note", { note: update.note })}` : null}
            </li>
          ))}
        </ol>
      </section>
      {action.status === "CANCELLED" ? <p className="notice notice-warn">{t("cancelledNotice")}</p> : null}
      {mayChangeStatus ? (
        <section aria-labelledby="change-status" className="card">
          <h2 id="change-status" style={{ marginTop: 0 }}>
            {t("form.statusTitle")}
          </h2>
          <ChangeStatusForm associationId={association.id} action={action} label={t("form.statusTitle")} />
          {recorder ? <CancelActionForm associationId={association.id} actionId={action.id} label={t("form.cancel")} /> : null}
        </section>
      ) : null}
      {recorder && action.status !== "CANCELLED" ? (
        <section aria-labelledby="edit-action" className="card">
          <h2 id="edit-action" style={{ marginTop: 0 }}>
            {t("form.editTitle")}
          </h2>
          <EditActionForm associationId={association.id} action={action} members={members} label={t("form.editTitle")} />
        </section>
      ) : null}
    </>
  );
}
