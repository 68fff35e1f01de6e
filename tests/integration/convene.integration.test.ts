import { SMTPServer } from "smtp-server";
import { describe, expect, it } from "vitest";
import { conveneMeeting } from "@/features/meetings/convene";
import { sendDueEmails } from "@/features/notifications/commands";
import { smtpTransport } from "@/features/notifications/transport";
import { db } from "@/lib/db";
import { icsCalendarProperty, icsEvents, icsInstant } from "../support/ics";
import { addMember, ctxOf, makeBoard } from "./factories";
import { makeMeeting, meetingsSnapshot } from "./factories-meetings";

const now = new Date("2026-10-20T08:00:00Z");

async function boardMeetingWithAgenda() {
  const board = await makeBoard();
  const meeting = await makeMeeting(board.association.id, {
    title: "Conseil de novembre",
    startsAt: "2026-11-04T17:00:00Z",
    endsAt: "2026-11-04T19:00:00Z",
    place: "Local, 12 rue des Douves",
    remoteAccess: "https://visio.example/ca",
    facilitatorId: board.voter.user.id,
  });
  const item = (title: string, position: number, extra: Record<string, unknown> = {}) =>
    db().agendaItem.create({ data: { associationId: board.association.id, meetingId: meeting.id, title, position, ...extra } });
  const section = await item("Points soumis à décision", 0, { kind: "SECTION" });
  await item("Achat de disques", 0, { parentId: section.id, kind: "DECISION", durationMinutes: 15, presenterId: board.treasurer.user.id });
  await item("Incidents techniques", 1, { kind: "INFORMATION", visibility: "BOARD", presenterName: "Loïc" });
  return { ...board, meeting };
}

