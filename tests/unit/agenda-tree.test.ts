import { describe, expect, it } from "vitest";
import { agendaTiming, agendaTree, flattenAgenda, totalMinutes } from "@/features/agenda/rules";

const row = (id: string, parentId: string | null, position: number, durationMinutes: number | null = null) => ({ id, parentId, position, durationMinutes });

describe("agenda tree", () => {
  const rows = [row("b", null, 1, 30), row("a", null, 0), row("a2", "a", 1, 10), row("a1", "a", 0, 15), row("a1x", "a1", 0, 5), row("c", null, 2)];

  it("numbers items by their place, at any depth", () => {
    expect(flattenAgenda(agendaTree(rows)).map((n) => `${n.number} ${n.id}`)).toEqual(["1 a", "1.1 a1", "1.1.1 a1x", "1.2 a2", "2 b", "3 c"]);
  });

  it("adds durations without counting a section twice", () => {
    // a = max(0, a1 (max(15, 5)) + a2 10) = 25; b = 30; c = 0
    expect(totalMinutes(agendaTree(rows))).toBe(55);
  });

  it("tells when the agenda overruns the meeting", () => {
    const startsAt = new Date("2008-10-07T16:15:00Z");
    const timing = agendaTiming(agendaTree(rows), { startsAt, endsAt: new Date("2008-10-07T17:00:00Z") });
    expect(timing.plannedEnd.toISOString()).toBe("2008-10-07T17:10:00.000Z");
    expect(timing.overrunMinutes).toBe(10);
    expect(agendaTiming(agendaTree(rows), { startsAt, endsAt: new Date("2008-10-07T18:00:00Z") }).overrunMinutes).toBe(0);
  });
});
