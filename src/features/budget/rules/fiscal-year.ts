// Fiscal years: each association says in which month its year starts (January by default).
import { addDays, type LocalDate } from "@/lib/zoned-time";

export type FiscalYear = { startsOn: LocalDate; endsOn: LocalDate };

/** Fiscal year 2023 starting in July runs from 1 July 2023 to 30 June 2024. */
export function fiscalYearDates(fiscalYear: number, startMonth: number): FiscalYear {
  const startsOn = { year: fiscalYear, month: startMonth, day: 1 };
  const endsOn = addDays({ year: fiscalYear + 1, month: startMonth, day: 1 }, -1);
  return { startsOn, endsOn };
}

/** The fiscal year a calendar date falls in. */
export function fiscalYearContaining(date: LocalDate, startMonth: number): number {
  return date.month >= startMonth ? date.year : date.year - 1;
}

/** "2023", or "2023–2024" when the year does not start in January. */
export function fiscalYearLabel(fiscalYear: number, startMonth: number): string {
  return startMonth === 1 ? String(fiscalYear) : `${fiscalYear}–${fiscalYear + 1}`;
}

const order = (d: LocalDate) => d.year * 10_000 + d.month * 100 + d.day;

export function isWithin(date: LocalDate, year: FiscalYear): boolean {
  return order(date) >= order(year.startsOn) && order(date) <= order(year.endsOn);
}
