import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db, type Tx } from "@/lib/db";
import { afterAttempt } from "./rules";
import type { MailTransport } from "./transport";

export type EmailAttachment = { filename: string; contentType: string; content: string };

export type NewEmail = {
  associationId: string | null;
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: EmailAttachment[];
  /** Same key, same e-mail: a second enqueue is ignored (reminders, results, retries of a job). */
  dedupeKey?: string;
};

/** Written in the caller's transaction: the e-mail exists exactly when the change does. */
export async function enqueueEmail(tx: Tx, email: NewEmail): Promise<boolean> {
  const data = {
    associationId: email.associationId,
    toEmail: email.to,
    subject: email.subject,
    text: email.text,
    html: email.html,
    attachments: email.attachments as unknown as Prisma.InputJsonValue | undefined,
    dedupeKey: email.dedupeKey,
  };
  if (!email.dedupeKey) {
    await tx.outboxEmail.create({ data });
    return true;
  }
  const created = await tx.outboxEmail.createMany({ data: [data], skipDuplicates: true });
  return created.count === 1;
}

type Claimed = { id: string; attempts: number };

/**
 * Sends what is due. Rows are locked while they are sent (SKIP LOCKED), so two workers on
 * one database never send the same e-mail.
 */
export async function sendDueEmails(transport: MailTransport, now: Date, limit = 20): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  await db().$transaction(
    async (tx) => {
      const due = await tx.$queryRaw<Claimed[]>`
        SELECT id, attempts FROM "OutboxEmail"
        WHERE status = 'PENDING' AND "nextAttemptAt" <= ${now}
        ORDER BY "createdAt" LIMIT ${limit}
        FOR UPDATE SKIP LOCKED`;
      for (const { id, attempts } of due) {
        const email = await tx.outboxEmail.findUniqueOrThrow({ where: { id } });
        let error: string | null = null;
        try {
          await transport.send({
            to: email.toEmail,
            subject: email.subject,
            text: email.text,
            html: email.html ?? undefined,
            attachments: (email.attachments as EmailAttachment[] | null) ?? undefined,
          });
        } catch (cause) {
          error = cause instanceof Error ? cause.message : String(cause);
        }
        const outcome = afterAttempt(attempts, error, now);
        if (outcome.status === "SENT") sent++;
        else failed++;
        await tx.outboxEmail.update({
          where: { id },
          data: { ...outcome, attempts: attempts + 1 },
        });
      }
    },
    { timeout: 120_000 },
  );
  return { sent, failed };
}

/** The operator puts a failed e-mail back in the queue. */
export async function retryEmail(id: string, now: Date): Promise<boolean> {
  const updated = await db().outboxEmail.updateMany({
    where: { id, status: "FAILED" },
    data: { status: "PENDING", nextAttemptAt: now, attempts: 0 },
  });
  return updated.count === 1;
}
