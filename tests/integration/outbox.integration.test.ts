import { SMTPServer } from "smtp-server";
import { afterEach, describe, expect, it } from "vitest";
import { enqueueEmail, sendDueEmails } from "@/features/notifications/commands";
import { smtpTransport } from "@/features/notifications/transport";
import { db } from "@/lib/db";

type Received = { to: string; body: string };

/** A real SMTP server on a free port, keeping what it receives. */
async function smtpSink(options: { refuse?: boolean } = {}) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let body = "";
      stream.on("data", (chunk: Buffer) => (body += chunk.toString()));
      stream.on("end", () => {
        if (options.refuse) return callback(new Error("mailbox unavailable"));
        received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(","), body });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as { port: number }).port;
  return { received, url: `smtp://127.0.0.1:${port}?ignoreTLS=true`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

// E-mails are due from the moment they are written (database time): send "a moment later".
const now = new Date(Date.now() + 60_000);

describe("the outbox", () => {
  it("sends pending e-mails over SMTP once, attachments included", async () => {
    const sink = await smtpSink();
    close = sink.close;
    await db().$transaction((tx) =>
      enqueueEmail(tx, {
        associationId: null,
        to: "board@example.org",
        subject: "Convocation",
        text: "Ordre du jour",
        attachments: [{ filename: "meeting.ics", contentType: "text/calendar", content: "BEGIN:VCALENDAR\r\nEND:VCALENDAR" }],
      }),
    );
    const transport = smtpTransport(sink.url)!;
    expect(await sendDueEmails(transport, now)).toEqual({ sent: 1, failed: 0 });
    expect(await sendDueEmails(transport, now)).toEqual({ sent: 0, failed: 0 });
    expect(sink.received).toHaveLength(1);
    expect(sink.received[0].to).toBe("board@example.org");
    expect(sink.received[0].body).toContain("meeting.ics");
    expect(await db().outboxEmail.findFirstOrThrow()).toMatchObject({ status: "SENT", attempts: 1 });
  });

  it("two workers at once never send the same e-mail twice", async () => {
    const sink = await smtpSink();
    close = sink.close;
    await db().$transaction(async (tx) => {
      for (let i = 0; i < 30; i++) await enqueueEmail(tx, { associationId: null, to: `m${i}@example.org`, subject: `S${i}`, text: "T" });
    });
    const transport = smtpTransport(sink.url)!;
    const [a, b] = await Promise.all([sendDueEmails(transport, now, 50), sendDueEmails(transport, now, 50)]);
    expect(a.sent + b.sent).toBe(30);
    expect(new Set(sink.received.map((r) => r.to)).size).toBe(30);
    expect(sink.received).toHaveLength(30);
  });

  it("keeps a refused e-mail for a later attempt, with the error", async () => {
    const sink = await smtpSink({ refuse: true });
    close = sink.close;
    await db().$transaction((tx) => enqueueEmail(tx, { associationId: null, to: "x@example.org", subject: "S", text: "T" }));
    expect(await sendDueEmails(smtpTransport(sink.url)!, now)).toEqual({ sent: 0, failed: 1 });
    const email = await db().outboxEmail.findFirstOrThrow();
    expect(email.status).toBe("PENDING");
    expect(email.lastError).toContain("mailbox unavailable");
    expect(email.nextAttemptAt.getTime()).toBeGreaterThan(now.getTime());
    // Not due yet: the next run leaves it alone.
    expect(await sendDueEmails(smtpTransport(sink.url)!, now)).toEqual({ sent: 0, failed: 0 });
  });

  it("the same dedupe key is enqueued once", async () => {
    const first = await db().$transaction((tx) => enqueueEmail(tx, { associationId: null, to: "a@example.org", subject: "R", text: "T", dedupeKey: "reminder:1" }));
    const second = await db().$transaction((tx) => enqueueEmail(tx, { associationId: null, to: "a@example.org", subject: "R", text: "T", dedupeKey: "reminder:1" }));
    expect([first, second]).toEqual([true, false]);
    expect(await db().outboxEmail.count()).toBe(1);
  });
});
