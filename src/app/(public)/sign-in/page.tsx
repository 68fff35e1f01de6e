import { getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { redirect } from "next/navigation";
import { ActionForm } from "@/components/action-form";
import { SubmitButton, TextField } from "@/components/fields";
import { signInAction } from "@/features/auth/actions";
import { currentUser } from "@/features/auth/session";

export async function generateMetadata() {
  return { title: (await getTranslations("auth.signIn"))("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; reset?: string }> }) {
  const { next, reset } = await searchParams;
  if (await currentUser()) redirect(next && next.startsWith("/") && !next.startsWith("//") ? next : "/");
  const t = await getTranslations("auth.signIn");
  return (
    <div className="narrow card">
      <h1>{t("title")}</h1>
      {reset ? (
        <p className="notice notice-ok" role="status">
          {t("passwordChanged")}
        </p>
      ) : null}
      <ActionForm action={signInAction} label={t("title")}>
        <input type="hidden" name="next" value={next ?? ""} />
        <TextField name="email" type="email" label={t("email")} autoComplete="username" required />
        <TextField name="password" type="password" label={t("password")} autoComplete="current-password" required />
        <SubmitButton>{t("submit")}</SubmitButton>
      </ActionForm>
      <p className="mt-4">
        <Link href="/forgot-password">{t("forgot")}</Link>
      </p>
    </div>
  );
}
