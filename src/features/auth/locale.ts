import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { DEFAULT_LOCALE, isLocale, LOCALES, type AppLocale } from "@/lib/i18n/messages";
import { associationBySlug } from "@/features/members/queries";
import { currentUser } from "./session";

export const LOCALE_COOKIE = "quorum-locale";
/** Set by the proxy so that the locale can follow the association being looked at. */
export const PATH_HEADER = "x-quorum-path";

/** First the person's choice, then the association's language, then the browser's. */
export const requestLocale = cache(async (): Promise<AppLocale> => {
  const user = await currentUser().catch(() => null);
  if (user?.locale && isLocale(user.locale)) return user.locale;
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  const headerList = await headers();
  const slug = /^\/(?:a|p)\/([^/?#]+)/.exec(headerList.get(PATH_HEADER) ?? "")?.[1];
  if (slug) {
    const association = await associationBySlug(decodeURIComponent(slug)).catch(() => null);
    if (association && isLocale(association.locale)) return association.locale;
  }
  return browserLocale(headerList.get("accept-language")) ?? DEFAULT_LOCALE;
});

/** The first of the browser's languages that Quorum speaks. */
export function browserLocale(acceptLanguage: string | null): AppLocale | null {
  if (!acceptLanguage) return null;
  const ranked = acceptLanguage
    .split(",")
    .map((part) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => /^q=([\d.]+)$/.exec(p.trim())?.[1]).find(Boolean);
      return { language: tag.toLowerCase().split("-")[0], q: q ? Number(q) : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return (ranked.find((entry) => (LOCALES as readonly string[]).includes(entry.language))?.language as AppLocale) ?? null;
}
