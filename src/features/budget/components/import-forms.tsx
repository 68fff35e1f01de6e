import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { SelectField, SubmitButton } from "@/components/fields";
import { confirmImportAction, discardImportAction, replaceImportFileAction, saveImportSettingsAction, uploadImportAction } from "../actions";
import type { PlanLine } from "../queries";
import { ENCODINGS, SEPARATORS, SKIP, type ImportSettings } from "../rules";
import { FileField } from "./file-field";

const ACCEPT = ".csv,.txt,text/csv,text/plain";

export async function UploadForm({ associationId, planId }: { associationId: string; planId: string }) {
  const t = await getTranslations("budget.import");
  return (
    <ActionForm action={uploadImportAction} label={t("uploadTitle")}>
      <input type="hidden" name="associationId" value={associationId} />
      <input type="hidden" name="planId" value={planId} />
      <FileField name="file" label={t("file")} hint={t("fileHint")} accept={ACCEPT} />
      <SubmitButton>{t("uploadSubmit")}</SubmitButton>
    </ActionForm>
  );
}

export async function ReplaceFileForm({ associationId, importId }: { associationId: string; importId: string }) {
  const t = await getTranslations("budget.import");
  return (
    <ActionForm action={replaceImportFileAction} label={t("replaceTitle")}>
      <input type="hidden" name="associationId" value={associationId} />
      <input type="hidden" name="importId" value={importId} />
      <FileField name="file" label={t("replaceFile")} hint={t("replaceHint")} accept={ACCEPT} />
      <SubmitButton variant="secondary">{t("replaceSubmit")}</SubmitButton>
    </ActionForm>
  );
}

const lineLabel = (line: PlanLine, kinds: { expense: string; income: string }) => `${line.kind === "EXPENSE" ? kinds.expense : kinds.income} · ${line.label}`;

