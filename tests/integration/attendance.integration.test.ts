import { describe, expect, it } from "vitest";
import { updateSettings } from "@/features/associations/commands";
import { addGuest, recordAttendance, removeGuest } from "@/features/attendance/commands";
import { attendanceSheet, quorumAtTime, quorumSummary } from "@/features/attendance/queries";
import type { SheetEntry } from "@/features/attendance/rules";
import { db } from "@/lib/db";
import { addMember, ctxOf, makeBoard } from "./factories";
import { makeMeeting, meetingsSnapshot } from "./factories-meetings";

const now = new Date("2026-11-04T20:00:00Z");
// A board meeting on 4 November 2026, 18:15–20:30 in Paris (UTC+1).
const at = (hhmm: string) => new Date(`2026-11-04T${hhmm}:00+01:00`);
const time = (hhmm: string) => ({ hour: Number(hhmm.slice(0, 2)), minute: Number(hhmm.slice(3)) });

const line = (userId: string, status: SheetEntry["status"], extra: { proxy?: string; arrival?: string; departure?: string; note?: string } = {}): SheetEntry => ({
  userId,
  status,
  proxyUserId: extra.proxy ?? null,
  arrival: extra.arrival ? time(extra.arrival) : null,
  departure: extra.departure ? time(extra.departure) : null,
  note: extra.note ?? null,
});

async function boardMeeting(kind: "BOARD" | "GENERAL_ASSEMBLY" = "BOARD", status: "PLANNED" | "HELD" | "CANCELLED" = "HELD") {
  const board = await makeBoard();
  const meeting = await makeMeeting(board.association.id, { kind, status, startsAt: "2026-11-04T17:15:00Z", endsAt: "2026-11-04T19:30:00Z", facilitatorId: board.voter.user.id });
  return { ...board, meeting };
}

