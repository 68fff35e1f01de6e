// Published minutes as a list of blocks: the page, the Markdown file and the PDF are all drawn
// from it, so they hold the same content.
import type { Translator } from "@/lib/i18n/messages";
import type { PublishedMinutes } from "./publication";
import { sectionHeading } from "./rules";

export type ListItem = { strong: string; text: string };
export type Block =
  | { kind: "title"; text: string }
  | { kind: "subtitle"; text: string }
  | { kind: "heading"; text: string }
  | { kind: "subheading"; text: string }
  | { kind: "body"; markdown: string }
  | { kind: "list"; items: ListItem[] }
  | { kind: "paragraph"; text: string };

export function documentBlocks(doc: PublishedMinutes, t: Translator, locale: string): Block[] {
  const day = (instant: Date) => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: doc.association.timezone }).format(instant);
  const blocks: Block[] = [
    { kind: "title", text: `${doc.association.name} — ${doc.meeting.title}` },
    { kind: "subtitle", text: [t("minutes.document.meeting", { date: day(doc.meeting.startsAt) }), doc.meeting.place].filter(Boolean).join(" · ") },
  ];
  for (const section of doc.sections) {
    blocks.push({ kind: "heading", text: sectionHeading(section) });
    if (section.body.trim()) blocks.push({ kind: "body", markdown: section.body });
  }
  if (doc.errata.length) {
    blocks.push({ kind: "heading", text: t("minutes.document.errata") });
    blocks.push({ kind: "list", items: doc.errata.map((e) => ({ strong: t("minutes.document.erratumBy", { name: e.author, date: day(e.at) }), text: e.text })) });
  }
  // Rule 9: the published minutes end with the approval block.
  blocks.push({ kind: "heading", text: t("approvals.block.title") });
  blocks.push({
    kind: "list",
    items: doc.block.electors.map((line) => {
      if (line.answer === "TACIT" || line.answer === "NOT_YET") return { strong: line.name, text: t("approvals.block.tacit") };
      const parts = [t(`approvals.table.${line.answer}`), line.at ? day(line.at) : null, line.note].filter(Boolean);
      return { strong: line.name, text: parts.join(" — ") };
    }),
  });
  if (doc.block.opinions.length) {
    blocks.push({ kind: "subheading", text: t("approvals.block.opinions") });
    blocks.push({ kind: "list", items: doc.block.opinions.map((o) => ({ strong: o.name, text: `${day(o.at)} — ${o.note}` })) });
  }
  blocks.push({ kind: "paragraph", text: doc.byDecision ? t("minutes.document.approvedByDecision") : t("minutes.document.approvedOn", { date: day(doc.approvedAt) }) });
  return blocks;
}
