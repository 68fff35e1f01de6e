import { describe, expect, it } from "vitest";
import { renewCalendarFeed } from "@/features/meetings/commands";
import { calendarFeedOf, calendarFeedText, meetingIcsFor } from "@/features/meetings/queries";
import { db } from "@/lib/db";
import { icsCalendarProperty, icsEvents, icsInstant } from "../support/ics";
import { addMember, ctxOf, makeBoard } from "./factories";
import { makeMeeting } from "./factories-meetings";

const now = new Date("2026-10-20T08:00:00Z");

async function feedTokenOf(user: { id: string }) {
  const result = await renewCalendarFeed(ctxOf(user, now), { replace: false });
  if (!result.ok) throw new Error(result.reason);
  return result.value.token;
}

describe("the private calendar feed", () => {
  it("serves the meetings of the person's associations as UTC instants, right across daylight-saving changes", async () => {
    const { association, voter } = await makeBoard({ name: "Les Hébergeurs" });
    // Late October: the Tuesday after clocks go back; March: the Tuesdays around the change.
    const october = await makeMeeting(association.id, { title: "CA d’octobre", startsAt: "2026-10-27T17:00:00Z", endsAt: "2026-10-27T19:00:00Z", place: "Local; Brest" });
    const earlyMarch = await makeMeeting(association.id, { title: "CA de mars", startsAt: "2027-03-23T17:00:00Z", endsAt: "2027-03-23T19:00:00Z" });
    const lateMarch = await makeMeeting(association.id, { title: "CA de fin mars", startsAt: "2027-03-30T16:00:00Z", endsAt: "2027-03-30T18:00:00Z", status: "CANCELLED" });
    const token = await feedTokenOf(voter.user);
    const text = (await calendarFeedText(token, now))!;
    expect(icsCalendarProperty(text, "METHOD")).toBe("PUBLISH");
    const events = icsEvents(text);
    expect(events.map((e) => e.UID)).toEqual([october.id, earlyMarch.id, lateMarch.id].map((id) => `${id}@quorum`));
    const paris = (e: Record<string, string>) => new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", hour: "2-digit", minute: "2-digit" }).format(icsInstant(e.DTSTART));
    // 18:00 in Paris each time, whether UTC+1 or UTC+2.
    expect(events.map(paris)).toEqual(["18:00", "18:00", "18:00"]);
    expect(icsInstant(events[0].DTSTART)).toEqual(new Date("2026-10-27T17:00:00Z"));
    expect(icsInstant(events[1].DTSTART)).toEqual(new Date("2027-03-23T17:00:00Z"));
    expect(icsInstant(events[2].DTSTART)).toEqual(new Date("2027-03-30T16:00:00Z"));
    expect(events[0]).toMatchObject({ SUMMARY: `CA d’octobre (${association.name})`, LOCATION: "Local; Brest", STATUS: "CONFIRMED" });
    expect(events[2]).toMatchObject({ STATUS: "CANCELLED", SUMMARY: `Annulée : CA de fin mars (${association.name})` });
  });

  it("never shows meetings of associations the person is not in (or no longer in)", async () => {
    const mine = await makeBoard();
    const theirs = await makeBoard();
    const left = await makeBoard();
    await db().membership.create({ data: { associationId: left.association.id, userId: mine.voter.user.id, kind: "VOTING", offices: [], startsOn: new Date("2020-01-01T00:00:00Z"), endsOn: new Date("2026-10-19T00:00:00Z") } });
    const ours = await makeMeeting(mine.association.id, { startsAt: "2026-11-04T17:00:00Z", endsAt: "2026-11-04T19:00:00Z" });
    await makeMeeting(theirs.association.id, { title: "Secret", startsAt: "2026-11-05T17:00:00Z", endsAt: "2026-11-05T19:00:00Z" });
    await makeMeeting(left.association.id, { title: "Ancienne", startsAt: "2026-11-06T17:00:00Z", endsAt: "2026-11-06T19:00:00Z" });
    const events = icsEvents((await calendarFeedText(await feedTokenOf(mine.voter.user), now))!);
    expect(events.map((e) => e.UID)).toEqual([`${ours.id}@quorum`]);
  });

  it("lists the meetings of every association the person belongs to", async () => {
    const first = await makeBoard();
    const second = await makeBoard();
    await db().membership.create({ data: { associationId: second.association.id, userId: first.voter.user.id, kind: "MEMBER", offices: [], startsOn: new Date("2020-01-01T00:00:00Z") } });
    await makeMeeting(first.association.id, { startsAt: "2026-11-04T17:00:00Z", endsAt: "2026-11-04T19:00:00Z", remoteAccess: "code 1234" });
    await makeMeeting(second.association.id, { startsAt: "2026-11-05T17:00:00Z", endsAt: "2026-11-05T19:00:00Z", remoteAccess: "code 5678" });
    await makeMeeting(second.association.id, { kind: "GENERAL_ASSEMBLY", startsAt: "2026-11-06T17:00:00Z", endsAt: "2026-11-06T19:00:00Z", remoteAccess: "code AG" });
    const events = icsEvents((await calendarFeedText(await feedTokenOf(first.voter.user), now))!);
    expect(events).toHaveLength(3);
    // A board member sees how to join; an adherent only for the general assembly.
    expect(events[0].DESCRIPTION).toContain("code 1234");
    expect(events[1].DESCRIPTION).not.toContain("code 5678");
    expect(events[2].DESCRIPTION).toContain("code AG");
  });

  it("keeps a year of past meetings", async () => {
    const { association, voter } = await makeBoard();
    await makeMeeting(association.id, { startsAt: "2024-10-01T16:00:00Z", endsAt: "2024-10-01T18:00:00Z" });
    const recent = await makeMeeting(association.id, { startsAt: "2026-01-06T17:00:00Z", endsAt: "2026-01-06T19:00:00Z" });
    expect(icsEvents((await calendarFeedText(await feedTokenOf(voter.user), now))!).map((e) => e.UID)).toEqual([`${recent.id}@quorum`]);
  });

  it("renewing invalidates the old address; making a second one must be asked for", async () => {
    const { voter } = await makeBoard();
    const first = await feedTokenOf(voter.user);
    expect(await calendarFeedOf(voter.user.id)).toBe(`http://quorum.test/calendar/${first}.ics`);
    expect(await renewCalendarFeed(ctxOf(voter.user, now), { replace: false })).toEqual({ ok: false, reason: "FEED_EXISTS" });
    const renewed = await renewCalendarFeed(ctxOf(voter.user, now), { replace: true });
    if (!renewed.ok) throw new Error(renewed.reason);
    expect(renewed.value.token).not.toBe(first);
    expect(await calendarFeedText(first, now)).toBeNull();
    expect(await calendarFeedText(renewed.value.token, now)).toContain("BEGIN:VCALENDAR");
    expect(await db().auditEvent.count({ where: { action: { in: ["calendarFeed.create", "calendarFeed.renew"] } } })).toBe(2);
  });

  it("answers nothing for an unknown or malformed token", async () => {
    expect(await calendarFeedText("x".repeat(43), now)).toBeNull();
    expect(await calendarFeedText("../../etc/passwd", now)).toBeNull();
    expect(await calendarFeedText("", now)).toBeNull();
  });

  it("someone who left every association gets an empty calendar", async () => {
    const { association } = await makeBoard();
    const gone = await addMember(association.id, { startsOn: "2020-01-01", endsOn: "2026-01-01" });
    await makeMeeting(association.id, { startsAt: "2026-11-04T17:00:00Z", endsAt: "2026-11-04T19:00:00Z" });
    expect(icsEvents((await calendarFeedText(await feedTokenOf(gone.user), now))!)).toEqual([]);
  });
});

describe("a meeting's .ics file", () => {
  it("is served to members only, with remote access for the board", async () => {
    const board = await makeBoard();
    const other = await makeBoard();
    const meeting = await makeMeeting(board.association.id, { startsAt: "2026-11-04T17:00:00Z", endsAt: "2026-11-04T19:00:00Z", remoteAccess: "code 1234" });
    const forVoter = await meetingIcsFor(board.association.slug, meeting.id, board.voter.user.id, now, "fr");
    expect(forVoter!.filename).toBe(`${board.association.slug}-2026-11-04.ics`);
    expect(icsEvents(forVoter!.text)[0].DESCRIPTION).toContain("code 1234");
    const forAdherent = await meetingIcsFor(board.association.slug, meeting.id, board.adherent.user.id, now, "en");
    expect(icsEvents(forAdherent!.text)[0].DESCRIPTION).not.toContain("code 1234");
    expect(await meetingIcsFor(board.association.slug, meeting.id, other.president.user.id, now, "fr")).toBeNull();
    expect(await meetingIcsFor(other.association.slug, meeting.id, other.president.user.id, now, "fr")).toBeNull();
    expect(await meetingIcsFor(board.association.slug, "nope", board.voter.user.id, now, "fr")).toBeNull();
  });
});
