// A small iCalendar reader for tests: unfolds lines, splits events, reads UTC date-times.

export type IcsEvent = Record<string, string>;

/** The unfolded content lines (RFC 5545 §3.1: a line break followed by a space continues the line). */
export function icsLines(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, "").replace(/\n[ \t]/g, "").split(/\r?\n/).filter(Boolean);
}

const unescape = (value: string) => value.replace(/\\n/gi, "\n").replace(/\\([,;\\])/g, "$1");

/** Each VEVENT as property name → value (parameters dropped, text unescaped). */
export function icsEvents(text: string): IcsEvent[] {
  const events: IcsEvent[] = [];
  let current: IcsEvent | null = null;
  for (const line of icsLines(text)) {
    if (line === "BEGIN:VEVENT") current = {};
    else if (line === "END:VEVENT") {
      if (current) events.push(current);
      current = null;
    } else if (current) {
      const colon = line.indexOf(":");
      const name = line.slice(0, colon).split(";")[0];
      current[name] = unescape(line.slice(colon + 1));
    }
  }
  return events;
}

/** "20081007T161500Z" → the instant. Only UTC forms: a floating or zoned time fails the test. */
export function icsInstant(value: string): Date {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!match) throw new Error(`not a UTC date-time: ${value}`);
  const [, y, mo, d, h, mi, s] = match.map(Number);
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s));
}

/** The calendar's own properties (METHOD, NAME…), outside any component. */
export function icsCalendarProperty(text: string, name: string): string | undefined {
  let depth = 0;
  for (const line of icsLines(text)) {
    if (line.startsWith("BEGIN:")) depth++;
    else if (line.startsWith("END:")) depth--;
    else if (depth === 1 && line.split(/[;:]/)[0] === name) return line.slice(line.indexOf(":") + 1);
  }
  return undefined;
}
