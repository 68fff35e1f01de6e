import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { Checkbox, SelectField, SubmitButton, TextArea, TextField } from "@/components/fields";
import { addErratumAction, addFreeSectionAction, removeSectionAction, startFromAgendaAction } from "../actions";

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
    <details>
      <summary>{t("addSection")}</summary>
      <ActionForm action={addFreeSectionAction} label={t("addSection")} className="inline-form mt-2">
        <Hidden {...ref} />
        <TextField name="title" label={t("addSectionTitle")} required maxLength={200} />
        <SelectField name="visibility" label={t("visibilityLabel")} defaultValue="MEMBERS" options={(["PUBLIC", "MEMBERS", "BOARD"] as const).map((v) => ({ value: v, label: t(`visibility.${v}`) }))} />
        <SubmitButton variant="secondary">{t("addSectionSubmit")}</SubmitButton>
      </ActionForm>
    </details>
  );
}

export async function RemoveSectionForm({ sectionId, title, ...ref }: Ref & { sectionId: string; title: string }) {
  const t = await getTranslations("minutes");
  return (
    <details>
      <summary>{t("removeSection")}</summary>
      <ActionForm action={removeSectionAction} label={`${t("removeSection")} : ${title}`} className="inline-form mt-2">
        <Hidden {...ref} />
        <input type="hidden" name="sectionId" value={sectionId} />
        <Checkbox name="confirm" label={t("confirmRemove", { section: title })} />
        <SubmitButton variant="danger">{t("removeSection")}</SubmitButton>
      </ActionForm>
    </details>
  );
}

export async function ErratumForm(ref: Ref) {
  const t = await getTranslations("minutes.errata");
  return (
    <details>
      <summary>{t("add")}</summary>
      <ActionForm action={addErratumAction} label={t("add")} className="mt-2">
        <Hidden {...ref} />
        <TextArea name="text" label={t("text")} required rows={3} />
        <SubmitButton variant="secondary">{t("submit")}</SubmitButton>
      </ActionForm>
    </details>
  );
}
