"use server";
import { AuthError, CredentialsSignin } from "next-auth";
import { getTranslations } from "next-intl/server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { parseForm, refusalState, echoValues } from "@/lib/form-action";
import type { FormState } from "@/lib/form-state";
import { signIn, signOut } from "./auth";
import { requestPasswordReset, resetPassword, setUserLocale } from "./commands";
import { LOCALE_COOKIE, requestLocale } from "./locale";
import { forgotPasswordSchema, localeSchema, resetPasswordSchema, signInSchema } from "./schema";
import { currentUser } from "./session";

/** Only paths of this site: an open redirect would make a sign-in link a phishing tool. */
function safeNext(next: string | undefined): string {
  return next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
}

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = await parseForm(signInSchema, formData);
  if (!parsed.ok) return parsed.state;
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo: safeNext(parsed.data.next) });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error; // Next's redirect travels as an exception
    const t = await getTranslations("auth.signIn");
    const code = error instanceof CredentialsSignin ? error.code : "";
    const minutes = /^locked:(\d+)$/.exec(code)?.[1];
    return {
      status: "error",
      message: minutes ? t("locked", { minutes: Number(minutes) }) : t("badCredentials"),
      values: echoValues(formData),
    };
  }
  return { status: "idle" };
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}

export async function forgotPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = await parseForm(forgotPasswordSchema, formData);
  if (!parsed.ok) return parsed.state;
  await requestPasswordReset(parsed.data.email, await requestLocale(), new Date());
  const t = await getTranslations("auth.forgot");
  return { status: "ok", message: t("sent") };
}

export async function resetPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = await parseForm(resetPasswordSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await resetPassword(new Date(), parsed.data);
  if (!result.ok) return refusalState(result, formData, result.reason.startsWith("PASSWORD_") ? "password" : undefined);
  redirect("/sign-in?reset=1");
}

export async function setLocaleAction(formData: FormData): Promise<void> {
  const parsed = localeSchema.safeParse({ locale: formData.get("locale"), back: formData.get("back") ?? undefined });
  if (!parsed.success) redirect("/");
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax", httpOnly: true });
  const user = await currentUser();
  if (user) await setUserLocale({ userId: user.id, now: new Date() }, parsed.data.locale);
  redirect(safeNext(parsed.data.back));
}
