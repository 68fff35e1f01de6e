import { getFormatter, getTranslations } from "next-intl/server";
import type { AgendaOrigin } from "../rules";

type Origin = { origin: AgendaOrigin; askedByLabel: string | null; askedOn: Date | null; raisedAtTitle?: string | null };

/** Who asked is always worth telling; a follow-up section's sub-items need not repeat its origin. */
export function showsOrigin(item: Origin, parentOrigin: AgendaOrigin | null): boolean {
  if (item.askedByLabel || item.askedOn) return true;
  return item.origin !== "DIRECT" && item.origin !== parentOrigin;
}

/** "Question asked by Françoise on 25 September 2008", or nothing for an item added directly. */
export async function OriginLine({ item }: { item: Origin }) {
  const t = await getTranslations("agenda");
  const format = await getFormatter();
  if (item.origin === "DIRECT" && !item.askedByLabel && !item.askedOn) return null;
  const parts = [
    t(`origins.${item.origin}`),
    item.askedByLabel ? t("originBy", { name: item.askedByLabel }) : null,
    // A calendar date (midnight UTC): shown as such, whatever the time zone.
    item.askedOn ? t("originOn", { date: format.dateTime(item.askedOn, { dateStyle: "long", timeZone: "UTC" }) }) : null,
    item.raisedAtTitle ? t("originAt", { meeting: item.raisedAtTitle }) : null,
  ];
  return <span>{parts.filter(Boolean).join(" ")}</span>;
}
