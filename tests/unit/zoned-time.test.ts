import { describe, expect, it } from "vitest";
import { addDays, instantAt, isoDate, localDateOf, offsetAt, parseIsoDate, todayIn, wallClockOf } from "@/lib/zoned-time";

describe("wall clock in a time zone", () => {
  it.each([
    // instant (UTC)                 zone                  wall clock there
    ["2008-10-08T08:00:00.000Z", "Europe/Paris", "2008-10-08 10:00"],
    ["2008-10-26T00:30:00.000Z", "Europe/Paris", "2008-10-26 02:30"], // before the autumn change
    ["2008-10-26T01:30:00.000Z", "Europe/Paris", "2008-10-26 02:30"], // the repeated hour
    ["2024-03-31T01:00:00.000Z", "Europe/Paris", "2024-03-31 03:00"], // just after spring-forward
    ["2024-01-01T00:00:00.000Z", "Pacific/Kiritimati", "2024-01-01 14:00"],
    ["2024-01-01T00:00:00.000Z", "America/Los_Angeles", "2023-12-31 16:00"],
  ])("%s in %s reads %s", (instant, zone, expected) => {
    const wall = wallClockOf(new Date(instant), zone);
    expect(`${isoDate(wall)} ${String(wall.hour).padStart(2, "0")}:${String(wall.minute).padStart(2, "0")}`).toBe(expected);
  });

  it("knows the offset on both sides of a change", () => {
    expect(offsetAt(new Date("2008-07-01T12:00:00Z"), "Europe/Paris")).toBe(2 * 3_600_000);
    expect(offsetAt(new Date("2008-12-01T12:00:00Z"), "Europe/Paris")).toBe(1 * 3_600_000);
  });
});

describe("instant of a wall-clock time", () => {
  it.each([
    [{ year: 2008, month: 10, day: 23, hour: 23, minute: 59, second: 59, millisecond: 999 }, "Europe/Paris", "2008-10-23T21:59:59.999Z"],
    [{ year: 2008, month: 11, day: 4, hour: 18, minute: 0 }, "Europe/Paris", "2008-11-04T17:00:00.000Z"],
    [{ year: 2024, month: 7, day: 14, hour: 9, minute: 30 }, "America/New_York", "2024-07-14T13:30:00.000Z"],
    // 02:30 does not exist on 31 March 2024 in Paris: the instant just after the gap
    [{ year: 2024, month: 3, day: 31, hour: 2, minute: 30 }, "Europe/Paris", "2024-03-31T01:30:00.000Z"],
    // 02:30 happens twice on 27 October 2024 in Paris: the first one
    [{ year: 2024, month: 10, day: 27, hour: 2, minute: 30 }, "Europe/Paris", "2024-10-27T00:30:00.000Z"],
  ])("%o in %s is %s", (local, zone, expected) => {
    expect(instantAt(local, zone).toISOString()).toBe(expected);
  });

  it("round-trips every hour of a year in Paris except the skipped one", () => {
    for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2026, 0, 1); t += 3_600_000) {
      const wall = wallClockOf(new Date(t), "Europe/Paris");
      const back = instantAt(wall, "Europe/Paris").getTime();
      // The repeated autumn hour maps to its first occurrence.
      expect([t, t - 3_600_000]).toContain(back);
    }
  });
});

describe("calendar dates", () => {
  it("adds days across month, year and daylight-saving boundaries", () => {
    expect(addDays({ year: 2008, month: 10, day: 8 }, 15)).toEqual({ year: 2008, month: 10, day: 23 });
    expect(addDays({ year: 2024, month: 12, day: 25 }, 10)).toEqual({ year: 2025, month: 1, day: 4 });
    expect(addDays({ year: 2024, month: 3, day: 20 }, 15)).toEqual({ year: 2024, month: 4, day: 4 });
    expect(addDays({ year: 2024, month: 2, day: 28 }, 1)).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it("gives the local date, not the machine's", () => {
    // 23:30 UTC on 31 Dec is already 1 Jan in Paris.
    expect(localDateOf(new Date("2023-12-31T23:30:00Z"), "Europe/Paris")).toEqual({ year: 2024, month: 1, day: 1 });
    expect(todayIn(new Date("2023-12-31T23:30:00Z"), "Europe/Paris").toISOString()).toBe("2024-01-01T00:00:00.000Z");
  });

  it("parses only dates that exist", () => {
    expect(parseIsoDate("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate("2023-02-29")).toBeNull();
    expect(parseIsoDate("2023-13-01")).toBeNull();
    expect(parseIsoDate("01/02/2023")).toBeNull();
  });
});
