import type { useTranslations } from "next-intl";
import { durationParts } from "../rules";

type AgendaT = ReturnType<typeof useTranslations<"agenda">>;

/** "45 min", "1 h", "2 h 5 min" */
export function formatDuration(t: AgendaT, minutes: number): string {
  const { hours, minutes: rest } = durationParts(minutes);
  if (!hours) return t("duration.minutes", { minutes: rest });
  return rest ? t("duration.hoursMinutes", { hours, minutes: rest }) : t("duration.hours", { hours });
}
