import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { SelectField, SubmitButton, TextArea, TextField } from "@/components/fields";
import { addItemAction, editItemAction, placeItemAction } from "../actions";
import type { AgendaEntry } from "../queries";
import { AGENDA_KINDS, AGENDA_ORIGINS, VISIBILITIES, descendantIds, flattenAgenda, type AgendaNode } from "../rules";
import { placeOptions } from "./place-options";

type Scope = { slug: string; associationId: string; meetingId: string };
type Person = { id: string; name: string };
type Node = AgendaNode<AgendaEntry>;

function ScopeInputs({ scope }: { scope: Scope }) {
  return (
    <>
      <input type="hidden" name="slug" value={scope.slug} />
      <input type="hidden" name="associationId" value={scope.associationId} />
      <input type="hidden" name="meetingId" value={scope.meetingId} />
    </>
  );
}

/** The fields of an item, shared by "add" and "edit". */
async function ItemFields({ members, item }: { members: Person[]; item?: AgendaEntry }) {
  const t = await getTranslations("agenda");
  const people = [{ value: "", label: t("form.nobody") }, ...members.map((m) => ({ value: m.id, label: m.name }))];
  // Someone who has left the association stays selectable on the items that name them.
  const keep = (id: string | null | undefined, name: string | null | undefined) =>
    id && !members.some((m) => m.id === id) ? [{ value: id, label: name ?? id }] : [];
  const date = item?.askedOn ? item.askedOn.toISOString().slice(0, 10) : "";
  return (
    <>
      <div className="grid-2">
        <TextField name="title" label={t("form.title")} required defaultValue={item?.title} maxLength={200} />
        <SelectField name="kind" label={t("form.kind")} defaultValue={item?.kind ?? "DISCUSSION"} options={AGENDA_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))} />
        <SelectField name="presenterId" label={t("form.presenter")} defaultValue={item?.presenterId ?? ""} options={[...people, ...keep(item?.presenterId, item?.presenter?.name)]} />
        <TextField name="presenterName" label={t("form.presenterName")} defaultValue={item?.presenterName ?? ""} maxLength={120} />
        <TextField name="durationMinutes" type="number" inputMode="numeric" label={t("form.duration")} defaultValue={item?.durationMinutes?.toString() ?? ""} />
        <SelectField name="visibility" label={t("form.visibility")} defaultValue={item?.visibility ?? "MEMBERS"} options={VISIBILITIES.map((v) => ({ value: v, label: t(`visibilityOptions.${v}`) }))} />
      </div>
      <TextArea name="description" label={t("form.description")} defaultValue={item?.description ?? ""} rows={3} />
      <fieldset className="card">
        <legend className="font-semibold">{t("form.originLegend")}</legend>
        <div className="grid-2">
          <SelectField name="origin" label={t("form.origin")} defaultValue={item?.origin ?? "DIRECT"} options={AGENDA_ORIGINS.map((o) => ({ value: o, label: t(`originOptions.${o}`) }))} />
          <TextField name="askedOn" type="date" label={t("form.askedOn")} defaultValue={date} />
          <SelectField name="askedById" label={t("form.askedBy")} defaultValue={item?.askedById ?? ""} options={[...people, ...keep(item?.askedById, item?.askedBy?.name)]} />
          <TextField name="askedByName" label={t("form.askedByName")} defaultValue={item?.askedByName ?? ""} maxLength={120} />
        </div>
      </fieldset>
    </>
  );
}

export async function AddItemForm({ scope, tree, members, parentId }: { scope: Scope; tree: Node[]; members: Person[]; parentId?: string }) {
  const t = await getTranslations("agenda.form");
  const options = await placeOptions(tree, t("atEnd"));
  return (
    <ActionForm action={addItemAction} label={t("addHeading")}>
      <ScopeInputs scope={scope} />
      <SelectField name="parentId" label={t("where")} defaultValue={parentId && options.some((o) => o.value === parentId) ? parentId : ""} options={options} />
      <ItemFields members={members} />
      <SubmitButton>{t("add")}</SubmitButton>
    </ActionForm>
  );
}

export async function EditItemForm({ scope, item, members }: { scope: Scope; item: Node; members: Person[] }) {
  const t = await getTranslations("agenda.form");
  return (
    <ActionForm action={editItemAction} label={t("editHeading", { number: item.number })}>
      <ScopeInputs scope={scope} />
      <input type="hidden" name="itemId" value={item.id} />
      <input type="hidden" name="seenUpdatedAt" value={item.updatedAt.toISOString()} />
      <ItemFields members={members} item={item} />
      <SubmitButton>{t("save")}</SubmitButton>
    </ActionForm>
  );
}

/** "Put it under…": any item but itself and its own sub-items, or the top level. */
export async function PlaceItemForm({ scope, item, tree }: { scope: Scope; item: Node; tree: Node[] }) {
  const t = await getTranslations("agenda.form");
  const rows = flattenAgenda(tree);
  const exclude = new Set([item.id, ...descendantIds(rows, item.id)]);
  return (
    <ActionForm action={placeItemAction} label={t("moveHeading")} className="inline-form">
      <ScopeInputs scope={scope} />
      <input type="hidden" name="itemId" value={item.id} />
      <SelectField name="parentId" label={t("moveUnder")} hint={t("moveHint")} defaultValue={item.parentId ?? ""} options={await placeOptions(tree, t("topLevel"), exclude)} />
      <SubmitButton variant="secondary">{t("moveSubmit")}</SubmitButton>
    </ActionForm>
  );
}
