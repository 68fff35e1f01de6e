import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "@/lib/csv-export";

describe("CSV export", () => {
  it.each([
    ["=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\""],
    ["+33 6 00", "\"'+33 6 00\""],
    ["-5", "\"'-5\""],
    ["@SUM(A1)", "\"'@SUM(A1)\""],
    ["\tcmd", "\"'\tcmd\""],
    ["Achat de disques", "\"Achat de disques\""],
    ["a;b,\"c\"\nd", "\"a;b,\"\"c\"\"\nd\""],
  ])("%j → %s", (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it("writes empty cells for missing values, numbers as they are", () => {
    expect(csvCell(null)).toBe('""');
    expect(csvCell(undefined)).toBe('""');
    expect(csvCell(12)).toBe('"12"');
  });

  it("starts with a byte-order mark and ends lines with CRLF", () => {
    expect(toCsv([["a", "b"], ["c", 1]], ";")).toBe('\ufeff"a";"b"\r\n"c";"1"\r\n');
  });
});
