import { getLocale, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { setLocaleAction } from "@/features/auth/actions";
import { PATH_HEADER } from "@/features/auth/locale";

/** Two buttons posting the choice: works without JavaScript and is remembered. */
export async function LanguageSwitch() {
  const locale = await getLocale();
  const t = await getTranslations("common");
  const back = (await headers()).get(PATH_HEADER) ?? "/";
  return (
    <form action={setLocaleAction} className="flex items-center gap-2" aria-label={t("language")}>
      <input type="hidden" name="back" value={back} />
      {(["fr", "en"] as const).map((code) => (
        <button
          key={code}
          type="submit"
          name="locale"
          value={code}
          className="link-button"
          aria-pressed={locale === code}
          lang={code}
          style={{ fontWeight: locale === code ? 700 : 400 }}
        >
          {code === "fr" ? "Français" : "English"}
        </button>
      ))}
    </form>
  );
}
