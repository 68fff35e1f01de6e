import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { Checkbox, SubmitButton } from "@/components/fields";
import { cancelMeetingAction, conveneAction, markHeldAction } from "../actions";
import { Disclosure } from "./disclosure";

type Ref = { associationId: string; meetingId: string };

function Ids({ associationId, meetingId }: Ref) {
  return (
    <>
      <input type="hidden" name="associationId" value={associationId} />
      <input type="hidden" name="meetingId" value={meetingId} />
    </>
  );
}

/** Sends the invitation to the board; a second sending asks for a tick first. */
export async function ConveneForm({ ids, convenedAt, boardSize, agendaItems, timezone }: { ids: Ref; convenedAt: Date | null; boardSize: number; agendaItems: number; timezone: string }) {
  const t = await getTranslations("meetings.convene");
  const format = await getFormatter();
  return (
    <ActionForm action={conveneAction} label={t("title")}>
      <Ids {...ids} />
      <p>{t("explain", { count: boardSize })}</p>
      {agendaItems === 0 ? <p className="notice notice-warn">{t("noAgenda")}</p> : <p className="muted">{t("agendaItems", { count: agendaItems })}</p>}
      {convenedAt ? (
        <>
          <p>{t("already", { date: format.dateTime(convenedAt, { dateStyle: "long", timeStyle: "short", timeZone: timezone }) })}</p>
          <Checkbox name="resend" label={t("confirmResend")} />
          <SubmitButton variant="secondary">{t("resend")}</SubmitButton>
        </>
      ) : (
        <SubmitButton>{t("send")}</SubmitButton>
      )}
    </ActionForm>
  );
}

export async function MarkHeldForm({ ids }: { ids: Ref }) {
  const t = await getTranslations("meetings.manage");
  return (
    <ActionForm action={markHeldAction} label={t("markHeld")} className="inline-form">
      <Ids {...ids} />
      <SubmitButton variant="secondary">{t("markHeld")}</SubmitButton>
    </ActionForm>
  );
}

export async function CancelMeetingForm({ ids, convened }: { ids: Ref; convened: boolean }) {
  const t = await getTranslations("meetings.manage");
  return (
    <ActionForm action={cancelMeetingAction} label={t("cancel")}>
      <Ids {...ids} />
      <Disclosure summary={t("cancel")}>
        <p>{convened ? t("cancelExplainConvened") : t("cancelExplain")}</p>
        <Checkbox name="confirm" label={t("confirmCancel")} />
        <SubmitButton variant="danger">{t("cancel")}</SubmitButton>
      </Disclosure>
    </ActionForm>
  );
}
