import "server-only";
import nodemailer from "nodemailer";
import { MAIL_FROM } from "@/lib/config";
import type { EmailAttachment } from "./commands";

export type OutgoingEmail = { to: string; subject: string; text: string; html?: string; attachments?: EmailAttachment[] };
export type MailTransport = { send: (email: OutgoingEmail) => Promise<void> };

/** SMTP when `SMTP_URL` is set (smtp://user:pass@host:587); otherwise e-mails wait in the outbox. */
export function smtpTransport(url = process.env.SMTP_URL): MailTransport | null {
  if (!url) return null;
  const transporter = nodemailer.createTransport(url);
  return {
    send: async (email) => {
      await transporter.sendMail({
        from: MAIL_FROM(),
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        attachments: email.attachments?.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
      });
    },
  };
}
