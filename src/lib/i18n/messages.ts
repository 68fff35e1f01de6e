import type {} from "next-intl"; // for the AppConfig augmentation below
import { createTranslator } from "use-intl/core";
import { catalogs } from "@/messages";

export const LOCALES = ["fr", "en"] as const;
export type AppLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = "fr";

export type Messages = Record<string, unknown>;

type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;
/** Every feature's English messages merged: the shape both languages must have. */
export type AppMessages = UnionToIntersection<(typeof catalogs)["en"][number]>;

declare module "next-intl" {
  interface AppConfig {
    Locale: AppLocale;
    Messages: AppMessages;
  }
}

export const isLocale = (value: unknown): value is AppLocale => value === "fr" || value === "en";

const merged = new Map<AppLocale, Messages>();

/** Each feature keeps its own message file; they are merged here, deeply, once per locale. */
export function messagesFor(locale: AppLocale): AppMessages {
  let messages = merged.get(locale);
  if (!messages) {
    messages = {};
    for (const file of catalogs[locale]) deepMerge(messages, file as Messages);
    merged.set(locale, messages);
  }
  return messages as AppMessages;
}

function deepMerge(target: Messages, source: Messages): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (isObject(existing) && isObject(value)) deepMerge(existing, value);
    else target[key] = value;
  }
}

const isObject = (value: unknown): value is Messages => typeof value === "object" && value !== null && !Array.isArray(value);

/** For e-mails and jobs, where there is no request to take the locale from. */
export function translatorFor(locale: AppLocale) {
  return createTranslator({ locale, messages: messagesFor(locale) });
}
export type Translator = ReturnType<typeof translatorFor>;
