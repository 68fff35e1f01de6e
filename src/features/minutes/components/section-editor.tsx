import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { SubmitButton, TextArea, TextField } from "@/components/fields";
import { saveSectionAction } from "../actions";
import { ConflictPanel, EchoedHidden } from "./conflict-panel";

type Props = {
  associationId: string;
  meetingId: string;
  section: { id: string; kind: "HEADER" | "ITEM" | "FREE"; title: string; body: string; version: number };
  amendment: boolean;
};

/** One section's text. The version it was opened at goes with it: a save over a newer text is refused. */
export async function SectionEditor({ associationId, meetingId, section, amendment }: Props) {
  const t = await getTranslations("minutes.editor");
  return (
    <ActionForm action={saveSectionAction} label={t("save")}>
      <input type="hidden" name="associationId" value={associationId} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="sectionId" value={section.id} />
      <EchoedHidden name="baseVersion" defaultValue={String(section.version)} />
      {amendment ? <p className="notice notice-warn">{t("amendmentNotice")}</p> : null}
      <ConflictPanel labels={{ title: t("conflictTitle"), text: t("conflictText"), newer: t("newerText"), differences: t("differences") }} />
      {section.kind !== "ITEM" ? <TextField name="title" label={t("sectionTitle")} defaultValue={section.title} required maxLength={200} /> : null}
      <TextArea name="body" label={t("body")} hint={t("bodyHint")} defaultValue={section.body} rows={16} />
      <TextField name="note" label={t("note")} hint={amendment ? t("noteRequiredHint") : t("noteOptionalHint")} required={amendment} maxLength={300} />
      <SubmitButton>{t("save")}</SubmitButton>
    </ActionForm>
  );
}
