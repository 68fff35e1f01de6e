import { describe, expect, it } from "vitest";
import {
  columnValues,
  csvField,
  decodeCsv,
  detectSeparator,
  fiscalYearDates,
  guessSettings,
  markDuplicates,
  parseEntryDate,
  previewImport,
  readCsv,
  SKIP,
  splitRecords,
  type ImportSettings,
} from "@/features/budget/rules";

const utf8 = (text: string) => new TextEncoder().encode(text);
/** Windows-1252 bytes for text in Latin-1's range (what old spreadsheets save). */
const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

// Paheko's "simplified" journal export: comma-separated, every field quoted, CRLF, dd/mm/yyyy, decimal comma.
const PAHEKO_SIMPLE = [
  '"Numéro d\'écriture","Type","Statut","Libellé","Date","Remarques","Numéro pièce comptable","Référence paiement","Compte de débit","Compte de crédit","Montant","Projet analytique","Membres associés"',
  '"12","Dépense","","Location serveur mutu3 – janvier","05/01/2023","","F-2023-001","","6132","512","208,33","",""',
  '"13","Dépense","","Frais de tenue de compte","31/01/2023","","","","627","512","8,40","",""',
  '"14","Dépense","","Disques pour la sauvegarde, 3 × 227,24 €","12/02/2023","Trois disques","F-2023-007","","6063","512","681,72","",""',
  "",
].join("\r\n");

// Paheko's full export re-saved by a spreadsheet in French: semicolons, one row per account line.
const PAHEKO_FULL_SEMICOLON = [
  "Numéro d'écriture;Type;Statut;Libellé;Date;Remarques;Numéro pièce comptable;Numéro compte;Libellé compte;Débit;Crédit;Référence ligne;Libellé ligne;Rapprochement;Projet analytique;Membres associés",
  "20;Recette;;Cotisations de mars;15/03/2023;;C-03;756;Cotisations;0,00;1 250,00;;;;;",
  "20;Recette;;Cotisations de mars;15/03/2023;;C-03;512;Banque;1 250,00;0,00;;;;;",
  "21;Dépense;;Remboursement trop-perçu;20/03/2023;;C-04;756;Cotisations;50,00;0,00;;;;;",
  "21;Dépense;;Remboursement trop-perçu;20/03/2023;;C-04;512;Banque;0,00;50,00;;;;;",
].join("\n");

const year2023 = fiscalYearDates(2023, 1);
const LINES = [
  { id: "servers", kind: "EXPENSE" as const },
  { id: "bank", kind: "EXPENSE" as const },
  { id: "hardware", kind: "EXPENSE" as const },
  { id: "fees", kind: "INCOME" as const },
];

const simpleSettings: ImportSettings = {
  encoding: "auto",
  separator: "auto",
  dateColumn: "Date",
  labelColumn: "Libellé",
  referenceColumn: "Numéro pièce comptable",
  amount: { mode: "single", column: "Montant" },
  lines: { mode: "column", column: "Compte de débit", map: { "6132": "servers", "627": "bank", "6063": "hardware" } },
};

function preview(bytes: Uint8Array, settings: ImportSettings = simpleSettings) {
  const read = readCsv(bytes, settings.encoding, settings.separator);
  if (!read.ok) throw new Error(JSON.stringify(read.problem));
  return previewImport({ table: read.table, settings, lines: LINES, fiscalYear: year2023, locale: "fr" });
}

