import type { useTranslations } from "next-intl";
import { durationParts } from "../rules";

type AgendaT = ReturnType<typeof useTranslations<"agenda">>;

/** "45 min", "2 h 5 min" */
export function formatDuration(t: AgendaT, minutes: number): string {
  const { hours, minutes: rest } = durationParts(minutes);
  return hours ? t("duration.hoursMinutes", { hours, minutes: rest }) : t("duration.minutes", { minutes: rest });
}
