import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { Checkbox, SelectField, SubmitButton, TextArea } from "@/components/fields";
import { answerAction, closeEarlyAction, openReviewAction, opinionAction, settleAction, withdrawAction } from "../actions";
import { ANSWER_KINDS, type ResponseRow } from "../rules";
import { FormDetails } from "./form-details";
import { RadioGroup } from "./radio-group";

type ReviewRef = { associationId: string; reviewId: string };
const Hidden = ({ associationId, reviewId }: ReviewRef) => (
  <>
    <input type="hidden" name="associationId" value={associationId} />
    <input type="hidden" name="reviewId" value={reviewId} />
  </>
);

export async function OpenReviewForm({ associationId, meetingId, revision, days, reopen }: { associationId: string; meetingId: string; revision: number; days: number; reopen: boolean }) {
  const t = await getTranslations("approvals");
  return (
    <ActionForm action={openReviewAction} label={reopen ? t("reopen.title") : t("open.button")} className="card">
      <input type="hidden" name="associationId" value={associationId} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <p>{reopen ? t("reopen.hint", { revision, days }) : t("open.hint", { revision, days })}</p>
      <SubmitButton>{reopen ? t("reopen.title") : t("open.button")}</SubmitButton>
    </ActionForm>
  );
}

/** My answer: works without JavaScript; the standing answer is shown and can be changed or withdrawn. */
export async function AnswerForm({ standing, lastOwn, timezone, ...ref }: ReviewRef & { standing: ResponseRow | null; lastOwn: ResponseRow | null; timezone: string }) {
  const t = await getTranslations("approvals.answer");
  const table = await getTranslations("approvals.table");
  const format = await getFormatter();
  return (
    <section aria-labelledby="my-answer" className="card">
      <h2 id="my-answer" style={{ marginTop: 0 }}>
        {t("title")}
      </h2>
      {standing && standing.kind !== "WITHDRAWN" && standing.kind !== "OPINION" ? (
        <p>
          {t("current", {
            answer: table(standing.kind),
            date: format.dateTime(standing.at, { dateStyle: "medium", timeStyle: "short", timeZone: timezone }),
            revision: standing.revisionNumber,
          })}{" "}
          {t("change")}
        </p>
      ) : lastOwn?.kind === "WITHDRAWN" ? (
        <p>{t("withdrawnOn", { date: format.dateTime(lastOwn.at, { dateStyle: "medium", timeStyle: "short", timeZone: timezone }) })}</p>
      ) : (
        <p>{t("none")}</p>
      )}
      <ActionForm action={answerAction} label={t("title")}>
        <Hidden {...ref} />
        <RadioGroup name="kind" legend={t("kind")} options={ANSWER_KINDS.map((kind) => ({ value: kind, label: t(kind) }))} defaultValue={standing?.kind === "APPROVE" || standing?.kind === "APPROVE_WITH_RESERVATION" || standing?.kind === "OBJECT" ? standing.kind : undefined} />
        <TextArea name="note" label={t("note")} hint={t("noteHint")} rows={3} />
        <SubmitButton>{t("submit")}</SubmitButton>
      </ActionForm>
      {standing ? (
        <ActionForm action={withdrawAction} label={t("withdraw")} className="mt-3">
          <Hidden {...ref} />
          <SubmitButton variant="secondary">{t("withdraw")}</SubmitButton>
        </ActionForm>
      ) : null}
    </section>
  );
}

export async function OpinionForm({ standing, ...ref }: ReviewRef & { standing: ResponseRow | null }) {
  const t = await getTranslations("approvals.opinion");
  return (
    <section aria-labelledby="my-opinion" className="card">
      <h2 id="my-opinion" style={{ marginTop: 0 }}>
        {t("title")}
      </h2>
      <p className="muted">{t("intro")}</p>
      <ActionForm action={opinionAction} label={t("title")}>
        <Hidden {...ref} />
        <TextArea name="note" label={t("note")} required rows={3} defaultValue={standing?.note ?? undefined} />
        <SubmitButton>{t("submit")}</SubmitButton>
      </ActionForm>
      {standing ? (
        <ActionForm action={withdrawAction} label={t("withdraw")} className="mt-3">
          <Hidden {...ref} />
          <SubmitButton variant="secondary">{t("withdraw")}</SubmitButton>
        </ActionForm>
      ) : null}
    </section>
  );
}

export async function CloseEarlyForm({ closesAt, timezone, ...ref }: ReviewRef & { closesAt: Date; timezone: string }) {
  const t = await getTranslations("approvals.closeEarly");
  const format = await getFormatter();
  return (
    <ActionForm action={closeEarlyAction} label={t("title")} className="card">
      <FormDetails summary={t("title")}>
        <Hidden {...ref} />
        <p>{t("hint", { date: format.dateTime(closesAt, { dateStyle: "long", timeZone: timezone }) })}</p>
        <Checkbox name="confirm" label={t("confirm")} />
        <SubmitButton variant="danger">{t("submit")}</SubmitButton>
      </FormDetails>
    </ActionForm>
  );
}

export async function SettleForm({ meetings, timezone, ...ref }: ReviewRef & { meetings: { id: string; title: string; startsAt: Date }[]; timezone: string }) {
  const t = await getTranslations("approvals.settle");
  const format = await getFormatter();
  if (!meetings.length) return null;
  return (
    <ActionForm action={settleAction} label={t("title")} className="card">
      <FormDetails summary={t("title")}>
        <Hidden {...ref} />
        <SelectField
          name="meetingId"
          label={t("meeting")}
          options={meetings.map((m) => ({ value: m.id, label: `${m.title} (${format.dateTime(m.startsAt, { dateStyle: "medium", timeZone: timezone })})` }))}
        />
        <RadioGroup name="outcome" legend={t("outcome")} options={(["APPROVED", "REJECTED"] as const).map((o) => ({ value: o, label: t(o) }))} />
        <TextArea name="note" label={t("note")} rows={2} />
        <Checkbox name="confirm" label={t("confirm")} />
        <SubmitButton>{t("submit")}</SubmitButton>
      </FormDetails>
    </ActionForm>
  );
}
