import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { Checkbox, CheckboxGroup, SubmitButton, TextArea, TextField } from "@/components/fields";
import { FormDetails } from "@/features/actions/components/form-details";
import { addGroupsFollowUpAction, createGroupAction, editGroupAction, groupNoteAction } from "../actions";

type Member = { id: string; name: string };

export async function CreateGroupForm({ associationId, members }: { associationId: string; members: Member[] }) {
  const t = await getTranslations("groups.form");
  return (
    <ActionForm action={createGroupAction} label={t("createLabel")}>
      <input type="hidden" name="associationId" value={associationId} />
      <TextField name="name" label={t("name")} required maxLength={120} />
      <TextArea name="description" label={t("description")} rows={3} />
      <CheckboxGroup name="referents" legend={t("referents")} options={members.map((m) => ({ value: m.id, label: m.name }))} />
      <SubmitButton>{t("create")}</SubmitButton>
    </ActionForm>
  );
}

type Group = { id: string; name: string; description: string | null; active: boolean; referents: { userId: string; user: { name: string } }[] };

export async function EditGroupForm({ associationId, group, members }: { associationId: string; group: Group; members: Member[] }) {
  const t = await getTranslations("groups.form");
  // Referents whose term has ended stay listed on their group until someone unticks them.
  const options = [...members, ...group.referents.filter((r) => !members.some((m) => m.id === r.userId)).map((r) => ({ id: r.userId, name: r.user.name }))];
  return (
    <ActionForm action={editGroupAction} label={t("editLabel", { name: group.name })}>
      <input type="hidden" name="associationId" value={associationId} />
      <input type="hidden" name="groupId" value={group.id} />
      <FormDetails summary={t("edit")}>
        <TextField name="name" label={t("name")} required maxLength={120} defaultValue={group.name} />
        <TextArea name="description" label={t("description")} rows={3} defaultValue={group.description ?? undefined} />
        <CheckboxGroup name="referents" legend={t("referents")} defaultValues={group.referents.map((r) => r.userId)} options={options.map((m) => ({ value: m.id, label: m.name }))} />
        <Checkbox name="active" label={t("active")} defaultChecked={group.active} />
        <SubmitButton>{t("save")}</SubmitButton>
      </FormDetails>
    </ActionForm>
  );
}

/** The note about a group at a meeting, kept as the group's history. */
export async function GroupNoteForm({ associationId, agendaItemId, note, label }: { associationId: string; agendaItemId: string; note: string | null; label: string }) {
  const t = await getTranslations("groups.followUp");
  return (
    <ActionForm action={groupNoteAction} label={label}>
      <input type="hidden" name="associationId" value={associationId} />
      <input type="hidden" name="agendaItemId" value={agendaItemId} />
      <TextArea name="note" label={t("note")} rows={2} defaultValue={note ?? undefined} />
      <SubmitButton variant="secondary">{t("saveNote")}</SubmitButton>
    </ActionForm>
  );
}

export async function AddGroupsFollowUpForm({ associationId, meetingId }: { associationId: string; meetingId: string }) {
  const t = await getTranslations("groups.followUp");
  return (
    <ActionForm action={addGroupsFollowUpAction} label={t("addLabel")}>
      <input type="hidden" name="associationId" value={associationId} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <p className="muted text-sm">{t("addHint")}</p>
      <SubmitButton variant="secondary">{t("add")}</SubmitButton>
    </ActionForm>
  );
}