describe("recording attendance", () => {
  it("the secretary records the sheet with a departure: times are Paris times, audited; the quorum drops at the departure", async () => {
    const { association, meeting, secretary, president, treasurer, voter, voter2, advisory } = await boardMeeting();
    const result = await recordAttendance(ctxOf(secretary.user, now), {
      associationId: association.id,
      meetingId: meeting.id,
      entries: [
        line(president.user.id, "PRESENT"),
        line(secretary.user.id, "PRESENT"),
        line(treasurer.user.id, "REMOTE", { departure: "19:00", note: "partie à 19 h, fin de la conférence téléphonique" }),
        line(voter.user.id, "PRESENT", { arrival: "18:40" }),
        line(voter2.user.id, "EXCUSED"),
        line(advisory.user.id, "PRESENT"),
      ],
    });
    expect(result).toEqual({ ok: true, value: { saved: 6, removed: 0 } });
    const treasurerRow = await db().attendance.findFirstOrThrow({ where: { userId: treasurer.user.id } });
    expect(treasurerRow).toMatchObject({ status: "REMOTE", leftAt: at("19:00"), arrivedAt: null, note: "partie à 19 h, fin de la conférence téléphonique" });
    expect((await db().attendance.findFirstOrThrow({ where: { userId: voter.user.id } })).arrivedAt).toEqual(at("18:40"));
    expect(await db().auditEvent.count({ where: { action: "attendance.record" } })).toBe(1);

    // Five voting members; at least half: 3. Advisory members never count.
    const quorum = (hhmm: string) => quorumAtTime(association.id, meeting.id, at(hhmm));
    expect(await quorum("18:15")).toMatchObject({ electorate: 5, required: 3, met: true, rule: { kind: "FRACTION", numerator: 1, denominator: 2 } });
    expect((await quorum("18:15"))!.counted.sort()).toEqual([president.user.id, secretary.user.id, treasurer.user.id].sort());
    expect((await quorum("18:59"))!.counted).toHaveLength(4);
    const after = (await quorum("19:00"))!;
    expect(after.counted).toHaveLength(3);
    expect(after.departed).toEqual([treasurer.user.id]);
    expect(after.counted).not.toContain(advisory.user.id);
  });

  it("saving the same sheet again changes nothing and writes no audit; a blank line removes a record", async () => {
    const { association, meeting, secretary, voter } = await boardMeeting();
    const input = { associationId: association.id, meetingId: meeting.id, entries: [line(secretary.user.id, "PRESENT"), line(voter.user.id, "ABSENT")] };
    await recordAttendance(ctxOf(secretary.user, now), input);
    expect(await recordAttendance(ctxOf(secretary.user, now), input)).toEqual({ ok: true, value: { saved: 0, removed: 0 } });
    expect(await db().auditEvent.count()).toBe(1);
    expect(await recordAttendance(ctxOf(secretary.user, now), { ...input, entries: [line(voter.user.id, null)] })).toEqual({ ok: true, value: { saved: 0, removed: 1 } });
    expect(await db().attendance.count()).toBe(1);
  });

  it("the quorum is lost when members leave (a rule of four)", async () => {
    const { association, meeting, secretary, president, treasurer, voter, voter2 } = await boardMeeting();
    await db().association.update({ where: { id: association.id }, data: { quorumKind: "COUNT", quorumCount: 4 } });
    await recordAttendance(ctxOf(secretary.user, now), {
      associationId: association.id,
      meetingId: meeting.id,
      entries: [line(president.user.id, "PRESENT"), line(secretary.user.id, "PRESENT"), line(treasurer.user.id, "PRESENT"), line(voter.user.id, "PRESENT", { departure: "19:30" }), line(voter2.user.id, "ABSENT")],
    });
    expect((await quorumAtTime(association.id, meeting.id, at("19:29")))!.met).toBe(true);
    expect((await quorumAtTime(association.id, meeting.id, at("19:30")))!.met).toBe(false);
    const summary = (await quorumSummary(association.id, meeting.id, now, at("19:45")))!;
    expect(summary.atStart.met).toBe(true);
    expect(summary.chosen?.state.met).toBe(false);
    expect(summary.timeline.map((m) => [m.time.toISOString(), m.state.counted.length])).toEqual([
      [at("18:15").toISOString(), 4],
      [at("19:30").toISOString(), 3],
    ]);
  });

  it("the facilitator records attendance; other board members and adherents may not", async () => {
    const { association, meeting, voter, voter2, treasurer, adherent } = await boardMeeting();
    const input = { associationId: association.id, meetingId: meeting.id, entries: [line(voter2.user.id, "PRESENT")] };
    for (const who of [voter2, treasurer, adherent]) expect(await recordAttendance(ctxOf(who.user, now), input)).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect(await db().attendance.count()).toBe(0);
    expect((await recordAttendance(ctxOf(voter.user, now), input)).ok).toBe(true);
  });

  it.each([
    ["a departure before the arrival", "BOARD", (b: Awaited<ReturnType<typeof boardMeeting>>) => [line(b.voter.user.id, "PRESENT", { arrival: "19:00", departure: "18:30" })], "DEPARTURE_BEFORE_ARRIVAL"],
    ["a departure before the start", "BOARD", (b: Awaited<ReturnType<typeof boardMeeting>>) => [line(b.voter.user.id, "REMOTE", { departure: "18:00" })], "DEPARTURE_BEFORE_ARRIVAL"],
    ["a proxy at a board meeting", "BOARD", (b: Awaited<ReturnType<typeof boardMeeting>>) => [line(b.voter2.user.id, "PRESENT"), line(b.voter.user.id, "REPRESENTED", { proxy: b.voter2.user.id })], "PROXY_ONLY_AT_ASSEMBLY"],
    ["a proxy to oneself", "GENERAL_ASSEMBLY", (b: Awaited<ReturnType<typeof boardMeeting>>) => [line(b.voter.user.id, "REPRESENTED", { proxy: b.voter.user.id })], "PROXY_TO_SELF"],
    ["a proxy to an absent member", "GENERAL_ASSEMBLY", (b: Awaited<ReturnType<typeof boardMeeting>>) => [line(b.voter2.user.id, "ABSENT"), line(b.voter.user.id, "REPRESENTED", { proxy: b.voter2.user.id })], "PROXY_NOT_THERE"],
    ["times for an excused member", "BOARD", (b: Awaited<ReturnType<typeof boardMeeting>>) => [line(b.voter.user.id, "EXCUSED", { arrival: "18:30" })], "TIMES_FOR_ATTENDEES_ONLY"],
    ["an adherent at a board meeting", "BOARD", (b: Awaited<ReturnType<typeof boardMeeting>>) => [line(b.adherent.user.id, "PRESENT")], "NOT_ON_ROSTER"],
  ] as const)("refuses %s, naming the member, and saves nothing of the sheet", async (_what, kind, entries, reason) => {
    const board = await boardMeeting(kind);
    const before = await meetingsSnapshot();
    const all = [line(board.secretary.user.id, "PRESENT"), ...entries(board)];
    const result = await recordAttendance(ctxOf(board.secretary.user, now), { associationId: board.association.id, meetingId: board.meeting.id, entries: all });
    expect(result).toMatchObject({ ok: false, reason, detail: { name: expect.any(String), userId: expect.any(String) } });
    expect(await meetingsSnapshot()).toEqual(before);
  });

  it("a member of another association is not on the sheet", async () => {
    const board = await boardMeeting();
    const other = await makeBoard();
    const result = await recordAttendance(ctxOf(board.secretary.user, now), { associationId: board.association.id, meetingId: board.meeting.id, entries: [line(other.voter.user.id, "PRESENT")] });
    expect(result).toMatchObject({ ok: false, reason: "NOT_ON_ROSTER" });
  });

  it("refuses a cancelled meeting and another association's meeting", async () => {
    const board = await boardMeeting("BOARD", "CANCELLED");
    const other = await boardMeeting();
    const entries = [line(board.secretary.user.id, "PRESENT")];
    expect(await recordAttendance(ctxOf(board.secretary.user, now), { associationId: board.association.id, meetingId: board.meeting.id, entries })).toEqual({ ok: false, reason: "MEETING_CANCELLED" });
    expect(await recordAttendance(ctxOf(board.secretary.user, now), { associationId: board.association.id, meetingId: other.meeting.id, entries })).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect(await recordAttendance(ctxOf(board.secretary.user, now), { associationId: other.association.id, meetingId: other.meeting.id, entries })).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect(await db().attendance.count()).toBe(0);
  });
});