describe("reading the file", () => {
  it("Paheko's export: comma, quotes, UTF-8", () => {
    const read = readCsv(utf8(PAHEKO_SIMPLE), "auto", "auto");
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.encoding).toBe("utf-8");
    expect(read.table.separator).toBe(",");
    expect(read.table.header).toHaveLength(13);
    expect(read.table.rows.map((r) => r.line)).toEqual([2, 3, 4]);
    expect(read.table.rows[2].cells[3]).toBe("Disques pour la sauvegarde, 3 × 227,24 €");
  });

  it("a UTF-8 byte order mark is not part of the first column's name", () => {
    const read = readCsv(utf8(`\uFEFF${PAHEKO_SIMPLE}`), "auto", "auto");
    expect(read.ok && read.table.header[0]).toBe("Numéro d'écriture");
  });

  it("semicolons, and Windows-1252 from an old spreadsheet", () => {
    const read = readCsv(latin1(PAHEKO_FULL_SEMICOLON), "auto", "auto");
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.encoding).toBe("windows-1252");
    expect(read.table.separator).toBe(";");
    expect(read.table.header[7]).toBe("Numéro compte");
    expect(read.table.rows[0].cells[10]).toBe("1 250,00");
  });

  it("quoted fields hold separators, doubled quotes and line breaks", () => {
    const split = splitRecords('a;b\r\n"x;y";"he said ""hi""\non two lines"\n\n"last";""', ";");
    expect(split).toEqual({
      ok: true,
      rows: [
        { line: 1, cells: ["a", "b"] },
        { line: 2, cells: ["x;y", 'he said "hi"\non two lines'] },
        { line: 5, cells: ["last", ""] },
      ],
    });
  });

  it("detects the separator outside quotes", () => {
    expect(detectSeparator('"a;b","c","d"')).toBe(",");
    expect(detectSeparator("a;b;c")).toBe(";");
    expect(detectSeparator("a\tb")).toBe("\t");
    expect(detectSeparator("just one column")).toBeNull();
  });
});

describe("broken files are refused with their reason", () => {
  it("wrong separator: semicolons chosen for a comma file", () => {
    expect(readCsv(utf8(PAHEKO_SIMPLE), "auto", ";")).toEqual({ ok: false, problem: { code: "WRONG_SEPARATOR", chosen: ";", found: "," } });
  });

  it("no separator at all: one column", () => {
    expect(readCsv(utf8("Date Libellé Montant\n01/01/2023 Loyer 10"), "auto", "auto")).toEqual({ ok: false, problem: { code: "ONE_COLUMN" } });
  });

  it("wrong encoding: Windows-1252 bytes declared as UTF-8", () => {
    expect(readCsv(latin1(PAHEKO_FULL_SEMICOLON), "utf-8", "auto")).toEqual({ ok: false, problem: { code: "NOT_UTF8" } });
  });

  it("wrong encoding: UTF-8 declared as Windows-1252 (would turn é into Ã©)", () => {
    expect(readCsv(utf8(PAHEKO_SIMPLE), "windows-1252", "auto")).toEqual({ ok: false, problem: { code: "LOOKS_UTF8" } });
  });

  it("plain ASCII reads the same in either encoding", () => {
    expect(decodeCsv(utf8("a;b\n1;2"), "windows-1252")).toEqual({ ok: true, text: "a;b\n1;2", encoding: "windows-1252" });
  });

  it("UTF-16 and binary files are not CSV text", () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, 0x44, 0x00, 0x61, 0x00]);
    expect(decodeCsv(utf16, "auto")).toEqual({ ok: false, problem: { code: "NOT_TEXT" } });
  });

  it("empty, header only, too large, unclosed quote", () => {
    expect(readCsv(new Uint8Array(), "auto", "auto")).toEqual({ ok: false, problem: { code: "EMPTY_FILE" } });
    expect(readCsv(utf8("Date;Montant\n"), "auto", "auto")).toEqual({ ok: false, problem: { code: "NO_ROWS" } });
    expect(readCsv(new Uint8Array(1_000_001).fill(65), "auto", "auto")).toEqual({ ok: false, problem: { code: "FILE_TOO_LARGE", max: 1_000_000 } });
    expect(readCsv(utf8('Date;Libellé\n01/01/2023;"Loyer\n02/01/2023;x'), "auto", "auto")).toEqual({ ok: false, problem: { code: "UNCLOSED_QUOTE", line: 2 } });
  });

  it("missing column: the settings name a column the file does not have", () => {
    const withoutDate = PAHEKO_SIMPLE.replace('"Date"', '"Jour"');
    expect(preview(utf8(withoutDate)).problem).toEqual({ code: "MISSING_COLUMN", column: "Date" });
  });

  it("a column not chosen yet", () => {
    expect(preview(utf8(PAHEKO_SIMPLE), { ...simpleSettings, labelColumn: "" }).problem).toEqual({ code: "COLUMN_NOT_CHOSEN", field: "label" });
  });

  it("a line that is not in the plan (another plan's, another association's)", () => {
    const settings: ImportSettings = { ...simpleSettings, lines: { mode: "single", lineId: "someone-elses-line" } };
    expect(preview(utf8(PAHEKO_SIMPLE), settings).problem).toEqual({ code: "LINE_NOT_IN_PLAN" });
  });
});

