import "server-only";
import { requestLocale } from "@/features/auth/locale";
import { currentUser } from "@/features/auth/session";
import { associationBySlug, loadActor } from "@/features/members/queries";
import { toCsv } from "@/lib/csv-export";
import { db } from "@/lib/db";
import { translatorFor } from "@/lib/i18n/messages";
import { isoDate, localDateOf, wallClockOf } from "@/lib/zoned-time";
import { decisionRegister } from "./queries";
import { centsToInput } from "./rules";
import { registerFiltersSchema } from "./schema";

/**
 * The decisions register as a CSV file, with the register page's filters. Null (answered "not
 * found") unless the person signed in is a member of the association now.
 */
export async function decisionsCsv(slug: string, search: URLSearchParams): Promise<{ body: string; filename: string } | null> {
  const user = await currentUser();
  if (!user) return null;
  const association = await associationBySlug(slug);
  if (!association) return null;
  const now = new Date();
  const actor = await loadActor(db(), user.id, association.id, now);
  if (!actor?.role) return null;
  const filters = registerFiltersSchema.parse({
    q: search.get("q") || undefined,
    year: search.get("year") || undefined,
    kind: search.get("kind") || undefined,
    outcome: search.get("outcome") || undefined,
  });
  const rows = await decisionRegister(association.id, actor, filters, association.timezone, 10_000);
  const locale = await requestLocale();
  const t = translatorFor(locale);
  const yesNo = (value: boolean | null) => (value === null ? "" : value ? t("decisions.csv.yes") : t("decisions.csv.no"));
  const when = (instant: Date) => {
    const w = wallClockOf(instant, association.timezone);
    return `${isoDate(w)} ${String(w.hour).padStart(2, "0")}:${String(w.minute).padStart(2, "0")}`;
  };
  const header = (["date", "meeting", "kind", "item", "decision", "outcome", "majority", "for", "against", "abstain", "present", "electorate", "quorumMet", "majorityMet", "amount", "tax"] as const).map((key) =>
    t(`decisions.csv.${key}`),
  );
  const lines = rows.map((row) => [
    when(row.votedAt),
    row.meeting.title,
    t(`decisions.meeting.kind.${row.meeting.kind}`),
    row.agendaItem?.title ?? "",
    row.text,
    t(`decisions.outcome.${row.outcome}`),
    t(`decisions.majority.${row.majority}`),
    row.votesFor,
    row.votesAgainst,
    row.votesAbstain,
    row.votersPresent,
    row.electorateSize,
    yesNo(row.quorumMet),
    yesNo(row.majorityMet),
    row.amountCents === null ? "" : centsToInput(row.amountCents, locale),
    row.amountCents === null ? "" : row.amountIncludesTax ? t("decisions.tax.TTC") : t("decisions.tax.HT"),
  ]);
  return {
    body: toCsv([header, ...lines], locale === "fr" ? ";" : ","),
    filename: `decisions-${association.slug}-${isoDate(localDateOf(now, association.timezone))}.csv`,
  };
}
