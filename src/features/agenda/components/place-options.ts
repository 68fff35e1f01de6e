import { getTranslations } from "next-intl/server";
import type { AgendaEntry } from "../queries";
import { flattenAgenda, type AgendaNode } from "../rules";

/** "At the end", then "Under 2.1. Budget" for every item something may go under (indented by depth). */
export async function placeOptions(tree: readonly AgendaNode<AgendaEntry>[], first: string, exclude: ReadonlySet<string> = new Set()) {
  const t = await getTranslations("agenda.form");
  return [
    { value: "", label: first },
    ...flattenAgenda(tree)
      .filter((node) => !exclude.has(node.id))
      .map((node) => ({ value: node.id, label: `${"\u00a0\u00a0".repeat(node.depth)}${t("under", { number: node.number, title: node.title })}` })),
  ];
}
