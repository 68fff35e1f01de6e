import { getTranslations } from "next-intl/server";
import type { ActionFilters } from "../schema";

type Option = { value: string; label: string };

/** A plain GET form: the filters live in the address, so they work without JavaScript and can be shared. */
export async function ActionFiltersForm({ filters, members, names, meetings }: { filters: ActionFilters; members: Option[]; names: string[]; meetings: Option[] }) {
  const t = await getTranslations("actions.filters");
  const ts = await getTranslations("actions.status");
  const select = (id: string, name: string, label: string, options: Option[], value: string) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" className="card inline-form" aria-label={t("label")}>
      {select(
        "filter-assignee",
        "assignee",
        t("assignee"),
        [
          { value: "", label: t("anyone") },
          { value: "me", label: t("me") },
          { value: "nobody", label: t("nobody") },
          ...members,
          ...names.map((name) => ({ value: `name:${name}`, label: t("freeName", { name }) })),
        ],
        filters.assignee ?? "",
      )}
      {select(
        "filter-status",
        "status",
        t("status"),
        [
          { value: "pending", label: t("pending") },
          ...(["OPEN", "IN_PROGRESS", "DONE", "CANCELLED"] as const).map((s) => ({ value: s, label: ts(s) })),
          { value: "all", label: t("allStatuses") },
        ],
        filters.status,
      )}
      {select("filter-meeting", "meeting", t("meeting"), [{ value: "", label: t("anyMeeting") }, { value: "none", label: t("noMeeting") }, ...meetings], filters.meeting ?? "")}
      <div className="field">
        <label className="checkbox" htmlFor="filter-overdue">
          <input id="filter-overdue" type="checkbox" name="overdue" value="yes" defaultChecked={filters.overdue} />
          {t("overdue")}
        </label>
      </div>
      <button type="submit" className="button button-secondary">
        {t("apply")}
      </button>
    </form>
  );
}
