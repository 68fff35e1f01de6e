import "server-only";
import type { NewEmail } from "@/features/notifications/commands";
import { appUrl } from "@/lib/config";
import { translatorFor, type AppLocale } from "@/lib/i18n/messages";

/** Tells a member that an action is now theirs, with links to it and to its meeting. */
export function actionAssignedEmail(input: {
  associationId: string;
  associationName: string;
  associationSlug: string;
  locale: AppLocale;
  timezone: string;
  to: string;
  assigneeName: string;
  assignedBy: string;
  action: { id: string; title: string; detail: string | null; dueOn: Date | null };
  meeting: { id: string; title: string } | null;
}): NewEmail {
  const t = translatorFor(input.locale);
  const base = `${appUrl()}/a/${input.associationSlug}`;
  const due = input.action.dueOn
    ? t("actions.emails.assigned.due", { date: new Intl.DateTimeFormat(input.locale, { dateStyle: "long", timeZone: "UTC" }).format(input.action.dueOn) })
    : t("actions.emails.assigned.noDue");
  const meeting = input.meeting
    ? t("actions.emails.assigned.meeting", { meeting: input.meeting.title, link: `${base}/meetings/${input.meeting.id}` })
    : t("actions.emails.assigned.noMeeting");
  return {
    associationId: input.associationId,
    to: input.to,
    subject: t("actions.emails.assigned.subject", { association: input.associationName, title: input.action.title }),
    text: t("actions.emails.assigned.text", {
      name: input.assigneeName,
      by: input.assignedBy,
      title: input.action.title,
      detail: input.action.detail ?? "",
      due,
      meeting,
      link: `${base}/actions/${input.action.id}`,
    }),
  };
}
