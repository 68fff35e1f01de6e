import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { Checkbox, SelectField, SubmitButton, TextArea, TextField } from "@/components/fields";
import { addErratumAction, addFreeSectionAction, removeSectionAction, startFromAgendaAction } from "../actions";
import { FormDetails } from "@/features/approvals/components/form-details";

type Ref = { associationId: string; meetingId: string };
const Hidden = ({ associationId, meetingId }: Ref) => (
  <>
    <input type="hidden" name="associationId" value={associationId} />
    <input type="hidden" name="meetingId" value={meetingId} />
  </>
);

export async function StartFromAgendaForm({ started, ...ref }: Ref & { started: boolean }) {
  const t = await getTranslations("minutes");
  return (
    <ActionForm action={startFromAgendaAction} label={started ? t("syncFromAgenda") : t("startFromAgenda")}>
      <Hidden {...ref} />
      <p className="muted text-sm">{started ? t("syncHint") : t("startHint")}</p>
      <SubmitButton variant={started ? "secondary" : "primary"}>{started ? t("syncFromAgenda") : t("startFromAgenda")}</SubmitButton>
    </ActionForm>
  );
}

export async function AddSectionForm(ref: Ref) {
  const t = await getTranslations("minutes");
  return (
    <ActionForm action={addFreeSectionAction} label={t("addSection")}>
      <FormDetails summary={t("addSection")}>
        <div className="inline-form">
          <Hidden {...ref} />
          <TextField name="title" label={t("addSectionTitle")} required maxLength={200} />
          <SelectField name="visibility" label={t("visibilityLabel")} defaultValue="MEMBERS" options={(["PUBLIC", "MEMBERS", "BOARD"] as const).map((v) => ({ value: v, label: t(`visibility.${v}`) }))} />
          <SubmitButton variant="secondary">{t("addSectionSubmit")}</SubmitButton>
        </div>
      </FormDetails>
    </ActionForm>
  );
}

export async function RemoveSectionForm({ sectionId, title, ...ref }: Ref & { sectionId: string; title: string }) {
  const t = await getTranslations("minutes");
  return (
    <ActionForm action={removeSectionAction} label={`${t("removeSection")} : ${title}`}>
      <FormDetails summary={t("removeSection")}>
        <div className="inline-form">
          <Hidden {...ref} />
          <input type="hidden" name="sectionId" value={sectionId} />
          <Checkbox name="confirm" label={t("confirmRemove", { section: title })} />
          <SubmitButton variant="danger">{t("removeSection")}</SubmitButton>
        </div>
      </FormDetails>
    </ActionForm>
  );
}

export async function ErratumForm(ref: Ref) {
  const t = await getTranslations("minutes.errata");
  return (
    <ActionForm action={addErratumAction} label={t("add")}>
      <FormDetails summary={t("add")}>
        <Hidden {...ref} />
        <TextArea name="text" label={t("text")} required rows={3} />
        <SubmitButton variant="secondary">{t("submit")}</SubmitButton>
      </FormDetails>
    </ActionForm>
  );
}
