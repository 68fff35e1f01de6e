// Money as integer cents, from what people type to what they read. Pure: no float ever holds
// an amount (formatting hands Intl an exact decimal string).

export type Cents = number;
export type MoneyLocale = "fr" | "en";

/** 1 000 000 000,00 €: far above any association's budget, far below Number's exact range. */
export const MAX_CENTS: Cents = 100_000_000_000;

export type MoneyProblem =
  | "EMPTY" // nothing typed
  | "MALFORMED" // letters, stray signs, misplaced separators
  | "AMBIGUOUS" // "1,234" in French: one thousand two hundred…, or one and a bit?
  | "TOO_MANY_DECIMALS" // "12,345" is not a number of cents
  | "TOO_LARGE" // above MAX_CENTS
  | "NEGATIVE"; // a minus sign where only positive amounts make sense

export type MoneyParse = { ok: true; cents: Cents } | { ok: false; problem: MoneyProblem };

// Regular, no-break, narrow no-break and thin spaces all separate thousands.
const SPACES = /[\s\u00a0\u202f\u2009]+/g;
const GROUPED = /^\d{1,3}(?:[ ]\d{3})+$/;

function groupsAreValid(integer: string, separator: string): boolean {
  const groups = integer.split(separator);
  return /^\d{1,3}$/.test(groups[0]) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

/**
 * "1 234,56", "1234.56", "1 234,56 €", "€1,234.56", "16 900", "-12,50" → cents.
 * A single separator followed by exactly three digits is ambiguous ("1,234"), except a comma
 * in English, where it groups thousands. Both separators: the last one is the decimal point.
 */
export function parseMoney(input: string, locale: MoneyLocale, options: { allowNegative?: boolean } = {}): MoneyParse {
  let text = input.replace(SPACES, " ").trim();
  if (!text) return { ok: false, problem: "EMPTY" };
  text = stripCurrency(text);
  let negative = false;
  if (/^[-\u2212+]/.test(text)) {
    negative = text[0] !== "+";
    text = stripCurrency(text.slice(1).trim());
  }
  if (!/^\d(?:[\d .,]*\d)?$/.test(text)) return { ok: false, problem: "MALFORMED" };
  const split = splitDecimals(text, locale);
  if ("problem" in split) return { ok: false, problem: split.problem };
  const { integer, fraction } = split;
  // Too many digits to be a sane amount, before any arithmetic that could lose precision.
  if (integer.replace(/^0+/, "").length > 12) return { ok: false, problem: "TOO_LARGE" };
  const cents = Number(integer) * 100 + Number(fraction.padEnd(2, "0"));
  if (cents > MAX_CENTS) return { ok: false, problem: "TOO_LARGE" };
  if (negative && cents !== 0 && !options.allowNegative) return { ok: false, problem: "NEGATIVE" };
  return { ok: true, cents: negative && cents !== 0 ? -cents : cents };
}

const stripCurrency = (text: string) => text.replace(/^(€|EUR)\s*/i, "").replace(/\s*(€|EUR)$/i, "").trim();

/** Digits with at most one kind of thousands grouping and one decimal mark → the two digit runs. */
function splitDecimals(text: string, locale: MoneyLocale): { integer: string; fraction: string } | { problem: MoneyProblem } {
  const hasSpace = text.includes(" ");
  const commas = (text.match(/,/g) ?? []).length;
  const dots = (text.match(/\./g) ?? []).length;
  let integer = text;
  let fraction = "";
  if (commas > 0 && dots > 0) {
    // "1.234,56" or "1,234.56": the last separator marks the decimals, the other groups thousands.
    const decimal = text.lastIndexOf(",") > text.lastIndexOf(".") ? "," : ".";
    const grouping = decimal === "," ? "." : ",";
    if ((decimal === "," ? commas : dots) !== 1 || hasSpace) return { problem: "MALFORMED" };
    [integer, fraction] = text.split(decimal);
    if (fraction.includes(grouping) || !groupsAreValid(integer, grouping)) return { problem: "MALFORMED" };
    integer = integer.split(grouping).join("");
  } else if (commas + dots > 0) {
    const separator = commas > 0 ? "," : ".";
    const parts = text.split(separator);
    if (parts.length > 2) {
      // "1,234,567" groups thousands; "1,234,56" is neither grouping nor decimals.
      if (hasSpace || !groupsAreValid(text, separator)) return { problem: "MALFORMED" };
      integer = parts.join("");
    } else if (parts[1].length === 3 && !hasSpace && groupsAreValid(text, separator)) {
      if (separator === "," && locale === "en") integer = parts.join("");
      else return { problem: "AMBIGUOUS" };
    } else {
      [integer, fraction] = parts;
    }
  }
  if (fraction.includes(" ")) return { problem: "MALFORMED" };
  if (fraction.length > 2) return { problem: "TOO_MANY_DECIMALS" };
  if (integer.includes(" ")) {
    if (!GROUPED.test(integer)) return { problem: "MALFORMED" };
    integer = integer.replace(/ /g, "");
  }
  return { integer, fraction };
}

/** The exact decimal text of an amount ("-1234.5" → "-1234.50"), for Intl and for files. */
export function decimalText(cents: Cents, decimalSeparator: "." | "," = "."): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Not a whole number of cents: ${cents}`);
  const sign = cents < 0 ? "-" : "";
  const digits = String(Math.abs(cents)).padStart(3, "0");
  return `${sign}${digits.slice(0, -2)}${decimalSeparator}${digits.slice(-2)}`;
}

const intlLocale = (locale: MoneyLocale) => (locale === "fr" ? "fr-FR" : "en-GB");
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: MoneyLocale, currency: string, signDisplay: "auto" | "exceptZero"): Intl.NumberFormat {
  const key = `${locale}|${currency}|${signDisplay}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.NumberFormat(intlLocale(locale), { style: "currency", currency, signDisplay });
    formatters.set(key, found);
  }
  return found;
}

/** "16 900,00 €" in French, "€16,900.00" in English (Intl's own spaces and signs). */
export function formatMoney(cents: Cents, locale: MoneyLocale, currency = "EUR", options: { signed?: boolean } = {}): string {
  // Intl.NumberFormat reads a decimal string exactly (no binary float in between).
  return formatter(locale, currency, options.signed ? "exceptZero" : "auto").format(decimalText(cents) as unknown as number);
}

/** What goes back into an amount field: no grouping, the locale's decimal mark ("16900,00"). */
export function formatMoneyInput(cents: Cents, locale: MoneyLocale): string {
  return decimalText(cents, locale === "fr" ? "," : ".");
}