describe("dates", () => {
  it.each([
    ["31/12/2023", { year: 2023, month: 12, day: 31 }],
    ["1/2/2024", { year: 2024, month: 2, day: 1 }],
    ["29/02/2024", { year: 2024, month: 2, day: 29 }],
    ["31/12/2023 14:05:00", { year: 2023, month: 12, day: 31 }],
    ["31.12.2023", { year: 2023, month: 12, day: 31 }],
    ["31-12-2023", { year: 2023, month: 12, day: 31 }],
    ["2023-12-31", { year: 2023, month: 12, day: 31 }],
    ["20231231", { year: 2023, month: 12, day: 31 }],
  ])("%s", (text, date) => {
    expect(parseEntryDate(text)).toEqual({ ok: true, date });
  });

  it.each([
    ["31/02/2024", "DATE_NOT_EXIST"],
    ["29/02/2023", "DATE_NOT_EXIST"],
    ["31/04/2023", "DATE_NOT_EXIST"],
    ["12/13/2023", "DATE_NOT_EXIST"], // month first is not a French date
    ["00/01/2023", "DATE_NOT_EXIST"],
    ["2023-02-30", "DATE_NOT_EXIST"],
    ["05/01/23", "DATE_SHORT_YEAR"],
    ["janvier 2023", "DATE_INVALID"],
    ["", "DATE_MISSING"],
  ])("%s is refused: %s", (text, code) => {
    const parsed = parseEntryDate(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem.code).toBe(code);
  });
});

describe("previewing an import", () => {
  it("every row of a clean file is ready, with cents and the chosen line", () => {
    const result = preview(utf8(PAHEKO_SIMPLE));
    expect(result.problem).toBeNull();
    expect(result.counts).toEqual({ ready: 3, duplicate: 0, skipped: 0, invalid: 0 });
    expect(result.rows.map((r) => r.status === "ready" && [r.entry.lineId, r.entry.date, r.entry.amountCents, r.entry.reference])).toEqual([
      ["servers", "2023-01-05", 20_833, "F-2023-001"],
      ["bank", "2023-01-31", 840, null],
      ["hardware", "2023-02-12", 68_172, "F-2023-007"],
    ]);
  });

  it("one bad row: its line number and every reason; the others stay ready", () => {
    const broken = PAHEKO_SIMPLE.replace('"31/01/2023"', '"31/02/2023"').replace('"8,40"', '"8,4,0"');
    const result = preview(utf8(broken));
    expect(result.counts).toEqual({ ready: 2, duplicate: 0, skipped: 0, invalid: 1 });
    const bad = result.rows.find((r) => r.status === "invalid");
    expect(bad).toMatchObject({
      line: 3,
      problems: [
        { code: "DATE_NOT_EXIST", value: "31/02/2023" },
        { code: "AMOUNT_INVALID", value: "8,4,0", problem: "MALFORMED" },
      ],
    });
  });

  it("rows of another year, rows without label or amount, rows with a cell too many", () => {
    const rows = [
      "Date;Libellé;Montant",
      "31/12/2022;Last year's invoice;10,00",
      "01/01/2023;;10,00",
      "01/01/2023;No amount;",
      "01/01/2023;Zero;0,00",
      "01/01/2023;Extra;10,00;oops",
      "01/01/2023;Negative is a refund;-12,50",
    ].join("\n");
    const settings: ImportSettings = { ...simpleSettings, referenceColumn: null, lines: { mode: "single", lineId: "servers" } };
    const result = preview(utf8(rows), settings);
    expect(result.rows.map((r) => (r.status === "invalid" ? r.problems.map((p) => p.code) : r.status))).toEqual([
      ["DATE_OUTSIDE_YEAR"],
      ["LABEL_MISSING"],
      ["AMOUNT_MISSING"],
      ["AMOUNT_ZERO"],
      ["WRONG_CELL_COUNT"],
      "ready",
    ]);
    expect(result.rows[5].status === "ready" && result.rows[5].entry.amountCents).toBe(-1_250);
  });

  it("debit and credit: the sign follows the line; unmapped values must be mapped or skipped", () => {
    const settings: ImportSettings = {
      encoding: "auto",
      separator: "auto",
      dateColumn: "Date",
      labelColumn: "Libellé",
      referenceColumn: "Numéro d'écriture",
      amount: { mode: "debitCredit", debitColumn: "Débit", creditColumn: "Crédit" },
      lines: { mode: "column", column: "Numéro compte", map: { "756": "fees" } },
    };
    const unmapped = preview(latin1(PAHEKO_FULL_SEMICOLON), settings);
    expect(unmapped.counts.invalid).toBe(2);
    expect(unmapped.rows[1]).toMatchObject({ status: "invalid", problems: [{ code: "LINE_NOT_CHOSEN", value: "512" }] });
    // A row wrong in several ways says so all at once.
    const both = preview(latin1(PAHEKO_FULL_SEMICOLON.replace("20/03/2023;;C-04;512", "31/04/2023;;C-04;512")), settings);
    expect(both.rows[3]).toMatchObject({ status: "invalid", problems: [{ code: "LINE_NOT_CHOSEN", value: "512" }, { code: "DATE_NOT_EXIST", value: "31/04/2023" }] });

    const result = preview(latin1(PAHEKO_FULL_SEMICOLON), { ...settings, lines: { ...settings.lines, map: { "756": "fees", "512": SKIP } } as ImportSettings["lines"] });
    expect(result.counts).toEqual({ ready: 2, duplicate: 0, skipped: 2, invalid: 0 });
    const ready = result.rows.filter((r) => r.status === "ready").map((r) => r.status === "ready" && r.entry.amountCents);
    // Fees received count positively on an income line; the refund of a fee negatively.
    expect(ready).toEqual([125_000, -5_000]);
  });

  it("the identity of a row does not depend on the line it goes to, and identical rows stay distinct", () => {
    const twice = [
      "Date;Libellé;Montant",
      "01/02/2023;Adhésion;20,00",
      "01/02/2023;Adhésion;20,00",
    ].join("\n");
    const toFees = preview(utf8(twice), { ...simpleSettings, referenceColumn: null, lines: { mode: "single", lineId: "fees" } });
    const toServers = preview(utf8(twice), { ...simpleSettings, referenceColumn: null, lines: { mode: "single", lineId: "servers" } });
    const identities = (p: typeof toFees) => p.rows.map((r) => r.status === "ready" && r.entry.identity);
    expect(identities(toFees)).toEqual(identities(toServers));
    expect(new Set(identities(toFees)).size).toBe(2);
  });

  it("rows already imported are marked, not refused", () => {
    const result = preview(utf8(PAHEKO_SIMPLE));
    const first = result.rows[0].status === "ready" ? result.rows[0].entry.identity : "";
    const marked = markDuplicates(result, (entry) => `hash:${entry.identity}`, new Set([`hash:${first}`]));
    expect(marked.counts).toEqual({ ready: 2, duplicate: 1, skipped: 0, invalid: 0 });
    expect(marked.rows[0].status).toBe("duplicate");
  });
});