describe("general assemblies", () => {
  it("every member counts but advisory ones, with the assembly's own rule; a represented member counts while the proxy holder is there", async () => {
    const { association, meeting, president, secretary, voter, voter2, advisory, adherent } = await boardMeeting("GENERAL_ASSEMBLY");
    const settings = await db().association.findUniqueOrThrow({ where: { id: association.id } });
    const saved = await updateSettings(ctxOf(president.user, now), {
      associationId: association.id,
      name: settings.name,
      address: undefined,
      timezone: settings.timezone,
      locale: settings.locale,
      approvalWindowDays: 15,
      quorumKind: "FRACTION",
      quorumNumerator: 1,
      quorumDenominator: 2,
      quorumCount: undefined,
      assemblyQuorumKind: "COUNT",
      assemblyQuorumNumerator: 1,
      assemblyQuorumDenominator: 4,
      assemblyQuorumCount: 3,
      publicMinutes: false,
    });
    expect(saved.ok).toBe(true);
    await recordAttendance(ctxOf(secretary.user, now), {
      associationId: association.id,
      meetingId: meeting.id,
      entries: [
        line(president.user.id, "PRESENT", { departure: "19:00" }),
        line(adherent.user.id, "REPRESENTED", { proxy: president.user.id }),
        line(voter.user.id, "REMOTE"),
        line(voter2.user.id, "REPRESENTED", { proxy: voter.user.id }),
        line(advisory.user.id, "PRESENT"),
      ],
    });
    const start = (await quorumAtTime(association.id, meeting.id, at("18:15")))!;
    // President, secretary, treasurer, two voters and the adherent; not the advisory member.
    expect(start).toMatchObject({ electorate: 6, required: 3, met: true, rule: { kind: "COUNT", count: 3 } });
    expect(start.counted.sort()).toEqual([president.user.id, adherent.user.id, voter.user.id, voter2.user.id].sort());
    const later = (await quorumAtTime(association.id, meeting.id, at("19:00")))!;
    expect(later.counted.sort()).toEqual([voter.user.id, voter2.user.id].sort());
    expect(later.met).toBe(false);
  });

  it("the settings keep the assembly's rule when a form does not send it, and refuse a bad one", async () => {
    const { association, president } = await makeBoard();
    await db().association.update({ where: { id: association.id }, data: { assemblyQuorumKind: "COUNT", assemblyQuorumCount: 12 } });
    const base = { associationId: association.id, name: "Asso", address: undefined, timezone: "Europe/Paris", locale: "fr" as const, approvalWindowDays: 15, quorumKind: "FRACTION" as const, quorumNumerator: 1, quorumDenominator: 2, quorumCount: undefined, publicMinutes: false };
    expect((await updateSettings(ctxOf(president.user, now), base)).ok).toBe(true);
    expect(await db().association.findUniqueOrThrow({ where: { id: association.id } })).toMatchObject({ assemblyQuorumKind: "COUNT", assemblyQuorumCount: 12 });
    expect(await updateSettings(ctxOf(president.user, now), { ...base, assemblyQuorumKind: "FRACTION", assemblyQuorumNumerator: 3, assemblyQuorumDenominator: 2 })).toEqual({ ok: false, reason: "QUORUM_INVALID" });
    expect(await db().association.findUniqueOrThrow({ where: { id: association.id } })).toMatchObject({ assemblyQuorumKind: "COUNT" });
  });
});

