// The bench's data generator (bench/generate): deterministic, the same association whatever the
// size, and shaped as the issue asks (boards of about 12, ~30-item agendas on three levels).
import { describe, expect, it } from "vitest";
import { Batch } from "../../bench/generate/copy";
import { boardOn, type RunSettings } from "../../bench/generate/context";
import { MODULES } from "../../bench/generate/modules";
import { Random } from "../../bench/generate/random";
import { associationPlan } from "../../bench/generate/run";

const settings = (associations: number): RunSettings => ({
  seed: 7,
  associations,
  years: 10,
  today: "2026-11-22",
  asOf: new Date("2026-11-22T00:00:00Z"),
  passwordHash: "hash",
});

function generate(index: number, associations: number) {
  const run = settings(associations);
  const plan = associationPlan(run, index);
  const batch = new Batch();
  for (const module of MODULES.filter((m) => m.tables.length)) module.generate(plan, batch, new Random(run.seed, "association", index, module.name), run);
  return { plan, batch };
}

describe("seeded random streams", () => {
  it("repeat for the same name and differ between names", () => {
    const draw = (r: Random) => Array.from({ length: 5 }, () => r.next());
    expect(draw(new Random(1, "a"))).toEqual(draw(new Random(1, "a")));
    expect(draw(new Random(1, "a"))).not.toEqual(draw(new Random(1, "b")));
  });

  it("make version 7 UUIDs carrying the row's time", () => {
    const at = new Date("2016-03-19T09:00:00Z");
    const id = new Random(1).uuid(at);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace(/-/g, "").slice(0, 12), 16)).toBe(at.getTime());
  });
});

describe("COPY text", () => {
  it("escapes what COPY would read as separators and writes nulls, arrays and dates", () => {
    const batch = new Batch();
    batch.add("T", { a: "tab\there", b: "line\nbreak \\ back", c: null, d: ["PRESIDENT", "TREASURER"], e: new Date("2020-01-02T03:04:05Z"), f: true });
    expect(batch.text("T")).toBe("tab\\there\tline\\nbreak \\\\ back\t\\N\t{PRESIDENT,TREASURER}\t2020-01-02T03:04:05.000Z\tt");
  });

  it("refuses a row whose columns differ from the table's first row", () => {
    const batch = new Batch();
    batch.add("T", { a: 1 });
    expect(() => batch.add("T", { a: 1, b: 2 })).toThrow(/expected a/);
  });
});

describe("generated associations", () => {
  it("are the same, row for row, whatever the size of the data set", () => {
    const small = generate(3, 5).batch;
    const large = generate(3, 1000).batch;
    for (const table of ["User", "Membership", "Meeting", "AgendaItem", "Attendance", "AuditEvent"]) expect(small.text(table)).toBe(large.text(table));
    expect(generate(3, 5).batch.text("AgendaItem")).toBe(small.text("AgendaItem"));
  });

  it("have ten years of monthly board meetings with nested agendas of about 30 items", () => {
    const { plan, batch } = generate(0, 2);
    const boards = plan.meetings.filter((m) => m.kind === "BOARD");
    expect(boards.length).toBeGreaterThanOrEqual(110);
    expect(plan.meetings.filter((m) => m.status === "PLANNED").length).toBeGreaterThan(0);
    const sizes = boards.map((m) => m.agenda.length);
    const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    expect(mean).toBeGreaterThan(25);
    expect(mean).toBeLessThan(38);
    expect(Math.max(...boards.flatMap((m) => m.agenda.map((e) => e.depth)))).toBe(2);
    expect(batch.rowCounts().get("AgendaItem")).toBe(plan.meetings.reduce((n, m) => n + m.agenda.length, 0));
  });

  it("keep a board of about twelve with one president, and record departures", () => {
    const { plan } = generate(0, 2);
    for (const meeting of plan.meetings.filter((m) => m.status === "HELD")) {
      const board = boardOn(plan, meeting.day);
      expect(board.length).toBe(12);
      expect(board.filter((b) => b.term.offices.includes("PRESIDENT"))).toHaveLength(1);
    }
    const departures = plan.meetings.flatMap((m) => m.attendance).filter((a) => a.leftAt);
    expect(departures.length).toBeGreaterThan(20);
  });

  it("give the second association a single year of history (the bench's history-size check)", () => {
    expect(associationPlan(settings(2), 1).years).toBe(1);
    expect(generate(1, 2).plan.meetings.filter((m) => m.status === "HELD").length).toBeLessThanOrEqual(13);
  });
});
