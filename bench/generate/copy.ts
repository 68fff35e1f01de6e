// Rows collected per table, then sent with PostgreSQL's COPY (text format): one round trip per
// table and batch instead of one INSERT per row.
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

export type Value = string | number | boolean | Date | null | undefined | readonly string[] | Record<string, unknown>;
export type Row = Record<string, Value>;

type Table = { columns: string[]; lines: string[] };

function field(value: Value): string {
  if (value === null || value === undefined) return "\\N";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "boolean") return value ? "t" : "f";
  if (typeof value === "number") return String(value);
  // Enum arrays only (offices): no element needs quoting.
  if (Array.isArray(value)) return `{${value.join(",")}}`;
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t");
}

export class Batch {
  private tables = new Map<string, Table>();

  /** Adds a row; every row of a table must have the keys of its first row. */
  add(table: string, row: Row): void {
    let target = this.tables.get(table);
    if (!target) {
      target = { columns: Object.keys(row), lines: [] };
      this.tables.set(table, target);
    } else if (Object.keys(row).length !== target.columns.length) {
      throw new Error(`${table}: row with columns ${Object.keys(row).join(", ")}; expected ${target.columns.join(", ")}`);
    }
    target.lines.push(target.columns.map((column) => field(row[column])).join("\t"));
  }

  /** What COPY receives for a table (for tests and debugging). */
  text(table: string): string {
    return (this.tables.get(table)?.lines ?? []).join("\n");
  }

  rowCounts(): Map<string, number> {
    return new Map([...this.tables].map(([name, table]) => [name, table.lines.length]));
  }

  /** Copies every table, those named in `order` first (parents before children). */
  async copyInto(client: pg.ClientBase, order: readonly string[]): Promise<void> {
    const names = [...order.filter((name) => this.tables.has(name)), ...[...this.tables.keys()].filter((name) => !order.includes(name))];
    for (const name of names) {
      const table = this.tables.get(name)!;
      const columns = table.columns.map((c) => `"${c}"`).join(", ");
      const stream = client.query(copyFrom(`COPY "${name}" (${columns}) FROM STDIN`));
      await pipeline(Readable.from(chunks(table.lines)), stream);
    }
  }
}

/** Lines joined into ~1 MB chunks: fewer writes than one per row. */
function* chunks(lines: string[]): Generator<string> {
  let buffer: string[] = [];
  let size = 0;
  for (const line of lines) {
    buffer.push(line);
    size += line.length + 1;
    if (size > 1 << 20) {
      yield buffer.join("\n") + "\n";
      buffer = [];
      size = 0;
    }
  }
  if (buffer.length) yield buffer.join("\n") + "\n";
}