/** Step 2: how to read the file and where its rows go. Posting it saves the choices and shows the preview. */
export async function ImportSettingsForm({
  associationId,
  importId,
  version,
  header,
  settings,
  lines,
  values,
}: {
  associationId: string;
  importId: string;
  /** Remounts the fields when the saved choices change: a select keeps no new default otherwise. */
  version: string;
  header: string[] | null;
  settings: ImportSettings | null;
  lines: PlanLine[];
  values: string[];
}) {
  const t = await getTranslations("budget.import");
  const table = await getTranslations("budget.table");
  const kinds = { expense: table("expenses"), income: table("income") };
  const columns = (optional: boolean) => [{ value: "", label: optional ? t("noColumn") : t("chooseColumn") }, ...(header ?? []).map((h) => ({ value: h, label: h }))];
  const lineOptions = lines.map((l) => ({ value: l.id, label: lineLabel(l, kinds) }));
  const s = settings;
  const map = s?.lines.mode === "column" ? s.lines.map : {};
  return (
    <ActionForm action={saveImportSettingsAction} label={t("settingsTitle")}>
      <input type="hidden" name="associationId" value={associationId} />
      <input type="hidden" name="importId" value={importId} />
      <div key={version}>
        <fieldset className="card">
          <legend className="font-semibold">{t("readingLegend")}</legend>
          <div className="grid-2">
            <SelectField name="encoding" label={t("encoding")} hint={t("encodingHint")} defaultValue={s?.encoding ?? "auto"} options={ENCODINGS.map((e) => ({ value: e, label: t(`encodings.${e}`) }))} />
            <SelectField
              name="separator"
              label={t("separator")}
              defaultValue={s?.separator ?? "auto"}
              options={SEPARATORS.map((sep) => ({ value: sep, label: t(`separators.${sep === "\t" ? "tab" : sep === ";" ? "semicolon" : sep === "," ? "comma" : "auto"}`) }))}
            />
          </div>
        </fieldset>
        {header ? (
          <>
            <fieldset className="card">
              <legend className="font-semibold">{t("columnsLegend")}</legend>
              <div className="grid-2">
                <SelectField name="dateColumn" label={t("fields.date")} defaultValue={s?.dateColumn ?? ""} options={columns(false)} />
                <SelectField name="labelColumn" label={t("fields.label")} defaultValue={s?.labelColumn ?? ""} options={columns(false)} />
                <SelectField name="referenceColumn" label={t("fields.reference")} defaultValue={s?.referenceColumn ?? ""} options={columns(true)} />
              </div>
            </fieldset>
            <fieldset className="card">
              <legend className="font-semibold">{t("amountLegend")}</legend>
              <SelectField
                name="amountMode"
                label={t("amountMode")}
                defaultValue={s?.amount.mode ?? "single"}
                options={[
                  { value: "single", label: t("amountModes.single") },
                  { value: "debitCredit", label: t("amountModes.debitCredit") },
                ]}
              />
              <div className="grid-2">
                <SelectField name="amountColumn" label={t("fields.amount")} defaultValue={s?.amount.mode === "single" ? s.amount.column : ""} options={columns(true)} />
                <SelectField name="debitColumn" label={t("fields.debit")} defaultValue={s?.amount.mode === "debitCredit" ? s.amount.debitColumn : ""} options={columns(true)} />
                <SelectField name="creditColumn" label={t("fields.credit")} defaultValue={s?.amount.mode === "debitCredit" ? s.amount.creditColumn : ""} options={columns(true)} />
              </div>
              <p className="field-hint">{t("amountHint")}</p>
            </fieldset>
            <fieldset className="card">
              <legend className="font-semibold">{t("linesLegend")}</legend>
              <SelectField
                name="lineMode"
                label={t("lineMode")}
                defaultValue={s?.lines.mode ?? "single"}
                options={[
                  { value: "single", label: t("lineModes.single") },
                  { value: "column", label: t("lineModes.column") },
                ]}
              />
              <div className="grid-2">
                <SelectField name="lineId" label={t("fields.line")} defaultValue={s?.lines.mode === "single" ? s.lines.lineId : ""} options={[{ value: "", label: t("chooseLine") }, ...lineOptions]} />
                <SelectField name="lineColumn" label={t("fields.lineColumn")} hint={t("lineColumnHint")} defaultValue={s?.lines.mode === "column" ? s.lines.column : ""} options={columns(true)} />
              </div>
              {values.length ? (
                <>
                  <p className="field-hint">{t("mapIntro")}</p>
                  <div className="grid-2">
                    {values.map((value, index) => (
                      <div key={value}>
                        <input type="hidden" name={`mapValue.${index}`} value={value} />
                        <SelectField
                          name={`mapLine.${index}`}
                          label={t("mapValue", { value: value || t("emptyValue") })}
                          defaultValue={map[value] ?? ""}
                          options={[{ value: "", label: t("chooseLine") }, ...lineOptions, { value: SKIP, label: t("skipRows") }]}
                        />
                      </div>
                    ))}
                  </div>
                </>
              ) : null}
            </fieldset>
          </>
        ) : null}
      </div>
      <SubmitButton>{t("previewSubmit")}</SubmitButton>
    </ActionForm>
  );
}

export async function ConfirmImportForm({ associationId, importId, version, count }: { associationId: string; importId: string; version: string; count: number }) {
  const t = await getTranslations("budget.import");
  return (
    <ActionForm action={confirmImportAction} label={t("confirmTitle")}>
      <input type="hidden" name="associationId" value={associationId} />
      <input type="hidden" name="importId" value={importId} />
      <input type="hidden" name="version" value={version} />
      <SubmitButton>{t("confirmSubmit", { count })}</SubmitButton>
    </ActionForm>
  );
}

export async function DiscardImportForm({ associationId, importId }: { associationId: string; importId: string }) {
  const t = await getTranslations("budget.import");
  return (
    <ActionForm action={discardImportAction} label={t("discardTitle")}>
      <input type="hidden" name="associationId" value={associationId} />
      <input type="hidden" name="importId" value={importId} />
      <SubmitButton variant="secondary">{t("discardSubmit")}</SubmitButton>
    </ActionForm>
  );
}
