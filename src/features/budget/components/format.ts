import { formatMoney, type Cents, type MoneyLocale } from "@/lib/money";
import { fiscalYearLabel } from "../rules";

/** Amounts in the association's locale and currency ("16 900,00 €"). */
export function moneyIn(association: { locale: MoneyLocale; currency: string }) {
  const money = (cents: Cents) => formatMoney(cents, association.locale, association.currency);
  money.signed = (cents: Cents) => formatMoney(cents, association.locale, association.currency, { signed: true });
  return money;
}
export type Money = ReturnType<typeof moneyIn>;

/** Basis points as a percentage ("51 %"), or a dash when nothing was forecast. */
export function shareIn(locale: MoneyLocale) {
  const format = new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", { style: "percent", maximumFractionDigits: 0 });
  return (basisPoints: number | null) => (basisPoints === null ? "—" : format.format(basisPoints / 10_000));
}

/** "2023" or "2023–2024", from the plan's own dates. */
export const planYear = (plan: { fiscalYear: number; startsOn: Date }) => fiscalYearLabel(plan.fiscalYear, plan.startsOn.getUTCMonth() + 1);

/** A `@db.Date` or "YYYY-MM-DD" as the reader's date. */
export function dayIn(locale: string) {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  return (value: Date | string) => format.format(typeof value === "string" ? new Date(`${value}T00:00:00Z`) : value);
}
