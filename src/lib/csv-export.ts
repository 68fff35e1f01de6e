// CSV for spreadsheets, safe against formula injection: pure, shared.

/**
 * One cell. A cell a spreadsheet would read as a formula (starting with = + - @, a tab or a
 * carriage return) gets a leading apostrophe; every cell is quoted, inner quotes doubled.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A whole file: a byte-order mark so that spreadsheets read UTF-8, CRLF line ends (RFC 4180),
 * and the separator of the reader's spreadsheet (";" in French, "," in English).
 */
export function toCsv(rows: readonly (readonly (string | number | boolean | null | undefined)[])[], separator: "," | ";"): string {
  return `\ufeff${rows.map((row) => row.map(csvCell).join(separator)).join("\r\n")}\r\n`;
}