describe("the sheet and its guests", () => {
  it("lists the board with whether each one counts, and anyone recorded off the roster", async () => {
    const { association, meeting, secretary, adherent, advisory } = await boardMeeting();
    await db().attendance.create({ data: { associationId: association.id, meetingId: meeting.id, userId: adherent.user.id, status: "REMOTE" } });
    const later = await addMember(association.id, { startsOn: "2026-12-01", name: "Future" });
    const sheet = await attendanceSheet(association.id, meeting, association.timezone);
    const names = sheet.rows.map((r) => r.name);
    expect(names).toContain("Secrétaire");
    expect(names).toContain("Adhérent");
    expect(names).not.toContain(later.user.name);
    expect(sheet.rows.find((r) => r.userId === advisory.user.id)).toMatchObject({ counts: false, onRoster: true });
    expect(sheet.rows.find((r) => r.userId === adherent.user.id)).toMatchObject({ counts: false, onRoster: false, record: { status: "REMOTE" } });
    // The recorded adherent's line may be saved again with the rest of the sheet.
    const result = await recordAttendance(ctxOf(secretary.user, now), { associationId: association.id, meetingId: meeting.id, entries: [line(adherent.user.id, "REMOTE", { departure: "19:00" })] });
    expect(result.ok).toBe(true);
  });

  it("adds and removes guests by name; refuses them on a cancelled meeting or for others", async () => {
    const { association, meeting, secretary, voter2 } = await boardMeeting();
    const added = await addGuest(ctxOf(secretary.user, now), { associationId: association.id, meetingId: meeting.id, name: "Mme Le Goff (mairie)", note: "pour le point subventions" });
    expect(added.ok).toBe(true);
    expect(await db().guest.findFirstOrThrow()).toMatchObject({ name: "Mme Le Goff (mairie)", note: "pour le point subventions" });
    expect(await addGuest(ctxOf(voter2.user, now), { associationId: association.id, meetingId: meeting.id, name: "X", note: null })).toEqual({ ok: false, reason: "FORBIDDEN" });
    const other = await boardMeeting();
    const guestId = added.ok ? added.value.guestId : "";
    expect(await removeGuest(ctxOf(other.secretary.user, now), { associationId: other.association.id, meetingId: other.meeting.id, guestId, confirm: "yes" })).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect(await removeGuest(ctxOf(secretary.user, now), { associationId: association.id, meetingId: meeting.id, guestId, confirm: "yes" })).toEqual({ ok: true, value: null });
    expect(await db().guest.count()).toBe(0);
    expect(await db().auditEvent.count({ where: { action: { in: ["guest.add", "guest.remove"] } } })).toBe(2);
    await db().meeting.update({ where: { id: meeting.id }, data: { status: "CANCELLED" } });
    expect(await addGuest(ctxOf(secretary.user, now), { associationId: association.id, meetingId: meeting.id, name: "Y", note: null })).toEqual({ ok: false, reason: "MEETING_CANCELLED" });
  });

  it("quorumAtTime answers null for another association's meeting or an id that is no id", async () => {
    const board = await boardMeeting();
    const other = await boardMeeting();
    expect(await quorumAtTime(board.association.id, other.meeting.id, at("18:30"))).toBeNull();
    expect(await quorumAtTime(board.association.id, "not-a-uuid", at("18:30"))).toBeNull();
    expect(await quorumAtTime(board.association.id, board.meeting.id, at("18:30"))).toMatchObject({ meetingId: board.meeting.id, counted: [], met: false });
  });
});
