// The minutes' text: sections in agenda order, who may read which section, and the text of a
// revision. Pure: no database, no clock.
import { agendaTree, flattenAgenda, type AgendaRow } from "@/features/agenda/rules";

export type Visibility = "PUBLIC" | "MEMBERS" | "BOARD";
export type SectionKind = "HEADER" | "ITEM" | "FREE";
export type Audience = "BOARD" | "MEMBERS" | "PUBLIC";

const STRICTNESS: Record<Visibility, number> = { PUBLIC: 0, MEMBERS: 1, BOARD: 2 };
export const stricter = (a: Visibility, b: Visibility): Visibility => (STRICTNESS[a] >= STRICTNESS[b] ? a : b);

/** Board members read everything; members not the board's items; the public only public ones. */
export function visibleTo(visibility: Visibility, audience: Audience): boolean {
  if (audience === "BOARD") return true;
  if (audience === "MEMBERS") return visibility !== "BOARD";
  return visibility === "PUBLIC";
}

export type AgendaSource = AgendaRow & { title: string; visibility: Visibility };
export type PlannedItem = { agendaItemId: string; number: string; title: string; depth: number; visibility: Visibility; position: number };

/**
 * The agenda read in order, numbered like the agenda ("2.1"); an item is as confidential as the
 * strictest of its parents (a public item inside a board-only section stays board-only).
 */
export function plannedItemSections(agenda: readonly AgendaSource[]): PlannedItem[] {
  const byId = new Map(agenda.map((item) => [item.id, item]));
  const inherited = (item: AgendaSource): Visibility => {
    let visibility = item.visibility;
    let parent = item.parentId ? byId.get(item.parentId) : undefined;
    for (let guard = 0; parent && guard < 100; guard++) {
      visibility = stricter(visibility, parent.visibility);
      parent = parent.parentId ? byId.get(parent.parentId) : undefined;
    }
    return visibility;
  };
  return flattenAgenda(agendaTree(agenda)).map((node, index) => ({
    agendaItemId: node.id,
    number: node.number,
    title: node.title,
    depth: node.depth,
    visibility: inherited(node),
    position: index + 1,
  }));
}

export type ExistingSection = { id: string; kind: SectionKind; agendaItemId: string | null; position: number };

/**
 * "Start from the agenda" (and "update from the agenda"): a section for every agenda item that
 * has none, numbers, titles and order refreshed, texts kept. Header first, free sections last
 * (a section whose agenda item was deleted becomes a free one).
 */
export function agendaSync(agenda: readonly AgendaSource[], existing: readonly ExistingSection[]) {
  const planned = plannedItemSections(agenda);
  const byItem = new Map(existing.filter((s) => s.agendaItemId).map((s) => [s.agendaItemId!, s]));
  const create = planned.filter((p) => !byItem.has(p.agendaItemId));
  const update = planned.filter((p) => byItem.has(p.agendaItemId)).map((p) => ({ ...p, sectionId: byItem.get(p.agendaItemId)!.id }));
  const known = new Set(planned.map((p) => p.agendaItemId));
  const free = existing
    .filter((s) => s.kind === "FREE" || (s.kind === "ITEM" && (!s.agendaItemId || !known.has(s.agendaItemId))))
    .sort((a, b) => a.position - b.position)
    .map((s, index) => ({ sectionId: s.id, position: planned.length + 1 + index, orphan: s.kind === "ITEM" }));
  return { needsHeader: !existing.some((s) => s.kind === "HEADER"), create, update, free };
}

/** One section as kept in a revision. */
export type RevisionSection = {
  sectionId: string;
  kind: SectionKind;
  number: string | null;
  title: string;
  body: string;
  visibility: Visibility;
};

export const sectionHeading = (section: Pick<RevisionSection, "number" | "title">) => (section.number ? `${section.number}. ${section.title}` : section.title);

/** The whole text of a revision as one Markdown document, for comparison. */
export function revisionText(sections: readonly RevisionSection[]): string {
  return sections.map((s) => `## ${sectionHeading(s)}\n\n${s.body.trim()}\n`).join("\n");
}

// ---------------------------------------------------------------------------------------------
// Markdown written out of Quorum (downloads): nothing in it may turn into live HTML elsewhere.

/**
 * Raw HTML typed in the minutes is shown as text by Quorum; in the Markdown download it is
 * escaped the same way (`<` → `&lt;`), except inside code, where Markdown shows it as typed.
 */
export function neutralizeHtml(markdown: string): string {
  let fence: string | null = null;
  return markdown
    .split("\n")
    .map((line) => {
      const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
        return line;
      }
      if (marker) {
        fence = marker;
        return line;
      }
      if (/^( {4}|\t)/.test(line)) return line; // indented code block
      // Outside code spans, `<` becomes an entity.
      return line
        .split(/(`+[^`]*`+)/)
        .map((part, index) => (index % 2 === 1 ? part : part.replace(/</g, "&lt;")))
        .join("");
    })
    .join("\n");
}

/** A name or a note put into Markdown: shown as typed, never as markup or HTML. */
export function escapeMarkdownInline(text: string): string {
  return text
    .replace(/\r?\n+/g, " ")
    .replace(/[\\`*_[\]]/g, (c) => `\\${c}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;");
}

/** Characters the PDF's built-in fonts can draw (Windows-1252); others become "?". */
const WIN_ANSI_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";
export function pdfSafeText(text: string): string {
  let out = "";
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === "\t") out += "    ";
    else if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || char === "\n" || WIN_ANSI_EXTRA.includes(char)) out += char;
    else if (char === "\u202f" || char === "\u2009") out += " ";
    else if (char === "\u2011" || char === "\u2010") out += "-";
    else out += "?";
  }
  return out;
}
