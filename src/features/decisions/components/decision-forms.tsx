import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { Checkbox, SelectField, SubmitButton, TextArea, TextField } from "@/components/fields";
import { FormDetails } from "@/features/actions/components/form-details";
import { wallClockOf } from "@/lib/zoned-time";
import { deleteDecisionAction, editDecisionAction, recordDecisionAction } from "../actions";
import { committableLines } from "@/features/budget/queries";
import type { DecisionRow } from "../queries";
import { centsToInput, MAJORITIES, OUTCOMES } from "../rules";

/** "2008-10-07T19:15", the value of a datetime-local field in the association's time zone. */
export function localInputValue(instant: Date, timezone: string): string {
  const w = wallClockOf(instant, timezone);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${w.year}-${two(w.month)}-${two(w.day)}T${two(w.hour)}:${two(w.minute)}`;
}

async function DecisionFields({
  associationId,
  decision,
  votedAt,
  timezone,
  locale,
  presentHint,
}: {
  associationId: string;
  decision?: DecisionRow;
  votedAt: Date;
  timezone: string;
  locale: "fr" | "en";
  presentHint?: string;
}) {
  const t = await getTranslations("decisions");
  const lines = await committableLines(associationId);
  const count = (value: number | null | undefined) => (value === null || value === undefined ? undefined : String(value));
  return (
    <>
      <TextArea name="text" label={t("form.text")} rows={3} defaultValue={decision?.text} required />
      <div className="grid-2">
        <SelectField name="outcome" label={t("form.outcome")} defaultValue={decision?.outcome ?? "ADOPTED"} options={OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) }))} />
        <SelectField
          name="majority"
          label={t("form.majority")}
          hint={t("form.majorityHint")}
          defaultValue={decision?.majority ?? "SIMPLE"}
          options={MAJORITIES.map((m) => ({ value: m, label: t(`majority.${m}`) }))}
        />
      </div>
      <fieldset className="field">
        <legend>{t("form.votes")}</legend>
        {presentHint ? <p className="field-hint">{presentHint}</p> : null}
        <div className="inline-form">
          <TextField name="votesFor" type="number" inputMode="numeric" label={t("form.for")} defaultValue={count(decision?.votesFor)} />
          <TextField name="votesAgainst" type="number" inputMode="numeric" label={t("form.against")} defaultValue={count(decision?.votesAgainst)} />
          <TextField name="votesAbstain" type="number" inputMode="numeric" label={t("form.abstain")} defaultValue={count(decision?.votesAbstain)} />
        </div>
      </fieldset>
      <TextField name="votedAt" type="datetime-local" label={t("form.votedAt")} hint={t("form.votedAtHint")} defaultValue={localInputValue(votedAt, timezone)} />
      <div className="grid-2">
        <TextField name="amount" label={t("form.amount")} hint={t("form.amountHint")} inputMode="decimal" defaultValue={decision && decision.amountCents !== null ? centsToInput(decision.amountCents, locale) : undefined} />
        <SelectField
          name="amountTax"
          label={t("form.tax")}
          defaultValue={decision?.amountIncludesTax ? "TTC" : "HT"}
          options={[
            { value: "HT", label: t("form.taxHT") },
            { value: "TTC", label: t("form.taxTTC") },
          ]}
        />
      </div>
      {lines.length ? (
        <SelectField
          name="budgetLineId"
          label={t("form.budgetLine")}
          hint={t("form.budgetLineHint")}
          defaultValue={decision?.budgetLineId ?? ""}
          options={[{ value: "", label: t("form.noBudgetLine") }, ...lines.map((line) => ({ value: line.id, label: line.label }))]}
        />
      ) : null}
    </>
  );
}

type Common = { associationId: string; timezone: string; locale: "fr" | "en"; label: string };

export async function RecordDecisionForm({
  associationId,
  agendaItemId,
  defaultVotedAt,
  timezone,
  locale,
  label,
  presentHint,
  folded,
}: Common & { agendaItemId: string; defaultVotedAt: Date; presentHint?: string; folded?: string }) {
  const t = await getTranslations("decisions.form");
  const fields = (
    <>
      <DecisionFields associationId={associationId} votedAt={defaultVotedAt} timezone={timezone} locale={locale} presentHint={presentHint} />
      <SubmitButton>{t("record")}</SubmitButton>
    </>
  );
  return (
    <ActionForm action={recordDecisionAction} label={label}>
      <input type="hidden" name="associationId" value={associationId} />
      <input type="hidden" name="agendaItemId" value={agendaItemId} />
      {folded ? <FormDetails summary={folded}>{fields}</FormDetails> : fields}
    </ActionForm>
  );
}

export async function EditDecisionForm({ associationId, decision, timezone, locale, label }: Common & { decision: DecisionRow }) {
  const t = await getTranslations("decisions.form");
  return (
    <ActionForm action={editDecisionAction} label={label}>
      <input type="hidden" name="associationId" value={associationId} />
      <input type="hidden" name="decisionId" value={decision.id} />
      <FormDetails summary={t("edit")}>
        <DecisionFields associationId={associationId} decision={decision} votedAt={decision.votedAt} timezone={timezone} locale={locale} />
        <SubmitButton>{t("save")}</SubmitButton>
      </FormDetails>
    </ActionForm>
  );
}

export async function DeleteDecisionForm({ associationId, decisionId, label }: { associationId: string; decisionId: string; label: string }) {
  const t = await getTranslations("decisions.form");
  return (
    <ActionForm action={deleteDecisionAction} label={label}>
      <input type="hidden" name="associationId" value={associationId} />
      <input type="hidden" name="decisionId" value={decisionId} />
      <FormDetails summary={t("delete")}>
        <Checkbox name="confirm" label={t("confirmDelete")} />
        <SubmitButton variant="danger">{t("delete")}</SubmitButton>
      </FormDetails>
    </ActionForm>
  );
}
