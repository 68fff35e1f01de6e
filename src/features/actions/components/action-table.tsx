import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import type { ActionRow } from "../queries";
import { isOverdue } from "../rules";
import { AssigneeLabel } from "./assignee-label";
import { ActionStatusBadge } from "./status-badge";

/**
 * Actions as a table: an unassigned action's row is tinted and says "Assigned to: ?", an
 * overdue one says so beside its date.
 */
export async function ActionTable({ rows, slug, today, caption, showMeeting = true }: { rows: ActionRow[]; slug: string; today: Date; caption: string; showMeeting?: boolean }) {
  const t = await getTranslations("actions");
  const format = await getFormatter();
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <div className="card" style={{ overflowX: "auto" }}>
      <table>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("columns.title")}</th>
            <th scope="col">{t("columns.assignee")}</th>
            <th scope="col">{t("columns.due")}</th>
            <th scope="col">{t("columns.status")}</th>
            {showMeeting ? <th scope="col">{t("columns.meeting")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((action) => {
            const unassigned = !action.assigneeId && !action.assigneeName;
            return (
              <tr key={action.id} style={unassigned ? { background: "#fdf3f3" } : undefined}>
                <td>
                  <Link href={`/a/${slug}/actions/${action.id}`}>{action.title}</Link>
                </td>
                <td>
                  <AssigneeLabel action={action} />
                </td>
                <td>
                  {action.dueOn ? day(action.dueOn) : <span className="muted">{t("noDue")}</span>}
                  {isOverdue(action, today) ? (
                    <>
                      {" "}
                      <span className="badge badge-alert">{t("overdue")}</span>
                    </>
                  ) : null}
                </td>
                <td>
                  <ActionStatusBadge status={action.status} />
                </td>
                {showMeeting ? (
                  <td>
                    {action.meeting ? (
                      <Link href={`/a/${slug}/meetings/${action.meeting.id}/decisions`}>{action.meeting.title}</Link>
                    ) : (
                      <span className="muted">{t("ownAction")}</span>
                    )}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
