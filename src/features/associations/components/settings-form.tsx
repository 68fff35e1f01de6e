import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { Checkbox, SelectField, SubmitButton, TextField } from "@/components/fields";
import type { Association } from "@/generated/prisma/client";
import { updateSettingsAction } from "../actions";

export async function SettingsForm({ association }: { association: Association }) {
  const t = await getTranslations("settings");
  const locale = await getLocale();
  const monthName = (month: number) => new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2000, month - 1, 1)));
  return (
    <ActionForm action={updateSettingsAction} label={t("title")}>
      <input type="hidden" name="associationId" value={association.id} />
      <div className="grid-2">
        <TextField name="name" label={t("name")} defaultValue={association.name} required />
        <TextField name="address" label={t("address")} defaultValue={association.address ?? ""} />
        <TextField name="timezone" label={t("timezone")} hint={t("timezoneHint")} defaultValue={association.timezone} required />
        <SelectField
          name="locale"
          label={t("locale")}
          defaultValue={association.locale}
          options={[
            { value: "fr", label: "Français" },
            { value: "en", label: "English" },
          ]}
        />
        <TextField name="approvalWindowDays" type="number" label={t("approvalWindowDays")} hint={t("approvalWindowHint")} defaultValue={String(association.approvalWindowDays)} required />
      </div>
      <fieldset className="card">
        <legend className="font-semibold">{t("quorum")}</legend>
        <SelectField
          name="quorumKind"
          label={t("quorumKind")}
          defaultValue={association.quorumKind}
          options={(["FRACTION", "COUNT", "NONE"] as const).map((kind) => ({ value: kind, label: t(`quorumKinds.${kind}`) }))}
        />
        <div className="grid-2">
          <TextField name="quorumNumerator" type="number" label={t("quorumNumerator")} defaultValue={String(association.quorumNumerator)} />
          <TextField name="quorumDenominator" type="number" label={t("quorumDenominator")} defaultValue={String(association.quorumDenominator)} />
          <TextField name="quorumCount" type="number" label={t("quorumCount")} defaultValue={association.quorumCount ? String(association.quorumCount) : ""} />
        </div>
      </fieldset>
      <fieldset className="card">
        <legend className="font-semibold">{t("assemblyQuorum")}</legend>
        <p className="field-hint">{t("assemblyQuorumHint")}</p>
        <SelectField
          name="assemblyQuorumKind"
          label={t("quorumKind")}
          defaultValue={association.assemblyQuorumKind}
          options={(["FRACTION", "COUNT", "NONE"] as const).map((kind) => ({ value: kind, label: t(`assemblyQuorumKinds.${kind}`) }))}
        />
        <div className="grid-2">
          <TextField name="assemblyQuorumNumerator" type="number" label={t("quorumNumerator")} defaultValue={String(association.assemblyQuorumNumerator)} />
          <TextField name="assemblyQuorumDenominator" type="number" label={t("quorumDenominator")} defaultValue={String(association.assemblyQuorumDenominator)} />
          <TextField name="assemblyQuorumCount" type="number" label={t("assemblyQuorumCount")} defaultValue={association.assemblyQuorumCount ? String(association.assemblyQuorumCount) : ""} />
        </div>
      </fieldset>
      <Checkbox name="publicMinutes" label={t("publicMinutes")} defaultChecked={association.publicMinutes} />
      <fieldset className="card">
        <legend className="font-semibold">{t("budget")}</legend>
        <SelectField
          name="fiscalYearStartMonth"
          label={t("fiscalYearStartMonth")}
          hint={t("fiscalYearStartMonthHint")}
          defaultValue={String(association.fiscalYearStartMonth)}
          options={Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: monthName(i + 1) }))}
        />
        <input type="hidden" name="membersSeeBudget" value="no" />
        <Checkbox name="membersSeeBudget" label={t("membersSeeBudget")} defaultChecked={association.membersSeeBudget} />
      </fieldset>
      <SubmitButton>{t("save")}</SubmitButton>
    </ActionForm>
  );
}
