import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { Checkbox, SubmitButton } from "@/components/fields";
import { deleteItemAction } from "../actions";
import type { AgendaEntry } from "../queries";
import { flattenAgenda, type AgendaNode } from "../rules";
import { Disclosure } from "./disclosure";

/** Delete, behind a disclosure and a confirmation that says how many sub-items go with it. */
export async function DeleteItemForm({ node, editor, open = false }: { node: AgendaNode<AgendaEntry>; editor: { slug: string; associationId: string; meetingId: string }; open?: boolean }) {
  const t = await getTranslations("agenda.tree");
  const below = flattenAgenda(node.children).length;
  const fromRequest = node.origin === "PROPOSAL" || node.origin === "MEMBER_QUESTION" || node.origin === "BACKLOG";
  return (
    <ActionForm action={deleteItemAction} label={t("deleteForm", { number: node.number })}>
      <Disclosure summary={t("delete")} defaultOpen={open}>
        <input type="hidden" name="slug" value={editor.slug} />
        <input type="hidden" name="associationId" value={editor.associationId} />
        <input type="hidden" name="meetingId" value={editor.meetingId} />
        <input type="hidden" name="itemId" value={node.id} />
        <Checkbox name="confirm" label={below ? t("confirmDeleteWithChildren", { title: node.title, count: below }) : t("confirmDelete", { title: node.title })} />
        {fromRequest ? <p className="muted text-sm">{t("deleteRequests")}</p> : null}
        <SubmitButton variant="danger">{t("deleteSubmit")}</SubmitButton>
      </Disclosure>
    </ActionForm>
  );
}
