import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { Checkbox, CheckboxGroup, SelectField, SubmitButton, TextField } from "@/components/fields";
import { isoDate, dateColumnToLocal } from "@/lib/zoned-time";
import { changeRoleAction, endMembershipAction, inviteAction } from "../actions";
import { MEMBER_KINDS, OFFICES, type MemberKind, type Office } from "../rules";

type Term = { id: string; kind: MemberKind; offices: Office[]; user: { name: string } };

export async function ChangeRoleForm({ associationId, term, today }: { associationId: string; term: Term; today: Date }) {
  const t = await getTranslations("members");
  const roles = await getTranslations("roles");
  return (
    <ActionForm action={changeRoleAction} label={t("changeRoleOf", { name: term.user.name })} className="inline-form">
      <input type="hidden" name="associationId" value={associationId} />
      <input type="hidden" name="membershipId" value={term.id} />
      <SelectField
        name="kind"
        label={t("kind")}
        defaultValue={term.kind}
        options={MEMBER_KINDS.map((kind) => ({ value: kind, label: roles(`kind.${kind}`) }))}
      />
      <CheckboxGroup
        name="offices"
        legend={t("offices")}
        defaultValues={term.offices}
        options={OFFICES.map((office) => ({ value: office, label: roles(`office.${office}`) }))}
      />
      <TextField name="effectiveOn" type="date" label={t("effectiveOn")} defaultValue={isoDate(dateColumnToLocal(today))} />
      <SubmitButton variant="secondary">{t("saveRole")}</SubmitButton>
    </ActionForm>
  );
}

export async function EndMembershipForm({ associationId, term, today }: { associationId: string; term: Term; today: Date }) {
  const t = await getTranslations("members");
  return (
    <details>
      <summary>{t("endMembership")}</summary>
      <ActionForm action={endMembershipAction} label={t("endMembershipOf", { name: term.user.name })} className="inline-form">
        <input type="hidden" name="associationId" value={associationId} />
        <input type="hidden" name="membershipId" value={term.id} />
        <TextField name="endsOn" type="date" label={t("lastDay")} defaultValue={isoDate(dateColumnToLocal(today))} required />
        <Checkbox name="confirm" label={t("confirmEnd", { name: term.user.name })} />
        <SubmitButton variant="danger">{t("endMembership")}</SubmitButton>
      </ActionForm>
    </details>
  );
}

export async function InviteForm({ associationId, canGrantOffices }: { associationId: string; canGrantOffices: boolean }) {
  const t = await getTranslations("members.invite");
  const roles = await getTranslations("roles");
  return (
    <ActionForm action={inviteAction} label={t("title")}>
      <input type="hidden" name="associationId" value={associationId} />
      <div className="grid-2">
        <TextField name="name" label={t("name")} required autoComplete="off" />
        <TextField name="email" type="email" label={t("email")} required autoComplete="off" />
      </div>
      <SelectField name="kind" label={t("kind")} defaultValue="VOTING" options={MEMBER_KINDS.map((kind) => ({ value: kind, label: roles(`kind.${kind}`) }))} />
      {canGrantOffices ? (
        <CheckboxGroup name="offices" legend={t("offices")} options={OFFICES.map((office) => ({ value: office, label: roles(`office.${office}`) }))} />
      ) : null}
      <SubmitButton>{t("submit")}</SubmitButton>
    </ActionForm>
  );
}
