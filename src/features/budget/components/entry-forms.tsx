import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { Checkbox, SelectField, SubmitButton, TextField } from "@/components/fields";
import { addEntryAction, addSnapshotAction, deleteEntryAction, deleteSnapshotAction } from "../actions";

export async function AddEntryForm({ associationId, lines, defaultLineId, today }: { associationId: string; lines: { id: string; label: string; kind: string }[]; defaultLineId?: string; today: string }) {
  const t = await getTranslations("budget.entries");
  const kinds = await getTranslations("budget.table");
  return (
    <ActionForm action={addEntryAction} label={t("addTitle")}>
      <input type="hidden" name="associationId" value={associationId} />
      <div className="grid-2">
        <SelectField
          name="lineId"
          label={t("line")}
          defaultValue={defaultLineId ?? lines[0]?.id}
          options={lines.map((l) => ({ value: l.id, label: `${l.kind === "EXPENSE" ? kinds("expenses") : kinds("income")} · ${l.label}` }))}
        />
        <TextField name="date" type="date" label={t("date")} defaultValue={today} required />
        <TextField name="amount" label={t("amount")} hint={t("amountHint")} inputMode="decimal" required />
        <TextField name="label" label={t("label")} required maxLength={200} />
        <TextField name="reference" label={t("reference")} hint={t("referenceHint")} maxLength={100} />
      </div>
      <SubmitButton>{t("addSubmit")}</SubmitButton>
    </ActionForm>
  );
}

export async function DeleteEntryForm({ associationId, entry }: { associationId: string; entry: { id: string; label: string } }) {
  const t = await getTranslations("budget.entries");
  return (
    <details>
      <summary>{t("delete")}</summary>
      <ActionForm action={deleteEntryAction} label={t("deleteLabel", { label: entry.label })}>
        <input type="hidden" name="associationId" value={associationId} />
        <input type="hidden" name="entryId" value={entry.id} />
        <Checkbox name="confirm" label={t("confirmDelete", { label: entry.label })} />
        <SubmitButton variant="danger">{t("delete")}</SubmitButton>
      </ActionForm>
    </details>
  );
}

export async function AddSnapshotForm({ associationId, today }: { associationId: string; today: string }) {
  const t = await getTranslations("budget.treasury");
  return (
    <ActionForm action={addSnapshotAction} label={t("addTitle")}>
      <input type="hidden" name="associationId" value={associationId} />
      <div className="grid-2">
        <TextField name="on" type="date" label={t("date")} defaultValue={today} required />
        <TextField name="balance" label={t("balance")} hint={t("balanceHint")} inputMode="decimal" required />
        <TextField name="note" label={t("note")} maxLength={200} />
      </div>
      <SubmitButton>{t("addSubmit")}</SubmitButton>
    </ActionForm>
  );
}

export async function DeleteSnapshotForm({ associationId, snapshot }: { associationId: string; snapshot: { id: string; label: string } }) {
  const t = await getTranslations("budget.treasury");
  return (
    <details>
      <summary>{t("delete")}</summary>
      <ActionForm action={deleteSnapshotAction} label={t("deleteLabel", { date: snapshot.label })}>
        <input type="hidden" name="associationId" value={associationId} />
        <input type="hidden" name="snapshotId" value={snapshot.id} />
        <Checkbox name="confirm" label={t("confirmDelete", { date: snapshot.label })} />
        <SubmitButton variant="danger">{t("delete")}</SubmitButton>
      </ActionForm>
    </details>
  );
}
