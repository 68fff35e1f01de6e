import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { AgendaMeeting } from "../queries";
import { meetingPath, printPath } from "../paths";

/** The meeting an agenda page belongs to: title, when, where, and the way back to it. */
export async function MeetingHeading({ slug, meeting, timezone, print = true }: { slug: string; meeting: AgendaMeeting; timezone: string; print?: boolean }) {
  const t = await getTranslations("agenda");
  const format = await getFormatter();
  return (
    <header className="mb-4">
      <p className="no-print text-sm">
        <Link href={meetingPath(slug, meeting.id)}>← {t("backToMeeting")}</Link>
        {print ? (
          <>
            {" · "}
            <Link href={printPath(slug, meeting.id)}>{t("printable")}</Link>
          </>
        ) : null}
      </p>
      <h1 style={{ marginBottom: "0.25rem" }}>{meeting.title}</h1>
      <p className="muted" style={{ margin: 0 }}>
        {format.dateTimeRange(meeting.startsAt, meeting.endsAt, { dateStyle: "full", timeStyle: "short", timeZone: timezone })}
        {meeting.place ? ` · ${meeting.place}` : ""}
        {meeting.status !== "PLANNED" ? (
          <>
            {" "}
            <span className={`badge ${meeting.status === "CANCELLED" ? "badge-alert" : ""}`}>{t(`status.${meeting.status}`)}</span>
          </>
        ) : null}
      </p>
    </header>
  );
}
