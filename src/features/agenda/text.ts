// The agenda as plain numbered text, for e-mails (the invitation carries it). Pure.
import type { Translator } from "@/lib/i18n/messages";
import { agendaTree, effectiveMinutes, flattenAgenda, type AgendaItemKind, type AgendaRow } from "./rules";

export type AgendaTextRow = AgendaRow & { title: string; kind: AgendaItemKind; presenter: string | null };

/**
 * "1. Title (Decision, Yann, 15 min)", sub-items indented under their parent. Sections show the
 * time of what they hold. Pass the rows the readers may see (see `agendaTextRows`).
 */
export function agendaAsText(rows: readonly AgendaTextRow[], t: Translator): string {
  return flattenAgenda(agendaTree(rows))
    .map((node) => {
      const minutes = effectiveMinutes(node);
      const details = [node.kind === "SECTION" ? null : t(`agenda.kinds.${node.kind}`), node.presenter, minutes > 0 ? t("agenda.text.minutes", { minutes }) : null].filter(Boolean);
      return `${"   ".repeat(node.depth)}${node.number}. ${node.title}${details.length ? ` (${details.join(", ")})` : ""}`;
    })
    .join("\n");
}
