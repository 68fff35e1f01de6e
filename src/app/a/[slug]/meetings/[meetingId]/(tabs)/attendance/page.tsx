import { getTranslations } from "next-intl/server";
import { AttendanceSheetForm, AttendanceTable } from "@/features/attendance/components/attendance-sheet";
import { GuestsSection } from "@/features/attendance/components/guests";
import { QuorumCard } from "@/features/attendance/components/quorum-card";
import { attendanceSheet, quorumSummary } from "@/features/attendance/queries";
import { attendanceRights, timeOnMeetingDay } from "@/features/attendance/rules";
import { meetingContext } from "@/features/meetings/context";
import { parseLocalTime } from "@/features/meetings/rules";
import { notFoundPage } from "@/lib/not-found";

export async function generateMetadata() {
  return { title: (await getTranslations("attendance"))("title") };
}

export default async function AttendancePage({ params, searchParams }: { params: Promise<{ slug: string; meetingId: string }>; searchParams: Promise<{ at?: string }> }) {
  const { slug, meetingId } = await params;
  const { association, actor, meeting, now } = await meetingContext(slug, meetingId);
  if (!attendanceRights.read(actor)) notFoundPage();
  const t = await getTranslations("attendance");
  const validation = await getTranslations("validation");
  const atText = typeof (await searchParams).at === "string" ? (await searchParams).at!.slice(0, 10) : "";
  const atTime = atText ? parseLocalTime(atText) : null;
  const chosen = atTime ? timeOnMeetingDay(atTime, meeting, association.timezone) : null;
  const [summary, sheet] = await Promise.all([quorumSummary(association.id, meeting.id, now, chosen), attendanceSheet(association.id, meeting, association.timezone)]);
  const editable = attendanceRights.edit(actor, meeting) && meeting.status !== "CANCELLED";
  const ids = { associationId: association.id, meetingId: meeting.id };
  return (
    <>
      <h2>{t("title")}</h2>
      {meeting.status === "CANCELLED" ? <p className="notice notice-warn">{t("cancelled")}</p> : null}
      {summary ? <QuorumCard summary={summary} timezone={association.timezone} timeForm chosenText={atText} chosenError={atText && !atTime ? validation("invalidTime") : undefined} /> : null}
      <section aria-labelledby="sheet">
        <h2 id="sheet">{t("sheet")}</h2>
        {sheet.rows.length === 0 ? (
          <p className="muted">{t("noRoster")}</p>
        ) : editable ? (
          <AttendanceSheetForm meeting={meeting} rows={sheet.rows} timezone={association.timezone} />
        ) : (
          <AttendanceTable rows={sheet.rows} timezone={association.timezone} assembly={meeting.kind === "GENERAL_ASSEMBLY"} />
        )}
      </section>
      <GuestsSection ids={ids} guests={sheet.guests} editable={editable} />
    </>
  );
}
