import "server-only";
import type { Tx } from "@/lib/db";
import { translatorFor, type AppLocale } from "@/lib/i18n/messages";

type Meeting = { id: string; startsAt: Date; place: string | null; association: { timezone: string; locale: AppLocale } };

/** A first draft of the header: when, where, and who attended (with departures), from the attendance. */
export async function headerDraft(tx: Tx, meeting: Meeting): Promise<string> {
  const { locale, timezone } = meeting.association;
  const t = translatorFor(locale);
  const time = new Intl.DateTimeFormat(locale, { timeStyle: "short", timeZone: timezone });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "full", timeStyle: "short", timeZone: timezone }).format(meeting.startsAt);
  const rows = await tx.attendance.findMany({
    where: { meetingId: meeting.id },
    select: { status: true, leftAt: true, note: true, user: { select: { name: true } } },
    orderBy: { user: { name: "asc" } },
  });
  const who = (status: string) =>
    rows
      .filter((r) => r.status === status)
      .map((r) => {
        const extra = [r.leftAt ? t("minutes.defaults.left", { time: time.format(r.leftAt) }) : null].filter(Boolean).join(", ");
        return extra ? `${r.user.name} (${extra})` : r.user.name;
      })
      .join(", ");
  const lines = [meeting.place ? t("minutes.defaults.whenWhere", { date, place: meeting.place }) : t("minutes.defaults.when", { date })];
  for (const status of ["PRESENT", "REMOTE", "REPRESENTED", "EXCUSED", "ABSENT"] as const) {
    const names = who(status);
    if (names) lines.push(`${t(`minutes.defaults.attendance.${status}`)} ${names}`);
  }
  return lines.join("\n\n");
}
