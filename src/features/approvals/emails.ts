import "server-only";
import type { NewEmail } from "@/features/notifications/commands";
import { appUrl } from "@/lib/config";
import { isLocale, translatorFor, type AppLocale } from "@/lib/i18n/messages";

export type Recipient = { id: string; email: string; name: string; locale: string | null };
export type ReviewContext = {
  reviewId: string;
  association: { id: string; slug: string; name: string; timezone: string; locale: AppLocale };
  meeting: { id: string; title: string; startsAt: Date };
  closesAt: Date;
};

const localeOf = (recipient: Recipient, fallback: AppLocale): AppLocale => (isLocale(recipient.locale) ? recipient.locale : fallback);

function common(context: ReviewContext, recipient: Recipient) {
  const locale = localeOf(recipient, context.association.locale);
  const t = translatorFor(locale);
  const when = (instant: Date, withTime = false) =>
    new Intl.DateTimeFormat(locale, { dateStyle: "long", ...(withTime ? { timeStyle: "short" } : {}), timeZone: context.association.timezone }).format(instant);
  return {
    t,
    values: {
      name: recipient.name,
      association: context.association.name,
      meeting: context.meeting.title,
      date: when(context.meeting.startsAt),
      closes: when(context.closesAt, true),
      link: `${appUrl()}/a/${context.association.slug}/meetings/${context.meeting.id}/minutes`,
    },
  };
}

/** To each elector (and advisory member) when the window opens. */
export function openingEmail(context: ReviewContext, recipient: Recipient, role: "ELECTOR" | "ADVISORY"): NewEmail {
  const { t, values } = common(context, recipient);
  const key = role === "ELECTOR" ? "approvals.emails.opening" : "approvals.emails.openingAdvisory";
  return {
    associationId: context.association.id,
    to: recipient.email,
    subject: t(`${key}.subject`, values),
    text: t(`${key}.text`, values),
    dedupeKey: `review:${context.reviewId}:opening:${recipient.id}`,
  };
}

/** Three days before the close, to the electors who have not answered. */
export function reminderEmail(context: ReviewContext, recipient: Recipient, daysLeft: number): NewEmail {
  const { t, values } = common(context, recipient);
  return {
    associationId: context.association.id,
    to: recipient.email,
    subject: t("approvals.emails.reminder.subject", { ...values, days: daysLeft }),
    text: t("approvals.emails.reminder.text", { ...values, days: daysLeft }),
    dedupeKey: `review:${context.reviewId}:reminder:${recipient.id}`,
  };
}

export type Outcome =
  | { status: "APPROVED"; tacit: number }
  | { status: "CONTESTED"; objectors: string; followUp: { kind: "meeting"; title: string; startsAt: Date } | { kind: "backlog" } };

/** After the close, to every elector and advisory member. */
export function resultEmail(context: ReviewContext, recipient: Recipient, outcome: Outcome): NewEmail {
  const { t, values } = common(context, recipient);
  const locale = localeOf(recipient, context.association.locale);
  let subject: string;
  let text: string;
  if (outcome.status === "APPROVED") {
    subject = t("approvals.emails.approved.subject", values);
    text = t("approvals.emails.approved.text", { ...values, tacit: outcome.tacit });
  } else {
    const next =
      outcome.followUp.kind === "meeting"
        ? t("approvals.emails.contested.nextMeeting", {
            meeting: outcome.followUp.title,
            date: new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: context.association.timezone }).format(outcome.followUp.startsAt),
          })
        : t("approvals.emails.contested.backlog");
    subject = t("approvals.emails.contested.subject", values);
    text = t("approvals.emails.contested.text", { ...values, objectors: outcome.objectors, next });
  }
  return { associationId: context.association.id, to: recipient.email, subject, text, dedupeKey: `review:${context.reviewId}:result:${recipient.id}` };
}
