import { getFormatter, getTranslations } from "next-intl/server";
import type { AgendaTiming } from "../rules";
import { formatDuration } from "./duration";

/** Total duration, planned end, and a warning when the agenda runs past the meeting's end. */
export async function TimingSummary({ timing, endsAt, timezone }: { timing: AgendaTiming; endsAt: Date; timezone: string }) {
  const t = await getTranslations("agenda");
  const format = await getFormatter();
  const time = (d: Date) => format.dateTime(d, { timeStyle: "short", timeZone: timezone });
  return (
    <div aria-live="polite">
      <p style={{ margin: "0 0 0.5rem" }}>
        <strong>{t("timing.total", { duration: formatDuration(t, timing.totalMinutes) })}</strong> · {t("timing.plannedEnd", { time: time(timing.plannedEnd) })}
      </p>
      {timing.overrunMinutes > 0 ? (
        <p className="notice notice-warn">{t("timing.overrun", { duration: formatDuration(t, timing.overrunMinutes), end: time(endsAt) })}</p>
      ) : (
        <p className="muted text-sm">{t("timing.fits", { end: time(endsAt) })}</p>
      )}
    </div>
  );
}
