import { describe, expect, it } from "vitest";
import { cancelMeeting, createMeeting, markMeetingHeld, planMeetings, updateMeeting } from "@/features/meetings/commands";
import { db } from "@/lib/db";
import { icsCalendarProperty, icsEvents } from "../support/ics";
import { addMember, ctxOf, makeBoard } from "./factories";
import { makeMeeting, meetingsSnapshot } from "./factories-meetings";

// 20 October 2026, 10:00 in Paris (summer time until the 25th).
const now = new Date("2026-10-20T08:00:00Z");

const meetingInput = (associationId: string, extra: Record<string, unknown> = {}) => ({
  associationId,
  kind: "BOARD" as const,
  title: "Conseil de novembre",
  date: "2026-11-04",
  startTime: { hour: 18, minute: 0 },
  endTime: { hour: 20, minute: 30 },
  endDate: undefined,
  place: "Local de l’association",
  remoteAccess: "https://visio.example/ca",
  facilitatorId: null as string | null,
  ...extra,
});

describe("creating a meeting", () => {
  it("the secretary plans a meeting: start and end are Paris wall-clock times, audited", async () => {
    const { association, secretary, voter } = await makeBoard();
    const result = await createMeeting(ctxOf(secretary.user, now), meetingInput(association.id, { facilitatorId: voter.user.id }));
    expect(result).toEqual({ ok: true, value: { meetingId: expect.any(String), slug: association.slug } });
    const meeting = await db().meeting.findFirstOrThrow();
    // 4 November is in winter time (UTC+1).
    expect(meeting).toMatchObject({
      associationId: association.id,
      startsAt: new Date("2026-11-04T17:00:00Z"),
      endsAt: new Date("2026-11-04T19:30:00Z"),
      status: "PLANNED",
      facilitatorId: voter.user.id,
      version: 1,
    });
    const audit = await db().auditEvent.findMany({ where: { action: "meeting.create" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ associationId: association.id, actorUserId: secretary.user.id, entityId: meeting.id });
  });

  it("a meeting may end on another day", async () => {
    const { association, president } = await makeBoard();
    await createMeeting(ctxOf(president.user, now), meetingInput(association.id, { kind: "GENERAL_ASSEMBLY", startTime: { hour: 20, minute: 0 }, endTime: { hour: 0, minute: 30 }, endDate: "2026-11-05" }));
    expect(await db().meeting.findFirstOrThrow()).toMatchObject({ startsAt: new Date("2026-11-04T19:00:00Z"), endsAt: new Date("2026-11-04T23:30:00Z") });
  });

  it.each(["treasurer", "voter", "advisory", "adherent"] as const)("the %s may not plan meetings: nothing changes", async (who) => {
    const board = await makeBoard();
    const before = await meetingsSnapshot();
    expect(await createMeeting(ctxOf(board[who].user, now), meetingInput(board.association.id))).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect(await meetingsSnapshot()).toEqual(before);
  });

  it("someone from another association is told 'not found'", async () => {
    const board = await makeBoard();
    const other = await makeBoard();
    expect(await createMeeting(ctxOf(other.secretary.user, now), meetingInput(board.association.id))).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect(await db().meeting.count()).toBe(0);
  });

  it("refuses an end before (or at) the start", async () => {
    const { association, secretary } = await makeBoard();
    expect(await createMeeting(ctxOf(secretary.user, now), meetingInput(association.id, { endTime: { hour: 17, minute: 0 } }))).toEqual({ ok: false, reason: "MEETING_ENDS_BEFORE_START" });
    expect(await createMeeting(ctxOf(secretary.user, now), meetingInput(association.id, { endTime: { hour: 18, minute: 0 } }))).toEqual({ ok: false, reason: "MEETING_ENDS_BEFORE_START" });
    expect(await db().meeting.count()).toBe(0);
    expect(await db().auditEvent.count()).toBe(0);
  });

  it("refuses a facilitator who is not on this association's board", async () => {
    const board = await makeBoard();
    const other = await makeBoard();
    const former = await addMember(board.association.id, { startsOn: "2020-01-01", endsOn: "2026-10-19" });
    for (const facilitatorId of [board.adherent.user.id, other.secretary.user.id, former.user.id]) {
      expect(await createMeeting(ctxOf(board.secretary.user, now), meetingInput(board.association.id, { facilitatorId }))).toEqual({ ok: false, reason: "FACILITATOR_NOT_ON_BOARD" });
    }
    expect(await db().meeting.count()).toBe(0);
    // An advisory member may facilitate.
    expect((await createMeeting(ctxOf(board.secretary.user, now), meetingInput(board.association.id, { facilitatorId: board.advisory.user.id }))).ok).toBe(true);
  });
});

describe("planning several dates at once", () => {
  const planInput = (associationId: string, dates: string, extra: Record<string, unknown> = {}) => ({
    associationId,
    kind: "BOARD" as const,
    title: "Conseil d’administration",
    dates,
    time: { hour: 18, minute: 0 },
    durationMinutes: 120,
    place: "Local",
    remoteAccess: null,
    facilitatorId: null as string | null,
    ...extra,
  });

  it("'4 Nov, 2 Dec, 13 Jan' at 18:00 makes three meetings, the last in the next year, at 18:00 Paris time each", async () => {
    const { association, secretary } = await makeBoard();
    const result = await planMeetings(ctxOf(secretary.user, now), planInput(association.id, "4 Nov, 2 Dec, 13 Jan"));
    expect(result.ok && result.value.meetingIds).toHaveLength(3);
    const meetings = await db().meeting.findMany({ orderBy: { startsAt: "asc" } });
    expect(meetings.map((m) => [m.startsAt.toISOString(), m.endsAt.toISOString()])).toEqual([
      ["2026-11-04T17:00:00.000Z", "2026-11-04T19:00:00.000Z"],
      ["2026-12-02T17:00:00.000Z", "2026-12-02T19:00:00.000Z"],
      ["2027-01-13T17:00:00.000Z", "2027-01-13T19:00:00.000Z"],
    ]);
    expect(await db().auditEvent.count({ where: { action: "meeting.create" } })).toBe(3);
  });

  it("keeps 18:00 on both sides of the October change", async () => {
    const { association, secretary } = await makeBoard();
    await planMeetings(ctxOf(secretary.user, now), planInput(association.id, "2026-10-22\n2026-10-29"));
    const meetings = await db().meeting.findMany({ orderBy: { startsAt: "asc" } });
    expect(meetings.map((m) => m.startsAt.toISOString())).toEqual(["2026-10-22T16:00:00.000Z", "2026-10-29T17:00:00.000Z"]);
  });

  it.each([
    ["4 Nov, someday", "DATE_UNREADABLE", { date: "someday" }],
    ["4 Nov, 1 Oct 2026", "DATE_IN_PAST", { date: "1 Oct 2026" }],
    ["4 Nov, 04/11", "DATE_REPEATED", { date: "04/11" }],
  ])("refuses %j and plans none of them", async (dates, reason, detail) => {
    const { association, secretary } = await makeBoard();
    expect(await planMeetings(ctxOf(secretary.user, now), planInput(association.id, dates))).toEqual({ ok: false, reason, detail });
    expect(await db().meeting.count()).toBe(0);
    expect(await db().auditEvent.count()).toBe(0);
  });

  it("refuses today when the time has already passed", async () => {
    const { association, secretary } = await makeBoard();
    const evening = new Date("2026-10-20T17:00:00Z"); // 19:00 in Paris
    expect(await planMeetings(ctxOf(secretary.user, evening), planInput(association.id, "20 Oct, 4 Nov"))).toEqual({ ok: false, reason: "DATE_IN_PAST", detail: { date: "2026-10-20" } });
    expect(await db().meeting.count()).toBe(0);
  });

  it("a board member may not plan; a facilitator off the board is refused", async () => {
    const { association, secretary, voter, adherent } = await makeBoard();
    expect(await planMeetings(ctxOf(voter.user, now), planInput(association.id, "4 Nov"))).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect(await planMeetings(ctxOf(secretary.user, now), planInput(association.id, "4 Nov", { facilitatorId: adherent.user.id }))).toEqual({ ok: false, reason: "FACILITATOR_NOT_ON_BOARD" });
    expect(await db().meeting.count()).toBe(0);
  });
});

describe("editing a meeting", () => {
  const edit = (meeting: { id: string; associationId: string; version: number }, extra: Record<string, unknown> = {}) => ({
    ...meetingInput(meeting.associationId),
    meetingId: meeting.id,
    version: meeting.version,
    ...extra,
  });

  it("the secretary edits: new values, a new version, before and after in the audit", async () => {
    const { association, secretary } = await makeBoard();
    const meeting = await makeMeeting(association.id, { startsAt: "2026-11-04T17:00:00Z", endsAt: "2026-11-04T19:00:00Z", title: "Ancien titre" });
    const result = await updateMeeting(ctxOf(secretary.user, now), edit(meeting, { title: "Nouveau titre", startTime: { hour: 18, minute: 30 } }));
    expect(result).toEqual({ ok: true, value: { version: 2 } });
    expect(await db().meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({ title: "Nouveau titre", startsAt: new Date("2026-11-04T17:30:00Z"), version: 2 });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "meeting.update" } });
    expect(audit.before).toMatchObject({ title: "Ancien titre" });
    expect(audit.after).toMatchObject({ title: "Nouveau titre" });
  });

  it("the meeting's facilitator edits it; another board member may not", async () => {
    const { association, voter, voter2 } = await makeBoard();
    const meeting = await makeMeeting(association.id, { startsAt: "2026-11-04T17:00:00Z", endsAt: "2026-11-04T19:00:00Z", facilitatorId: voter.user.id });
    expect(await updateMeeting(ctxOf(voter2.user, now), edit(meeting, { facilitatorId: voter.user.id }))).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect((await updateMeeting(ctxOf(voter.user, now), edit(meeting, { facilitatorId: voter.user.id }))).ok).toBe(true);
  });

  it("tells the editor when the meeting changed since the form was opened, and saves nothing", async () => {
    const { association, secretary, president } = await makeBoard();
    const meeting = await makeMeeting(association.id, { startsAt: "2026-11-04T17:00:00Z", endsAt: "2026-11-04T19:00:00Z" });
    expect((await updateMeeting(ctxOf(president.user, now), edit(meeting, { place: "Chez Maëlle" }))).ok).toBe(true);
    const stale = await updateMeeting(ctxOf(secretary.user, now), edit(meeting, { place: "Au local" }));
    expect(stale).toEqual({ ok: false, reason: "MEETING_CHANGED", detail: { version: 2 } });
    expect(await db().meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({ place: "Chez Maëlle", version: 2 });
    // Saving again from the current version goes through.
    expect(await updateMeeting(ctxOf(secretary.user, now), edit({ ...meeting, version: 2 }, { place: "Au local" }))).toEqual({ ok: true, value: { version: 3 } });
  });

  it("refuses to edit a cancelled meeting, an end before the start, another association's meeting", async () => {
    const board = await makeBoard();
    const other = await makeBoard();
    const cancelled = await makeMeeting(board.association.id, { startsAt: "2026-11-04T17:00:00Z", endsAt: "2026-11-04T19:00:00Z", status: "CANCELLED" });
    const planned = await makeMeeting(board.association.id, { startsAt: "2026-12-02T17:00:00Z", endsAt: "2026-12-02T19:00:00Z" });
    const theirs = await makeMeeting(other.association.id, { startsAt: "2026-12-02T17:00:00Z", endsAt: "2026-12-02T19:00:00Z" });
    const before = await meetingsSnapshot();
    const secretary = ctxOf(board.secretary.user, now);
    expect(await updateMeeting(secretary, edit(cancelled))).toEqual({ ok: false, reason: "MEETING_CANCELLED" });
    expect(await updateMeeting(secretary, edit(planned, { date: "2026-12-02", endTime: { hour: 17, minute: 59 } }))).toEqual({ ok: false, reason: "MEETING_ENDS_BEFORE_START" });
    expect(await updateMeeting(secretary, { ...edit(theirs), associationId: board.association.id })).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect(await updateMeeting(secretary, edit(theirs))).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect(await meetingsSnapshot()).toEqual(before);
  });

  it("keeps a facilitator who left the board since, but refuses choosing one", async () => {
    const { association, secretary } = await makeBoard();
    const former = await addMember(association.id, { startsOn: "2020-01-01", endsOn: "2026-06-30" });
    const meeting = await makeMeeting(association.id, { startsAt: "2026-11-04T17:00:00Z", endsAt: "2026-11-04T19:00:00Z", facilitatorId: former.user.id });
    expect((await updateMeeting(ctxOf(secretary.user, now), edit(meeting, { facilitatorId: former.user.id, title: "Renommé" }))).ok).toBe(true);
    const fresh = await makeMeeting(association.id, { startsAt: "2026-12-04T17:00:00Z", endsAt: "2026-12-04T19:00:00Z" });
    expect(await updateMeeting(ctxOf(secretary.user, now), edit(fresh, { facilitatorId: former.user.id }))).toEqual({ ok: false, reason: "FACILITATOR_NOT_ON_BOARD" });
  });
});

