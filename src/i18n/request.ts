import { getRequestConfig } from "next-intl/server";
import { requestLocale } from "@/features/auth/locale";
import { messagesFor } from "@/lib/i18n/messages";

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return { locale, messages: messagesFor(locale) };
});
