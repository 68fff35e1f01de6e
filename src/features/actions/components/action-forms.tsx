import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { Checkbox, SelectField, SubmitButton, TextArea, TextField } from "@/components/fields";
import { dateColumnToLocal, isoDate } from "@/lib/zoned-time";
import { addActionsFollowUpAction, changeStatusAction, createActionAction, editActionAction, recordFollowUpAction } from "../actions";
import { OTHER_ASSIGNEE } from "../schema";
import { FormDetails } from "./form-details";

type Member = { id: string; name: string };

async function AssigneeFields({ members, assigneeId, assigneeName }: { members: Member[]; assigneeId?: string | null; assigneeName?: string | null }) {
  const t = await getTranslations("actions.form");
  const current = assigneeId ?? (assigneeName ? OTHER_ASSIGNEE : "");
  // Someone assigned earlier who has left stays selectable on the action they hold.
  const options = assigneeId && !members.some((m) => m.id === assigneeId) ? [...members, { id: assigneeId, name: t("formerMember") }] : members;
  return (
    <div className="grid-2">
      <SelectField
        name="assignee"
        label={t("assignee")}
        defaultValue={current}
        options={[{ value: "", label: t("nobody") }, ...options.map((m) => ({ value: m.id, label: m.name })), { value: OTHER_ASSIGNEE, label: t("other") }]}
      />
      <TextField name="assigneeName" label={t("assigneeName")} hint={t("assigneeNameHint")} defaultValue={assigneeName ?? undefined} maxLength={120} />
    </div>
  );
}

/** A new action: from an agenda item (`agendaItemId`) or on its own. */
export async function CreateActionForm({
  associationId,
  agendaItemId,
  members,
  label,
  notBefore,
  folded,
}: {
  associationId: string;
  agendaItemId?: string;
  members: Member[];
  label: string;
  notBefore?: Date;
  /** When given, the fields fold under this summary. */
  folded?: string;
}) {
  const t = await getTranslations("actions.form");
  const fields = (
    <>
      <TextField name="title" label={t("title")} required maxLength={200} />
      <TextArea name="detail" label={t("detail")} rows={2} />
      <AssigneeFields members={members} />
      <TextField name="dueOn" type="date" label={t("dueOn")} hint={notBefore ? t("dueNotBefore", { date: isoDate(dateColumnToLocal(notBefore)) }) : undefined} />
      <SubmitButton>{t("create")}</SubmitButton>
    </>
  );
  return (
    <ActionForm action={createActionAction} label={label}>
      <input type="hidden" name="associationId" value={associationId} />
      {agendaItemId ? <input type="hidden" name="agendaItemId" value={agendaItemId} /> : null}
      {folded ? <FormDetails summary={folded}>{fields}</FormDetails> : fields}
    </ActionForm>
  );
}

type EditableAction = { id: string; title: string; detail: string | null; assigneeId: string | null; assigneeName: string | null; dueOn: Date | null };

export async function EditActionForm({ associationId, action, members, label }: { associationId: string; action: EditableAction; members: Member[]; label: string }) {
  const t = await getTranslations("actions.form");
  return (
    <ActionForm action={editActionAction} label={label}>
      <input type="hidden" name="associationId" value={associationId} />
      <input type="hidden" name="actionId" value={action.id} />
      <TextField name="title" label={t("title")} required maxLength={200} defaultValue={action.title} />
      <TextArea name="detail" label={t("detail")} rows={3} defaultValue={action.detail ?? undefined} />
      <AssigneeFields members={members} assigneeId={action.assigneeId} assigneeName={action.assigneeName} />
      <TextField name="dueOn" type="date" label={t("dueOn")} defaultValue={action.dueOn ? isoDate(dateColumnToLocal(action.dueOn)) : undefined} />
      <SubmitButton>{t("save")}</SubmitButton>
    </ActionForm>
  );
}

/** Open, in progress or done, with a note: for those who record and for the assignee. */
export async function ChangeStatusForm({ associationId, action, label }: { associationId: string; action: { id: string; status: string }; label: string }) {
  const t = await getTranslations("actions");
  return (
    <ActionForm action={changeStatusAction} label={label}>
      <input type="hidden" name="associationId" value={associationId} />
      <input type="hidden" name="actionId" value={action.id} />
      <SelectField
        name="status"
        label={t("form.newStatus")}
        defaultValue={action.status === "OPEN" ? "IN_PROGRESS" : action.status === "IN_PROGRESS" ? "DONE" : "OPEN"}
        options={(["OPEN", "IN_PROGRESS", "DONE"] as const).map((status) => ({ value: status, label: t(`status.${status}`) }))}
      />
      <TextArea name="note" label={t("form.note")} rows={2} />
      <SubmitButton>{t("form.updateStatus")}</SubmitButton>
    </ActionForm>
  );
}

/** Cancelling closes an action for good, so it asks for confirmation. */
export async function CancelActionForm({ associationId, actionId, label }: { associationId: string; actionId: string; label: string }) {
  const t = await getTranslations("actions.form");
  return (
    <ActionForm action={changeStatusAction} label={label}>
      <input type="hidden" name="associationId" value={associationId} />
      <input type="hidden" name="actionId" value={actionId} />
      <input type="hidden" name="status" value="CANCELLED" />
      <FormDetails summary={t("cancel")}>
        <TextArea name="note" label={t("cancelReason")} rows={2} />
        <Checkbox name="confirm" label={t("confirmCancel")} />
        <SubmitButton variant="danger">{t("cancel")}</SubmitButton>
      </FormDetails>
    </ActionForm>
  );
}

/** During a later meeting: where the action stands, one button per answer. */
export async function FollowUpForm({ associationId, agendaItemId, label, note }: { associationId: string; agendaItemId: string; label: string; note?: string | null }) {
  const t = await getTranslations("actions.followUp");
  return (
    <ActionForm action={recordFollowUpAction} label={label} className="inline-form">
      <input type="hidden" name="associationId" value={associationId} />
      <input type="hidden" name="agendaItemId" value={agendaItemId} />
      <TextField name="note" label={t("note")} defaultValue={note ?? undefined} maxLength={2000} className="grow" />
      <SubmitButton name="outcome" value="DONE">
        {t("outcome.DONE")}
      </SubmitButton>
      <SubmitButton name="outcome" value="IN_PROGRESS" variant="secondary">
        {t("outcome.IN_PROGRESS")}
      </SubmitButton>
      <SubmitButton name="outcome" value="NOT_DISCUSSED" variant="secondary">
        {t("outcome.NOT_DISCUSSED")}
      </SubmitButton>
    </ActionForm>
  );
}

export async function AddActionsFollowUpForm({ associationId, meetingId }: { associationId: string; meetingId: string }) {
  const t = await getTranslations("actions.followUp");
  return (
    <ActionForm action={addActionsFollowUpAction} label={t("addLabel")}>
      <input type="hidden" name="associationId" value={associationId} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <p className="muted text-sm">{t("addHint")}</p>
      <SubmitButton variant="secondary">{t("add")}</SubmitButton>
    </ActionForm>
  );
}
