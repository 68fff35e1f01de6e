import { getTranslations } from "next-intl/server";

type Assigned = { assigneeId: string | null; assigneeName: string | null; assignee?: { name: string } | null };

/** Who the action is assigned to. Nobody shows as a red "Assigned to: ?" everywhere. */
export async function AssigneeLabel({ action, withLabel = false }: { action: Assigned; withLabel?: boolean }) {
  const t = await getTranslations("actions.assignee");
  if (!action.assigneeId && !action.assigneeName) {
    return (
      <strong className="badge badge-alert" data-unassigned="true" style={{ whiteSpace: "nowrap" }}>
        {t("nobody")}
      </strong>
    );
  }
  const name = action.assignee?.name ?? action.assigneeName ?? "";
  return (
    <span>
      {withLabel ? `${t("label")} ` : null}
      {name}
      {!action.assigneeId ? <span className="muted text-sm"> {t("notMember")}</span> : null}
    </span>
  );
}
