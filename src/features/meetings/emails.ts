import "server-only";
import { agendaTree, flattenAgenda } from "@/features/agenda/rules";
import type { NewEmail } from "@/features/notifications/commands";
import { translatorFor, type AppLocale } from "@/lib/i18n/messages";

export type AgendaLine = {
  id: string;
  parentId: string | null;
  position: number;
  durationMinutes: number | null;
  kind: "SECTION" | "INFORMATION" | "DISCUSSION" | "DECISION" | "QUESTION" | "FOLLOW_UP";
  title: string;
  presenterName: string | null;
  presenter: { name: string } | null;
};

type Meeting = { id: string; title: string; startsAt: Date; endsAt: Date; place: string | null; remoteAccess: string | null };
type Recipient = { email: string; name: string; locale: AppLocale };
type Association = { id: string; name: string; timezone: string };

/** "mardi 4 novembre 2026, 18:00 – 20:00" in the reader's language and the association's time zone. */
export function meetingWhen(meeting: { startsAt: Date; endsAt: Date }, locale: AppLocale, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "full", timeStyle: "short", timeZone }).formatRange(meeting.startsAt, meeting.endsAt);
}

/**
 * The agenda as numbered text, indented by depth, every item included (the e-mail goes to the
 * board): "2.1. Buying disks (decision; Loïc Morvan, 15 min)".
 */
export function agendaText(rows: readonly AgendaLine[], locale: AppLocale): string {
  const t = translatorFor(locale);
  return flattenAgenda(agendaTree(rows))
    .map((node) => {
      const presenter = node.presenterName ?? node.presenter?.name;
      const details = [
        node.kind === "DECISION" || node.kind === "QUESTION" ? t(`meetings.emails.itemKinds.${node.kind}`) : null,
        presenter,
        node.durationMinutes ? t("meetings.emails.minutes", { minutes: node.durationMinutes }) : null,
      ].filter(Boolean);
      return `${"   ".repeat(node.depth)}${node.number}. ${node.title}${details.length ? ` (${details.join(", ")})` : ""}`;
    })
    .join("\n");
}

export function convocationEmail(input: {
  association: Association;
  meeting: Meeting;
  recipient: Recipient;
  senderName: string;
  agenda: readonly AgendaLine[];
  link: string;
  ics: string;
}): NewEmail {
  const { association, meeting, recipient } = input;
  const t = translatorFor(recipient.locale);
  const when = meetingWhen(meeting, recipient.locale, association.timezone);
  const lines = [
    t("meetings.emails.greeting", { name: recipient.name }),
    "",
    t("meetings.emails.convocation.intro", { sender: input.senderName, title: meeting.title, association: association.name }),
    "",
    t("meetings.emails.when", { when }),
    meeting.place ? t("meetings.emails.place", { place: meeting.place }) : null,
    meeting.remoteAccess ? t("meetings.emails.remote", { remote: meeting.remoteAccess }) : null,
    "",
    t("meetings.emails.convocation.agenda"),
    input.agenda.length ? agendaText(input.agenda, recipient.locale) : t("meetings.emails.convocation.noAgenda"),
    "",
    t("meetings.emails.link", { link: input.link }),
    t("meetings.emails.convocation.attachment"),
  ].filter((line) => line !== null);
  return {
    associationId: association.id,
    to: recipient.email,
    subject: t("meetings.emails.convocation.subject", { title: meeting.title, when }),
    text: lines.join("\n"),
    attachments: [{ filename: "reunion.ics", contentType: "text/calendar; charset=utf-8; method=PUBLISH", content: input.ics }],
  };
}

export function cancellationEmail(input: { association: Association; meeting: Meeting; recipient: Recipient; senderName: string; link: string; ics: string }): NewEmail {
  const { association, meeting, recipient } = input;
  const t = translatorFor(recipient.locale);
  const when = meetingWhen(meeting, recipient.locale, association.timezone);
  const text = [
    t("meetings.emails.greeting", { name: recipient.name }),
    "",
    t("meetings.emails.cancellation.intro", { sender: input.senderName, title: meeting.title, association: association.name, when }),
    "",
    t("meetings.emails.link", { link: input.link }),
    t("meetings.emails.cancellation.attachment"),
  ].join("\n");
  return {
    associationId: association.id,
    to: recipient.email,
    subject: t("meetings.emails.cancellation.subject", { title: meeting.title, when }),
    text,
    attachments: [{ filename: "annulation.ics", contentType: "text/calendar; charset=utf-8; method=CANCEL", content: input.ics }],
  };
}
