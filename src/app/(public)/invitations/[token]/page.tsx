import { getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { ActionForm } from "@/components/action-form";
import { SubmitButton, TextField } from "@/components/fields";
import { signOutAction } from "@/features/auth/actions";
import { PASSWORD_MIN_LENGTH } from "@/features/auth/rules";
import { currentUser } from "@/features/auth/session";
import { acceptAsNewUserAction, acceptInvitationAction } from "@/features/members/actions";
import { invitationForLink } from "@/features/members/queries";
import { RoleLabel } from "@/features/members/components/role-label";

export async function generateMetadata() {
  return { title: (await getTranslations("invitation"))("title") };
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("invitation");
  const invitation = await invitationForLink(token, new Date());
  if (invitation.state !== "VALID") {
    return (
      <div className="narrow card">
        <h1>{t("title")}</h1>
        <p className="notice notice-error" role="alert">
          {t(`state.${invitation.state}`)}
        </p>
        <p>{t("askAgain")}</p>
      </div>
    );
  }
  const user = await currentUser();
  return (
    <div className="narrow card">
      <h1>{t("joinTitle", { association: invitation.association.name })}</h1>
      <p>
        {t("invitedAs")} <RoleLabel kind={invitation.kind} offices={invitation.offices} />
      </p>
      {user ? (
        user.email === invitation.email ? (
          <ActionForm action={acceptInvitationAction} label={t("accept")}>
            <input type="hidden" name="token" value={token} />
            <SubmitButton>{t("accept")}</SubmitButton>
          </ActionForm>
        ) : (
          <>
            <p className="notice notice-warn">{t("otherAccount", { signedIn: user.email, invited: invitation.email })}</p>
            <form action={signOutAction}>
              <button type="submit" className="button button-secondary">
                {t("signOutFirst")}
              </button>
            </form>
          </>
        )
      ) : invitation.hasAccount ? (
        <p>
          {t("haveAccount", { email: invitation.email })}{" "}
          <Link href={`/sign-in?next=${encodeURIComponent(`/invitations/${token}`)}`}>{t("signInToAccept")}</Link>
        </p>
      ) : (
        <ActionForm action={acceptAsNewUserAction} label={t("createAccount")}>
          <input type="hidden" name="token" value={token} />
          <p className="muted">{t("newAccount", { email: invitation.email })}</p>
          <TextField name="name" label={t("name")} defaultValue={invitation.name} autoComplete="name" required />
          <TextField name="password" type="password" label={t("password")} hint={t("passwordRules", { min: PASSWORD_MIN_LENGTH })} autoComplete="new-password" required />
          <TextField name="confirm" type="password" label={t("confirm")} autoComplete="new-password" required />
          <SubmitButton>{t("createAndJoin")}</SubmitButton>
        </ActionForm>
      )}
    </div>
  );
}
