import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { Checkbox, SelectField, SubmitButton, TextArea, TextField } from "@/components/fields";
import { addBacklogAction, discardBacklogAction, pullBacklogAction } from "../actions";
import type { AgendaEntry, BacklogEntry } from "../queries";
import type { AgendaNode } from "../rules";
import styles from "./agenda.module.css";
import { Disclosure } from "./disclosure";
import { placeOptions } from "./place-options";

type Node = AgendaNode<AgendaEntry>;

export async function AddBacklogForm({ slug, associationId, raisedAtMeetingId }: { slug: string; associationId: string; raisedAtMeetingId?: string }) {
  const t = await getTranslations("agenda.backlog");
  return (
    <ActionForm action={addBacklogAction} label={t("addHeading")}>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="associationId" value={associationId} />
      {raisedAtMeetingId ? <input type="hidden" name="raisedAtMeetingId" value={raisedAtMeetingId} /> : null}
      <TextField name="title" label={t("addTitle")} required maxLength={200} />
      <TextArea name="description" label={t("addDescription")} rows={2} />
      <SubmitButton variant="secondary">{t("add")}</SubmitButton>
    </ActionForm>
  );
}

/** The waiting points: who raised them, when, at which meeting; "remove" where allowed. */
export async function BacklogList({ items, timezone, discard }: { items: BacklogEntry[]; timezone: string; discard?: { slug: string; associationId: string; allowed: (item: BacklogEntry) => boolean } }) {
  const t = await getTranslations("agenda.backlog");
  const format = await getFormatter();
  if (!items.length) return <p className="muted">{t("none")}</p>;
  return (
    <ul className={styles.list}>
      {items.map((item) => (
        <li key={item.id}>
          <strong>{item.title}</strong>
          {item.description ? <p style={{ margin: "0.15rem 0", whiteSpace: "pre-line" }}>{item.description}</p> : null}
          <p className="muted text-sm" style={{ margin: "0.15rem 0" }}>
            {t("raisedBy", { name: item.addedBy.name, date: format.dateTime(item.createdAt, { dateStyle: "long", timeZone: timezone }) })}
            {item.raisedAt ? ` ${t("raisedAt", { meeting: item.raisedAt.title })}` : ""}
            {item.pulledInto ? ` · ${t("pulledInto", { meeting: item.pulledInto.title })}` : ""}
          </p>
          {discard && discard.allowed(item) ? (
            <ActionForm action={discardBacklogAction} label={t("discardForm", { title: item.title })}>
              <Disclosure summary={t("discardSummary")}>
                <input type="hidden" name="slug" value={discard.slug} />
                <input type="hidden" name="associationId" value={discard.associationId} />
                <input type="hidden" name="backlogItemId" value={item.id} />
                <Checkbox name="confirm" label={t("confirmDiscard")} />
                <SubmitButton variant="danger">{t("discard")}</SubmitButton>
              </Disclosure>
            </ActionForm>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** One action: every waiting point onto this agenda, at the end or under a chosen item. */
export async function PullBacklogForm({ scope, count, tree }: { scope: { slug: string; associationId: string; meetingId: string }; count: number; tree: Node[] }) {
  const t = await getTranslations("agenda.backlog");
  const form = await getTranslations("agenda.form");
  const places = await placeOptions(tree, form("atEnd"));
  return (
    <ActionForm action={pullBacklogAction} label={t("pullForm")} className="inline-form">
      <input type="hidden" name="slug" value={scope.slug} />
      <input type="hidden" name="associationId" value={scope.associationId} />
      <input type="hidden" name="meetingId" value={scope.meetingId} />
      <SelectField name="parentId" label={t("pullUnder")} options={places} />
      <SubmitButton>{t("pull", { count })}</SubmitButton>
    </ActionForm>
  );
}