describe("cancelling and holding", () => {
  it("cancels a planned meeting; not twice, not a held one", async () => {
    const { association, secretary } = await makeBoard();
    const planned = await makeMeeting(association.id, { startsAt: "2026-11-04T17:00:00Z", endsAt: "2026-11-04T19:00:00Z" });
    const held = await makeMeeting(association.id, { startsAt: "2026-10-06T16:00:00Z", endsAt: "2026-10-06T18:00:00Z", status: "HELD" });
    const ctx = ctxOf(secretary.user, now);
    expect(await cancelMeeting(ctx, { associationId: association.id, meetingId: planned.id, confirm: "yes" })).toEqual({ ok: true, value: { notified: 0, slug: association.slug } });
    expect(await db().meeting.findUniqueOrThrow({ where: { id: planned.id } })).toMatchObject({ status: "CANCELLED", version: 2 });
    expect(await db().outboxEmail.count()).toBe(0);
    expect(await cancelMeeting(ctx, { associationId: association.id, meetingId: planned.id, confirm: "yes" })).toEqual({ ok: false, reason: "MEETING_CANCELLED" });
    expect(await cancelMeeting(ctx, { associationId: association.id, meetingId: held.id, confirm: "yes" })).toEqual({ ok: false, reason: "MEETING_HELD" });
    expect(await db().auditEvent.count({ where: { action: "meeting.cancel" } })).toBe(1);
  });

  it("tells a convened board, each in their language, with a calendar cancellation", async () => {
    const { association, president, advisory } = await makeBoard();
    await db().user.update({ where: { id: advisory.user.id }, data: { locale: "en" } });
    const meeting = await makeMeeting(association.id, { title: "Conseil de novembre", startsAt: "2026-11-04T17:00:00Z", endsAt: "2026-11-04T19:00:00Z", convenedAt: "2026-10-15T08:00:00Z" });
    expect(await cancelMeeting(ctxOf(president.user, now), { associationId: association.id, meetingId: meeting.id, confirm: "yes" })).toEqual({ ok: true, value: { notified: 6, slug: association.slug } });
    const emails = await db().outboxEmail.findMany();
    expect(emails).toHaveLength(6);
    const english = emails.find((e) => e.toEmail === advisory.user.email)!;
    expect(english.subject).toMatch(/^Cancelled: Conseil de novembre/);
    expect(emails.find((e) => e.toEmail === president.user.email)!.subject).toMatch(/^Annulée : Conseil de novembre/);
    const ics = (english.attachments as { content: string }[])[0].content;
    expect(icsCalendarProperty(ics, "METHOD")).toBe("CANCEL");
    expect(icsEvents(ics)[0]).toMatchObject({ UID: `${meeting.id}@quorum`, STATUS: "CANCELLED", SEQUENCE: "2" });
  });

  it("only the secretary, the president or the facilitator cancel; others get refused or 'not found'", async () => {
    const board = await makeBoard();
    const other = await makeBoard();
    const meeting = await makeMeeting(board.association.id, { startsAt: "2026-11-04T17:00:00Z", endsAt: "2026-11-04T19:00:00Z" });
    const input = { associationId: board.association.id, meetingId: meeting.id, confirm: "yes" as const };
    expect(await cancelMeeting(ctxOf(board.treasurer.user, now), input)).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect(await cancelMeeting(ctxOf(board.adherent.user, now), input)).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect(await cancelMeeting(ctxOf(other.president.user, now), input)).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect(await cancelMeeting(ctxOf(other.president.user, now), { ...input, associationId: other.association.id })).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect((await db().meeting.findUniqueOrThrow({ where: { id: meeting.id } })).status).toBe("PLANNED");
  });

  it("marks a meeting held once it has started", async () => {
    const { association, secretary, voter } = await makeBoard();
    const meeting = await makeMeeting(association.id, { startsAt: "2026-10-20T16:00:00Z", endsAt: "2026-10-20T18:00:00Z" });
    const input = { associationId: association.id, meetingId: meeting.id };
    expect(await markMeetingHeld(ctxOf(secretary.user, new Date("2026-10-20T15:59:59.999Z")), input)).toEqual({ ok: false, reason: "MEETING_NOT_STARTED" });
    expect(await markMeetingHeld(ctxOf(voter.user, new Date("2026-10-20T16:00:00Z")), input)).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect((await markMeetingHeld(ctxOf(secretary.user, new Date("2026-10-20T16:00:00Z")), input)).ok).toBe(true);
    expect((await db().meeting.findUniqueOrThrow({ where: { id: meeting.id } })).status).toBe("HELD");
    expect(await markMeetingHeld(ctxOf(secretary.user, now), input)).toEqual({ ok: false, reason: "ALREADY_HELD" });
    const cancelled = await makeMeeting(association.id, { startsAt: "2026-10-01T16:00:00Z", endsAt: "2026-10-01T18:00:00Z", status: "CANCELLED" });
    expect(await markMeetingHeld(ctxOf(secretary.user, now), { associationId: association.id, meetingId: cancelled.id })).toEqual({ ok: false, reason: "MEETING_CANCELLED" });
  });
});
