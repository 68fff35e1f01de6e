import { getTranslations } from "next-intl/server";
import type { ActionStatus } from "../rules";

const tone: Record<ActionStatus, string> = { OPEN: "badge", IN_PROGRESS: "badge", DONE: "badge badge-ok", CANCELLED: "badge" };

export async function ActionStatusBadge({ status }: { status: ActionStatus }) {
  const t = await getTranslations("actions.status");
  return (
    <span className={tone[status]} style={{ whiteSpace: "nowrap" }}>
      {t(status)}
    </span>
  );
}