describe("first guesses and value lists", () => {
  it("recognises Paheko's simplified export", () => {
    const read = readCsv(utf8(PAHEKO_SIMPLE), "auto", "auto");
    if (!read.ok) throw new Error("unreadable");
    expect(guessSettings(read.table.header, "servers")).toEqual({
      encoding: "auto",
      separator: "auto",
      dateColumn: "Date",
      labelColumn: "Libellé",
      referenceColumn: "Numéro pièce comptable",
      amount: { mode: "single", column: "Montant" },
      lines: { mode: "column", column: "Compte de débit", map: {} },
    });
    expect(columnValues(read.table, "Compte de débit")).toEqual(["6132", "627", "6063"]);
  });

  it("recognises debit and credit columns", () => {
    const read = readCsv(latin1(PAHEKO_FULL_SEMICOLON), "auto", "auto");
    if (!read.ok) throw new Error("unreadable");
    expect(guessSettings(read.table.header, "servers").amount).toEqual({ mode: "debitCredit", debitColumn: "Débit", creditColumn: "Crédit" });
  });
});

describe("exported fields are safe to open in a spreadsheet", () => {
  it.each([
    ["=HYPERLINK(\"http://evil\")", '"\'=HYPERLINK(""http://evil"")"'],
    ["+33 6 00", "\"'+33 6 00\""],
    ["-2+3", "\"'-2+3\""],
    ["@SUM(A1)", "\"'@SUM(A1)\""],
    ["\tcmd", "\"'\tcmd\""],
    ["Location serveurs", '"Location serveurs"'],
  ])("%j → %s", (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it("our own amounts keep their minus sign", () => {
    expect(csvField("-12,50", { numeric: true })).toBe('"-12,50"');
  });
});
