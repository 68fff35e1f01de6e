import { getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { ActionForm } from "@/components/action-form";
import { SubmitButton, TextField } from "@/components/fields";
import { forgotPasswordAction } from "@/features/auth/actions";

export async function generateMetadata() {
  return { title: (await getTranslations("auth.forgot"))("title") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("auth.forgot");
  return (
    <div className="narrow card">
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <ActionForm action={forgotPasswordAction} label={t("title")}>
        <TextField name="email" type="email" label={t("email")} autoComplete="username" required />
        <SubmitButton>{t("submit")}</SubmitButton>
      </ActionForm>
      <p className="mt-4">
        <Link href="/sign-in">{t("back")}</Link>
      </p>
    </div>
  );
}
