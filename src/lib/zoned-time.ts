// Wall-clock time in an IANA time zone, from Intl alone. Pure: every function takes its instant.

export type LocalDate = { year: number; month: number; day: number };
export type LocalDateTime = LocalDate & { hour: number; minute: number; second?: number; millisecond?: number };

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock reading of `instant` in `timeZone`. */
export function wallClockOf(instant: Date, timeZone: string): Required<LocalDateTime> {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour,
    minute: parts.minute,
    second: parts.second,
    millisecond: instant.getUTCMilliseconds(),
  };
}

/** Offset of `timeZone` from UTC at `instant`, in milliseconds (Paris in summer: +7 200 000). */
export function offsetAt(instant: Date, timeZone: string): number {
  const wall = wallClockOf(instant, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond);
  return asUtc - instant.getTime();
}

/**
 * The instant at which clocks in `timeZone` read `local`. A time skipped by a spring-forward
 * change moves forward by the gap (02:30 becomes 03:30); a time repeated in autumn resolves to
 * its first occurrence.
 */
export function instantAt(local: LocalDateTime, timeZone: string): Date {
  const naive = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second ?? 0, local.millisecond ?? 0);
  // Any change near this time lies within a day: the offsets on either side are the candidates.
  const before = offsetAt(new Date(naive - 86_400_000), timeZone);
  const after = offsetAt(new Date(naive + 86_400_000), timeZone);
  const matches = [...new Set([before, after])]
    .map((offset) => naive - offset)
    .filter((t) => {
      const wall = wallClockOf(new Date(t), timeZone);
      return wall.year === local.year && wall.month === local.month && wall.day === local.day && wall.hour === local.hour && wall.minute === local.minute;
    });
  return new Date(matches.length ? Math.min(...matches) : naive - before);
}

/** The calendar date of `instant` in `timeZone`. */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  const { year, month, day } = wallClockOf(instant, timeZone);
  return { year, month, day };
}

/** Calendar arithmetic on dates, free of any time zone. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** "2008-10-07" */
export function isoDate(date: LocalDate): string {
  return `${String(date.year).padStart(4, "0")}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
}

export function parseIsoDate(text: string): LocalDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const check = addDays(date, 0);
  return check.year === date.year && check.month === date.month && check.day === date.day ? date : null;
}

/** A `@db.Date` column value (midnight UTC) as a calendar date, and back. */
export const dateColumnToLocal = (value: Date): LocalDate => ({
  year: value.getUTCFullYear(),
  month: value.getUTCMonth() + 1,
  day: value.getUTCDate(),
});
export const localToDateColumn = (date: LocalDate): Date => new Date(Date.UTC(date.year, date.month - 1, date.day));

/** Today's date in the association's time zone, as a `@db.Date` value. */
export const todayIn = (now: Date, timeZone: string): Date => localToDateColumn(localDateOf(now, timeZone));
