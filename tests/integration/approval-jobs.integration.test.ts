import { SMTPServer } from "smtp-server";
import { describe, expect, it } from "vitest";
import { answerReview } from "@/features/approvals/commands";
import { runApprovalJobs } from "@/features/approvals/outcome";
import { sendDueEmails } from "@/features/notifications/commands";
import { smtpTransport } from "@/features/notifications/transport";
import { db } from "@/lib/db";
import { ctxOf } from "./factories";
import { boardWithReview, makeMeeting } from "./factories-minutes";

const at = (iso: string) => new Date(iso);
const count = (part: string) => db().outboxEmail.count({ where: { dedupeKey: { contains: part } } });

describe("the approval job (runApprovalJobs)", () => {
  it("reminds the silent electors once, from 09:00 three days before the closing day", async () => {
    const board = await boardWithReview();
    await answerReview(ctxOf(board.voter.user, at("2008-10-09T08:00:00Z")), { associationId: board.association.id, reviewId: board.reviewId, kind: "APPROVE", note: null });
    expect(await runApprovalJobs(at("2008-10-20T06:59:59.999Z"))).toEqual({ reminders: 0, outcomes: 0 });
    expect(await runApprovalJobs(at("2008-10-20T07:00:00.000Z"))).toEqual({ reminders: 4, outcomes: 0 });
    // A restart, and two workers at once, send nothing more.
    const again = await Promise.all([runApprovalJobs(at("2008-10-21T07:00:00Z")), runApprovalJobs(at("2008-10-21T07:00:00Z"))]);
    expect(again.map((r) => r.reminders)).toEqual([0, 0]);
    const reminders = await db().outboxEmail.findMany({ where: { dedupeKey: { contains: ":reminder:" } } });
    expect(reminders.map((e) => e.toEmail).sort()).toEqual([board.president, board.secretary, board.treasurer, board.voter2].map((p) => p.user.email).sort());
    expect(reminders[0].subject).toContain("3 jours");
  });

  it("after the close: the result once to every elector and advisory member, even with two workers", async () => {
    const board = await boardWithReview();
    expect(await runApprovalJobs(at("2008-10-23T21:59:59.999Z"))).toMatchObject({ outcomes: 0 });
    const runs = await Promise.all([runApprovalJobs(at("2008-10-24T06:00:00Z")), runApprovalJobs(at("2008-10-24T06:00:00Z"))]);
    expect(runs.map((r) => r.outcomes).sort()).toEqual([0, 1]);
    expect(await count(":result:")).toBe(6);
    const result = await db().outboxEmail.findFirstOrThrow({ where: { toEmail: board.voter.user.email, dedupeKey: { contains: ":result:" } } });
    expect(result.subject).toContain("approuvé");
    expect(result.text).toContain("5 approbations tacites");
    expect(await runApprovalJobs(at("2008-10-25T06:00:00Z"))).toEqual({ reminders: 0, outcomes: 0 });
    expect(await db().auditEvent.count({ where: { action: "review.outcome" } })).toBe(1);
  });

  it("contested: the approval goes on the next planned meeting's agenda as a decision item, once", async () => {
    const board = await boardWithReview();
    await makeMeeting(board.association.id, { title: "Conseil de novembre (tenu)", startsAt: "2008-11-04T17:00:00Z", status: "HELD" });
    const december = await makeMeeting(board.association.id, { title: "Conseil de décembre", startsAt: "2008-12-02T17:00:00Z", status: "PLANNED" });
    await db().agendaItem.create({ data: { associationId: board.association.id, meetingId: december.id, position: 0, title: "Premier point" } });
    await answerReview(ctxOf(board.voter.user, at("2008-10-09T08:00:00Z")), { associationId: board.association.id, reviewId: board.reviewId, kind: "OBJECT", note: "Le point 2 est inexact" });
    await Promise.all([runApprovalJobs(at("2008-10-24T06:00:00Z")), runApprovalJobs(at("2008-10-24T06:00:00Z"))]);
    const items = await db().agendaItem.findMany({ where: { meetingId: december.id }, orderBy: { position: "asc" } });
    expect(items.map((i) => [i.position, i.kind, i.origin])).toEqual([
      [0, "DISCUSSION", "DIRECT"],
      [1, "DECISION", "MINUTES_APPROVAL"],
    ]);
    expect(items[1].title).toBe("Approbation du compte rendu de « Conseil d’octobre »");
    expect(items[1].description).toContain("Votant");
    expect((await db().meeting.findUniqueOrThrow({ where: { id: december.id } })).version).toBe(2);
    expect((await db().minutesReview.findUniqueOrThrow({ where: { id: board.reviewId } })).followUpAgendaItemId).toBe(items[1].id);
    const result = await db().outboxEmail.findFirstOrThrow({ where: { toEmail: board.voter.user.email, dedupeKey: { contains: ":result:" } } });
    expect(result.text).toContain("Conseil de décembre");
  });

  it("contested with no meeting planned: the approval waits in the next-agenda backlog", async () => {
    const board = await boardWithReview();
    await answerReview(ctxOf(board.voter.user, at("2008-10-09T08:00:00Z")), { associationId: board.association.id, reviewId: board.reviewId, kind: "OBJECT", note: "Inexact" });
    await runApprovalJobs(at("2008-10-24T06:00:00Z"));
    const backlog = await db().backlogItem.findFirstOrThrow();
    expect(backlog).toMatchObject({ associationId: board.association.id, raisedAtMeetingId: board.meeting.id, addedById: board.secretary.user.id, pulledIntoMeetingId: null });
    expect(await db().agendaItem.count({ where: { origin: "MINUTES_APPROVAL" } })).toBe(0);
  });

  it("the e-mails reach a real SMTP server once", async () => {
    const received: string[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, session, callback) {
        stream.on("data", () => undefined);
        stream.on("end", () => {
          received.push(session.envelope.rcptTo.map((r) => r.address).join(","));
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const board = await boardWithReview({ openedAt: new Date(Date.now() - 20 * 86_400_000) });
      await runApprovalJobs(new Date());
      const transport = smtpTransport(`smtp://127.0.0.1:${(server.server.address() as { port: number }).port}?ignoreTLS=true`)!;
      const later = new Date(Date.now() + 60_000);
      await sendDueEmails(transport, later, 50);
      await sendDueEmails(transport, later, 50);
      // Opening + result, to five electors and one advisory member.
      expect(received).toHaveLength(12);
      expect(received.filter((to) => to === board.advisory.user.email)).toHaveLength(2);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
