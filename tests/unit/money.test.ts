import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decimalText, formatMoney, formatMoneyInput, MAX_CENTS, parseMoney } from "@/lib/money";

const NNBSP = "\u202f"; // narrow no-break space: French thousands separator in Intl
const NBSP = "\u00a0"; // no-break space: before the euro sign in French

describe("parsing what people type, in French", () => {
  it.each([
    ["1 234,56", 123456],
    ["1234,56", 123456],
    ["1234.56", 123456],
    ["1 234,56 €", 123456],
    ["1 234,56€", 123456],
    [`1${NNBSP}234,56${NBSP}€`, 123456],
    [`16${NBSP}900`, 1690000],
    ["16 900", 1690000],
    ["16 900,00 €", 1690000],
    ["681,72", 68172],
    ["0,05", 5],
    ["0,5", 50],
    ["12", 1200],
    ["  7 000  ", 700000],
    ["1.234,56", 123456], // grouping with dots, decimals with a comma
    ["1,234.56", 123456],
    ["1 000 000", 100000000],
    ["1.000.000", 100000000],
    ["EUR 12,50", 1250],
    ["12,50 EUR", 1250],
    ["+12,50", 1250],
    ["1 000 000 000,00", MAX_CENTS], // the cap itself is allowed
    ["000012,30", 1230],
  ])("%j → %i cents", (text, cents) => {
    expect(parseMoney(text, "fr")).toEqual({ ok: true, cents });
  });

  it.each([
    ["", "EMPTY"],
    ["   ", "EMPTY"],
    ["€", "MALFORMED"],
    ["abc", "MALFORMED"],
    ["12a", "MALFORMED"],
    ["1e5", "MALFORMED"],
    ["12,", "MALFORMED"],
    [",50", "MALFORMED"],
    ["12..5", "MALFORMED"],
    ["1,234,56", "MALFORMED"], // neither thousands nor decimals
    ["12.345,67.8", "MALFORMED"],
    ["1.234.56", "MALFORMED"],
    ["12 34,00", "MALFORMED"], // a group of two digits after a space
    ["1 234.567,00", "MALFORMED"], // two kinds of grouping
    ["--5", "MALFORMED"],
    ["5-", "MALFORMED"],
    ["(12,50)", "MALFORMED"],
    ["1,234", "AMBIGUOUS"], // one thousand two hundred and thirty-four, or 1,234?
    ["1.234", "AMBIGUOUS"],
    ["12,345", "AMBIGUOUS"],
    ["12,3456", "TOO_MANY_DECIMALS"],
    ["1234,567", "TOO_MANY_DECIMALS"],
    ["1 234,567", "TOO_MANY_DECIMALS"],
    ["0,001", "AMBIGUOUS"],
    ["1 000 000 000,01", "TOO_LARGE"],
    ["99999999999999999999", "TOO_LARGE"],
    ["-12,50", "NEGATIVE"],
    ["−12,50", "NEGATIVE"], // the typographic minus sign too
  ])("%j is refused: %s", (text, problem) => {
    expect(parseMoney(text, "fr")).toEqual({ ok: false, problem });
  });

  it("negative amounts only where the caller allows them (refunds)", () => {
    expect(parseMoney("-12,50", "fr", { allowNegative: true })).toEqual({ ok: true, cents: -1250 });
    expect(parseMoney("- 1 234,56 €", "fr", { allowNegative: true })).toEqual({ ok: true, cents: -123456 });
    expect(parseMoney("-0,00", "fr")).toEqual({ ok: true, cents: 0 });
    expect(parseMoney("-1 000 000 000,01", "fr", { allowNegative: true })).toEqual({ ok: false, problem: "TOO_LARGE" });
  });
});

describe("parsing what people type, in English", () => {
  it.each([
    ["1,234.56", 123456],
    ["1234.56", 123456],
    ["€1,234.56", 123456],
    ["€ 16,900", 1690000],
    ["16,900.00", 1690000],
    ["1,234", 123400], // a comma groups thousands in English
    ["1,234,567", 123456700],
    ["1 234,56", 123456], // the French way is understood too
    ["0.5", 50],
  ])("%j → %i cents", (text, cents) => {
    expect(parseMoney(text, "en")).toEqual({ ok: true, cents });
  });

  it.each([
    ["1.234", "AMBIGUOUS"],
    ["1,234,56", "MALFORMED"],
    ["12.345,67.8", "MALFORMED"],
    ["1234,567", "TOO_MANY_DECIMALS"],
    ["1.2345", "TOO_MANY_DECIMALS"],
    ["£12", "MALFORMED"],
    ["-€12.50", "NEGATIVE"],
  ])("%j is refused: %s", (text, problem) => {
    expect(parseMoney(text, "en")).toEqual({ ok: false, problem });
  });

  it("a minus before the euro sign, for refunds", () => {
    expect(parseMoney("-€12.50", "en", { allowNegative: true })).toEqual({ ok: true, cents: -1250 });
  });
});

describe("formatting in the association's locale", () => {
  it.each([
    [1690000, "fr", `16${NNBSP}900,00${NBSP}€`],
    [1690000, "en", "€16,900.00"],
    [68172, "fr", `681,72${NBSP}€`],
    [68172, "en", "€681.72"],
    [5, "fr", `0,05${NBSP}€`],
    [0, "en", "€0.00"],
    [-1250, "fr", `-12,50${NBSP}€`],
    [-1250, "en", "-€12.50"],
    [MAX_CENTS, "fr", `1${NNBSP}000${NNBSP}000${NNBSP}000,00${NBSP}€`],
    [MAX_CENTS, "en", "€1,000,000,000.00"],
  ] as const)("%i cents in %s → %j", (cents, locale, text) => {
    expect(formatMoney(cents, locale)).toBe(text);
  });

  it("shows a sign on differences when asked", () => {
    expect(formatMoney(68172, "fr", "EUR", { signed: true })).toBe(`+681,72${NBSP}€`);
    expect(formatMoney(-500, "en", "EUR", { signed: true })).toBe("-€5.00");
    expect(formatMoney(0, "en", "EUR", { signed: true })).toBe("€0.00");
  });

  it("follows the association's currency", () => {
    expect(formatMoney(123456, "fr", "CHF")).toBe(`1${NNBSP}234,56${NBSP}CHF`);
  });

  it("gives back a value for an amount field, without grouping", () => {
    expect(formatMoneyInput(1690000, "fr")).toBe("16900,00");
    expect(formatMoneyInput(1690000, "en")).toBe("16900.00");
    expect(formatMoneyInput(-5, "fr")).toBe("-0,05");
    expect(decimalText(7)).toBe("0.07");
  });

  it("refuses a fractional number of cents", () => {
    expect(() => formatMoney(12.5, "fr")).toThrow(RangeError);
  });

  it("whatever is formatted reads back as the same cents, in both locales", () => {
    fc.assert(
      fc.property(fc.integer({ min: -MAX_CENTS, max: MAX_CENTS }), fc.constantFrom("fr" as const, "en" as const), (cents, locale) => {
        expect(parseMoney(formatMoney(cents, locale), locale, { allowNegative: true })).toEqual({ ok: true, cents });
        expect(parseMoney(formatMoneyInput(cents, locale), locale, { allowNegative: true })).toEqual({ ok: true, cents });
      }),
    );
  });
});
