import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { Checkbox, SelectField, SubmitButton, TextField } from "@/components/fields";
import { formatMoneyInput } from "@/lib/money";
import { addLineAction, adoptPlanAction, createPlanAction, deleteLineAction, deletePlanAction, moveLineAction, revisePlanAction, updateLineAction } from "../actions";
import type { PlanLine } from "../queries";
import type { LineKind } from "../rules";

const uiMoneyLocale = async () => ((await getLocale()) === "en" ? "en" : "fr");

export async function CreatePlanForm({ associationId, defaultYear, plans }: { associationId: string; defaultYear: number; plans: { id: string; label: string }[] }) {
  const t = await getTranslations("budget.create");
  return (
    <ActionForm action={createPlanAction} label={t("title")}>
      <input type="hidden" name="associationId" value={associationId} />
      <div className="grid-2">
        <TextField name="fiscalYear" type="number" label={t("fiscalYear")} hint={t("fiscalYearHint")} defaultValue={String(defaultYear)} required />
        <SelectField name="copyFromPlanId" label={t("copyFrom")} defaultValue="" options={[{ value: "", label: t("startEmpty") }, ...plans.map((p) => ({ value: p.id, label: p.label }))]} />
      </div>
      <SubmitButton>{t("submit")}</SubmitButton>
    </ActionForm>
  );
}

async function LineFields({ line }: { line?: PlanLine }) {
  const t = await getTranslations("budget.lineForm");
  const locale = await uiMoneyLocale();
  return (
    <div className="grid-2">
      <TextField name="label" label={t("label")} defaultValue={line?.label} required maxLength={120} />
      <TextField name="amount" label={t("amount")} hint={t("amountHint")} defaultValue={line ? formatMoneyInput(line.amountCents, locale) : ""} inputMode="decimal" required />
      <TextField name="remark" label={t("remark")} defaultValue={line?.remark ?? ""} maxLength={300} />
      <TextField name="category" label={t("category")} hint={t("categoryHint")} defaultValue={line?.category ?? ""} maxLength={60} />
    </div>
  );
}

export async function AddLineForm({ associationId, planId, kind }: { associationId: string; planId: string; kind: LineKind }) {
  const t = await getTranslations("budget.lineForm");
  const title = kind === "EXPENSE" ? t("addExpense") : t("addIncome");
  return (
    <ActionForm action={addLineAction} label={title}>
      <input type="hidden" name="associationId" value={associationId} />
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="kind" value={kind} />
      <LineFields />
      <SubmitButton>{title}</SubmitButton>
    </ActionForm>
  );
}

/** One line of a draft: its fields, up and down, and removal after confirmation. */
export async function LineEditor({ associationId, line, first, last }: { associationId: string; line: PlanLine; first: boolean; last: boolean }) {
  const t = await getTranslations("budget.lineForm");
  const hidden = (
    <>
      <input type="hidden" name="associationId" value={associationId} />
      <input type="hidden" name="lineId" value={line.id} />
    </>
  );
  return (
    <div className="card">
      <ActionForm action={updateLineAction} label={t("editLine", { label: line.label })}>
        {hidden}
        <LineFields line={line} />
        <SubmitButton variant="secondary">{t("save")}</SubmitButton>
      </ActionForm>
      <div className="inline-form" style={{ marginTop: "0.5rem" }}>
        {/* Both forms stay in place at the edges (without a button), so that the answer to a
            move still finds its form after the line moved. */}
        <ActionForm action={moveLineAction} label={t("moveUpLabel", { label: line.label })}>
          {hidden}
          <input type="hidden" name="direction" value="up" />
          {!first ? <SubmitButton variant="secondary">{t("moveUp")}</SubmitButton> : null}
        </ActionForm>
        <ActionForm action={moveLineAction} label={t("moveDownLabel", { label: line.label })}>
          {hidden}
          <input type="hidden" name="direction" value="down" />
          {!last ? <SubmitButton variant="secondary">{t("moveDown")}</SubmitButton> : null}
        </ActionForm>
        <details>
          <summary>{t("delete")}</summary>
          <ActionForm action={deleteLineAction} label={t("deleteLabel", { label: line.label })}>
            {hidden}
            <Checkbox name="confirm" label={t("confirmDelete", { label: line.label })} />
            <SubmitButton variant="danger">{t("delete")}</SubmitButton>
          </ActionForm>
        </details>
      </div>
    </div>
  );
}

export async function AdoptForm({ associationId, planId, today, decisions, balanced }: { associationId: string; planId: string; today: string; decisions: { id: string; label: string }[]; balanced: boolean }) {
  const t = await getTranslations("budget.adopt");
  return (
    <ActionForm action={adoptPlanAction} label={t("title")}>
      <input type="hidden" name="associationId" value={associationId} />
      <input type="hidden" name="planId" value={planId} />
      <p className="muted">{t("intro")}</p>
      {!balanced ? <p className="notice notice-warn">{t("unbalanced")}</p> : null}
      <div className="grid-2">
        <TextField name="adoptedOn" type="date" label={t("adoptedOn")} defaultValue={today} required />
        {decisions.length ? (
          <SelectField name="decisionId" label={t("decision")} defaultValue="" options={[{ value: "", label: t("noDecision") }, ...decisions.map((d) => ({ value: d.id, label: d.label }))]} />
        ) : null}
      </div>
      <Checkbox name="confirm" label={t("confirm")} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </ActionForm>
  );
}

export async function ReviseForm({ associationId, planId }: { associationId: string; planId: string }) {
  const t = await getTranslations("budget.revise");
  return (
    <ActionForm action={revisePlanAction} label={t("title")}>
      <input type="hidden" name="associationId" value={associationId} />
      <input type="hidden" name="planId" value={planId} />
      <p className="muted">{t("intro")}</p>
      <SubmitButton variant="secondary">{t("submit")}</SubmitButton>
    </ActionForm>
  );
}

export async function DeletePlanForm({ associationId, planId }: { associationId: string; planId: string }) {
  const t = await getTranslations("budget.deletePlan");
  return (
    <details>
      <summary>{t("title")}</summary>
      <ActionForm action={deletePlanAction} label={t("title")}>
        <input type="hidden" name="associationId" value={associationId} />
        <input type="hidden" name="planId" value={planId} />
        <Checkbox name="confirm" label={t("confirm")} />
        <SubmitButton variant="danger">{t("submit")}</SubmitButton>
      </ActionForm>
    </details>
  );
}
