import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { SubmitButton, TextField } from "@/components/fields";
import { resetPasswordAction } from "@/features/auth/actions";
import { PASSWORD_MIN_LENGTH } from "@/features/auth/rules";

export async function generateMetadata() {
  return { title: (await getTranslations("auth.reset"))("title") };
}

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("auth.reset");
  return (
    <div className="narrow card">
      <h1>{t("title")}</h1>
      <ActionForm action={resetPasswordAction} label={t("title")}>
        <input type="hidden" name="token" value={token} />
        <TextField name="password" type="password" label={t("password")} hint={t("rules", { min: PASSWORD_MIN_LENGTH })} autoComplete="new-password" required />
        <TextField name="confirm" type="password" label={t("confirm")} autoComplete="new-password" required />
        <SubmitButton>{t("submit")}</SubmitButton>
      </ActionForm>
    </div>
  );
}
