import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import type { MeetingKind, MeetingStatus } from "../rules";

type Row = { id: string; kind: MeetingKind; title: string; startsAt: Date; endsAt: Date; place: string | null; status: MeetingStatus };

export async function StatusBadge({ status }: { status: MeetingStatus }) {
  const t = await getTranslations("meetings.statuses");
  const tone = status === "CANCELLED" ? "badge badge-alert" : status === "HELD" ? "badge badge-ok" : "badge";
  return <span className={tone}>{t(status)}</span>;
}

/** A table of meetings: when (in the association's time zone), which, where, status. */
export async function MeetingTable({ slug, meetings, timezone, caption }: { slug: string; meetings: Row[]; timezone: string; caption: string }) {
  const t = await getTranslations("meetings");
  const format = await getFormatter();
  return (
    <div className="card" style={{ overflowX: "auto" }}>
      <table>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("columns.when")}</th>
            <th scope="col">{t("columns.meeting")}</th>
            <th scope="col">{t("columns.place")}</th>
            <th scope="col">{t("columns.status")}</th>
          </tr>
        </thead>
        <tbody>
          {meetings.map((m) => (
            <tr key={m.id}>
              <td>{format.dateTimeRange(m.startsAt, m.endsAt, { dateStyle: "full", timeStyle: "short", timeZone: timezone })}</td>
              <td>
                <Link href={`/a/${slug}/meetings/${m.id}`}>{m.title}</Link>
                <div className="muted text-sm">{t(`kinds.${m.kind}`)}</div>
              </td>
              <td>{m.place ?? "—"}</td>
              <td>
                <StatusBadge status={m.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A plain GET form: the filters live in the address, so they work without JavaScript and can be shared. */
export async function MeetingFilters({ kind, year, years }: { kind?: MeetingKind; year?: number; years: number[] }) {
  const t = await getTranslations("meetings");
  return (
    <form method="get" className="inline-form card" aria-label={t("filters.legend")}>
      <div className="field">
        <label htmlFor="filter-kind">{t("filters.kind")}</label>
        <select id="filter-kind" name="kind" defaultValue={kind ?? ""}>
          <option value="">{t("filters.anyKind")}</option>
          {(["BOARD", "GENERAL_ASSEMBLY", "OTHER"] as const).map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-year">{t("filters.year")}</label>
        <select id="filter-year" name="year" defaultValue={year ? String(year) : ""}>
          <option value="">{t("filters.anyYear")}</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button-secondary">
        {t("filters.apply")}
      </button>
      {kind || year ? <a href="?">{t("filters.reset")}</a> : null}
    </form>
  );
}
