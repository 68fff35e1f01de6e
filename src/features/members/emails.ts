import "server-only";
import { appUrl } from "@/lib/config";
import { translatorFor, type AppLocale } from "@/lib/i18n/messages";
import type { NewEmail } from "@/features/notifications/commands";

export function invitationEmail(input: {
  associationId: string;
  associationName: string;
  locale: AppLocale;
  timezone: string;
  to: string;
  name: string;
  inviterName: string;
  secret: string;
  expiresAt: Date;
}): NewEmail {
  const t = translatorFor(input.locale);
  const link = `${appUrl()}/invitations/${input.secret}`;
  const expires = new Intl.DateTimeFormat(input.locale, { dateStyle: "long", timeStyle: "short", timeZone: input.timezone }).format(input.expiresAt);
  return {
    associationId: input.associationId,
    to: input.to,
    subject: t("members.emails.invitation.subject", { association: input.associationName }),
    text: t("members.emails.invitation.text", {
      name: input.name,
      inviter: input.inviterName,
      association: input.associationName,
      link,
      expires,
    }),
  };
}
