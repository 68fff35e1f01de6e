// Reading a CSV export of accounting software (Paheko's journal export is the common case:
// quoted fields, comma or semicolon, UTF-8, dates as dd/mm/yyyy, amounts with a decimal comma).
// Pure: bytes in, a table or the reason it cannot be read out.

export type Encoding = "auto" | "utf-8" | "windows-1252";
export type Separator = "auto" | ";" | "," | "\t";

export const ENCODINGS: readonly Encoding[] = ["auto", "utf-8", "windows-1252"];
export const SEPARATORS: readonly Separator[] = ["auto", ";", ",", "\t"];

/** A file larger than this is not a year of an association's journal. */
export const MAX_FILE_BYTES = 1_000_000;
export const MAX_ROWS = 5_000;

export type FileProblem =
  | { code: "EMPTY_FILE" }
  | { code: "FILE_TOO_LARGE"; max: number }
  | { code: "NOT_TEXT" }
  | { code: "NOT_UTF8" }
  | { code: "LOOKS_UTF8" }
  | { code: "UNCLOSED_QUOTE"; line: number }
  | { code: "ONE_COLUMN" }
  | { code: "WRONG_SEPARATOR"; chosen: string; found: string }
  | { code: "NO_ROWS" }
  | { code: "TOO_MANY_ROWS"; max: number }
  | { code: "MISSING_COLUMN"; column: string }
  | { code: "COLUMN_NOT_CHOSEN"; field: string }
  | { code: "LINE_NOT_IN_PLAN" };

export type Decoded = { ok: true; text: string; encoding: "utf-8" | "windows-1252" } | { ok: false; problem: FileProblem };

const hasNonAscii = (bytes: Uint8Array) => bytes.some((b) => b > 0x7f);

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Text from the uploaded bytes. "auto" takes UTF-8 when the bytes are valid UTF-8, else
 * Windows-1252 (which covers Latin-1). A wrong explicit choice is refused rather than guessed:
 * reading UTF-8 as Windows-1252 would turn "é" into "Ã©" in every label.
 */
export function decodeCsv(bytes: Uint8Array, encoding: Encoding): Decoded {
  if (bytes.length === 0) return { ok: false, problem: { code: "EMPTY_FILE" } };
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, problem: { code: "FILE_TOO_LARGE", max: MAX_FILE_BYTES } };
  // UTF-16 (spreadsheets' "Unicode text") and binary files hold NUL bytes; CSV text never does.
  if (bytes.includes(0)) return { ok: false, problem: { code: "NOT_TEXT" } };
  const utf8 = strictUtf8(bytes);
  if (encoding === "utf-8" && utf8 === null) return { ok: false, problem: { code: "NOT_UTF8" } };
  if (encoding === "windows-1252" && utf8 !== null && hasNonAscii(bytes)) return { ok: false, problem: { code: "LOOKS_UTF8" } };
  if (utf8 !== null && encoding !== "windows-1252") return { ok: true, text: utf8.replace(/^\uFEFF/, ""), encoding: "utf-8" };
  return { ok: true, text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" };
}

export type CsvRow = { line: number; cells: string[] };

/** RFC 4180 records: quoted fields may hold separators, doubled quotes and line breaks. */
export function splitRecords(text: string, separator: string): { ok: true; rows: CsvRow[] } | { ok: false; problem: FileProblem } {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let quoteOpenedOn = 0;
  const endRecord = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== "")) rows.push({ line: recordLine, cells });
    cells = [];
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (char === "\n") line++;
        cell += char;
      }
    } else if (char === '"' && cell.trim() === "") {
      quoted = true;
      quoteOpenedOn = line;
      cell = "";
    } else if (char === separator) {
      cells.push(cell);
      cell = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      cell += char;
    }
  }
  if (quoted) return { ok: false, problem: { code: "UNCLOSED_QUOTE", line: quoteOpenedOn } };
  endRecord();
  return { ok: true, rows };
}

/** The separator used most often outside quotes on the first line that holds text. */
export function detectSeparator(text: string): ";" | "," | "\t" | null {
  const first = (text.split(/\r\n|\n|\r/).find((l) => l.trim() !== "") ?? "").replace(/"[^"]*"/g, "");
  const counts = ([";", ",", "\t"] as const).map((s) => [s, first.split(s).length - 1] as const).sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? counts[0][0] : null;
}

export type CsvTable = { header: string[]; rows: CsvRow[]; separator: ";" | "," | "\t" };

/** The header names, trimmed; an unnamed column is called by its number ("#4"). */
const headerOf = (cells: string[]) => cells.map((c, index) => c.trim() || `#${index + 1}`);

export function readTable(text: string, chosen: Separator): { ok: true; table: CsvTable } | { ok: false; problem: FileProblem } {
  const detected = detectSeparator(text);
  const separator = chosen === "auto" ? detected : chosen;
  if (!separator) return { ok: false, problem: { code: "ONE_COLUMN" } };
  const split = splitRecords(text, separator);
  if (!split.ok) return split;
  const [head, ...rows] = split.rows;
  if (!head) return { ok: false, problem: { code: "EMPTY_FILE" } };
  if (head.cells.length < 2) {
    if (detected && detected !== separator) return { ok: false, problem: { code: "WRONG_SEPARATOR", chosen: separator, found: detected } };
    return { ok: false, problem: { code: "ONE_COLUMN" } };
  }
  if (rows.length === 0) return { ok: false, problem: { code: "NO_ROWS" } };
  if (rows.length > MAX_ROWS) return { ok: false, problem: { code: "TOO_MANY_ROWS", max: MAX_ROWS } };
  return { ok: true, table: { header: headerOf(head.cells), rows, separator } };
}

/** Everything from bytes to a table, stopping at the first problem. */
export function readCsv(bytes: Uint8Array, encoding: Encoding, separator: Separator): { ok: true; table: CsvTable; encoding: "utf-8" | "windows-1252" } | { ok: false; problem: FileProblem } {
  const decoded = decodeCsv(bytes, encoding);
  if (!decoded.ok) return decoded;
  const read = readTable(decoded.text, separator);
  if (!read.ok) return read;
  return { ok: true, table: read.table, encoding: decoded.encoding };
}

// Cells starting with these are run as formulas by spreadsheets (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field for our exports: quoted, quotes doubled, formulas defused with a leading quote. */
export function csvField(value: string, options: { numeric?: boolean } = {}): string {
  const text = !options.numeric && FORMULA_START.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

export function csvLine(fields: string[], separator: string): string {
  return `${fields.join(separator)}\r\n`;
}