describe("convening the board", () => {
  it("sends one e-mail per board member, in their language, with the numbered agenda and the .ics attached", async () => {
    const board = await boardMeetingWithAgenda();
    const { association, secretary, adherent, advisory, meeting } = board;
    await db().user.update({ where: { id: advisory.user.id }, data: { locale: "en" } });
    const result = await conveneMeeting(ctxOf(secretary.user, now), { associationId: association.id, meetingId: meeting.id, resend: false });
    expect(result).toEqual({ ok: true, value: { sent: 6 } });
    const emails = await db().outboxEmail.findMany();
    // The board: president, secretary, treasurer, two voters, the advisory member; not the adherent.
    expect(emails.map((e) => e.toEmail).sort()).toEqual(
      [board.president, board.secretary, board.treasurer, board.voter, board.voter2, board.advisory].map((m) => m.user.email).sort(),
    );
    expect(emails.some((e) => e.toEmail === adherent.user.email)).toBe(false);

    const french = emails.find((e) => e.toEmail === board.voter.user.email)!;
    // Intl puts thin spaces around the dash of a range.
    expect(french.subject.replace(/[\u2009\u202f]/g, " ")).toBe("Convocation : Conseil de novembre, mercredi 4 novembre 2026, 18:00 – 20:00");
    expect(french.text).toContain("Bonjour Votant,");
    expect(french.text).toContain("1. Points soumis à décision\n   1.1. Achat de disques (décision, Trésorier, 15 min)\n2. Incidents techniques (Loïc)");
    expect(french.text).toContain("À distance : https://visio.example/ca");
    expect(french.text).toContain(`http://quorum.test/a/${association.slug}/meetings/${meeting.id}`);

    const english = emails.find((e) => e.toEmail === advisory.user.email)!;
    expect(english.subject).toMatch(/^Invitation: Conseil de novembre, Wednesday, November 4, 2026/);
    expect(english.text).toContain("1.1. Achat de disques (decision, Trésorier, 15 min)");

    const [attachment] = french.attachments as { filename: string; contentType: string; content: string }[];
    expect(attachment.filename).toMatch(/\.ics$/);
    expect(icsCalendarProperty(attachment.content, "METHOD")).toBe("PUBLISH");
    const [event] = icsEvents(attachment.content);
    expect(event.UID).toBe(`${meeting.id}@quorum`);
    expect(icsInstant(event.DTSTART)).toEqual(new Date("2026-11-04T17:00:00Z"));
    expect(icsInstant(event.DTEND)).toEqual(new Date("2026-11-04T19:00:00Z"));
    expect(event.DESCRIPTION).toContain("https://visio.example/ca");

    expect((await db().meeting.findUniqueOrThrow({ where: { id: meeting.id } })).convenedAt).toEqual(now);
    const audit = await db().auditEvent.findMany({ where: { action: "meeting.convene" } });
    expect(audit).toHaveLength(1);
    expect(audit[0].after).toMatchObject({ agendaItems: 3 });
  });

  it("members whose term does not cover the meeting's day are not convened", async () => {
    const board = await boardMeetingWithAgenda();
    const leaving = await addMember(board.association.id, { startsOn: "2020-01-01", endsOn: "2026-11-03" });
    const joining = await addMember(board.association.id, { startsOn: "2026-11-04" });
    await conveneMeeting(ctxOf(board.president.user, now), { associationId: board.association.id, meetingId: board.meeting.id, resend: false });
    const to = (await db().outboxEmail.findMany()).map((e) => e.toEmail);
    expect(to).toContain(joining.user.email);
    expect(to).not.toContain(leaving.user.email);
  });

  it("a second sending must be confirmed, and each sending is audited", async () => {
    const { association, voter, meeting } = await boardMeetingWithAgenda();
    const input = { associationId: association.id, meetingId: meeting.id };
    // The facilitator convenes.
    expect((await conveneMeeting(ctxOf(voter.user, now), { ...input, resend: false })).ok).toBe(true);
    expect(await conveneMeeting(ctxOf(voter.user, now), { ...input, resend: false })).toEqual({ ok: false, reason: "ALREADY_CONVENED" });
    expect(await db().outboxEmail.count()).toBe(6);
    const later = new Date("2026-10-28T08:00:00Z");
    expect(await conveneMeeting(ctxOf(voter.user, later), { ...input, resend: true })).toEqual({ ok: true, value: { sent: 6 } });
    expect(await db().outboxEmail.count()).toBe(12);
    expect(await db().auditEvent.count({ where: { action: "meeting.convene" } })).toBe(2);
    expect((await db().meeting.findUniqueOrThrow({ where: { id: meeting.id } })).convenedAt).toEqual(later);
  });

  it("refuses others, cancelled and past meetings, and other associations' ids, changing nothing", async () => {
    const board = await boardMeetingWithAgenda();
    const other = await makeBoard();
    const cancelled = await makeMeeting(board.association.id, { startsAt: "2026-12-02T17:00:00Z", endsAt: "2026-12-02T19:00:00Z", status: "CANCELLED" });
    const past = await makeMeeting(board.association.id, { startsAt: "2026-10-06T16:00:00Z", endsAt: "2026-10-06T18:00:00Z" });
    const before = await meetingsSnapshot();
    const input = (meetingId: string, associationId = board.association.id) => ({ associationId, meetingId, resend: false });
    expect(await conveneMeeting(ctxOf(board.voter2.user, now), input(board.meeting.id))).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect(await conveneMeeting(ctxOf(board.treasurer.user, now), input(board.meeting.id))).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect(await conveneMeeting(ctxOf(board.secretary.user, now), input(cancelled.id))).toEqual({ ok: false, reason: "MEETING_CANCELLED" });
    expect(await conveneMeeting(ctxOf(board.secretary.user, now), input(past.id))).toEqual({ ok: false, reason: "MEETING_PAST" });
    expect(await conveneMeeting(ctxOf(other.secretary.user, now), input(board.meeting.id))).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect(await conveneMeeting(ctxOf(other.secretary.user, now), input(board.meeting.id, other.association.id))).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect(await meetingsSnapshot()).toEqual(before);
  });

  it("the invitation reaches a real SMTP server with its calendar file", async () => {
    const { association, secretary, meeting } = await boardMeetingWithAgenda();
    await conveneMeeting(ctxOf(secretary.user, now), { associationId: association.id, meetingId: meeting.id, resend: false });
    const received: string[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, _session, callback) {
        let body = "";
        stream.on("data", (chunk: Buffer) => (body += chunk.toString()));
        stream.on("end", () => {
          received.push(body);
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const port = (server.server.address() as { port: number }).port;
      const result = await sendDueEmails(smtpTransport(`smtp://127.0.0.1:${port}?ignoreTLS=true`)!, new Date(Date.now() + 60_000));
      expect(result).toEqual({ sent: 6, failed: 0 });
      expect(received).toHaveLength(6);
      expect(received[0]).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=PUBLISH/i);
      expect(received[0]).toContain(".ics");
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
