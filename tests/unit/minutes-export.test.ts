import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { documentBlocks } from "@/features/minutes/document";
import { blocksToMarkdown } from "@/features/minutes/export-markdown";
import { blocksToPdf } from "@/features/minutes/export-pdf";
import type { PublishedMinutes } from "@/features/minutes/publication";
import { translatorFor } from "@/lib/i18n/messages";

const hostile = '<script>alert("x")</script>';
const doc: PublishedMinutes = {
  minutesId: "m",
  association: { name: "Les Hébergeurs du Ponant", slug: "ponant", locale: "fr", timezone: "Europe/Paris", publicMinutes: true },
  meeting: { id: "x", title: "Conseil d’octobre 2008", startsAt: new Date("2008-10-07T16:15:00Z"), place: "Brest" },
  sections: [
    { sectionId: "1", kind: "HEADER", number: null, title: "Ouverture de la séance", body: "Présent·es : Yann, Loïc", visibility: "PUBLIC" },
    { sectionId: "2", kind: "ITEM", number: "1", title: "Organisation", body: `Le conseil **donne 15 jours** pour réagir.\n\n- point un\n- point deux\n\n${hostile}`, visibility: "PUBLIC" },
  ],
  omitted: true,
  approvedAt: new Date("2008-10-23T21:59:59.999Z"),
  byDecision: false,
  block: {
    electors: [
      { name: "Erwan Quéré", answer: "APPROVE", at: new Date("2008-10-08T12:00:00Z"), note: null },
      { name: "Katell Prigent", answer: "TACIT", at: null, note: null },
      { name: `Loïc ${hostile}`, answer: "APPROVE_WITH_RESERVATION", at: new Date("2008-10-20T12:00:00Z"), note: `Réserve sur l’infogérance ${hostile} **gras**` },
    ],
    opinions: [{ name: "Anaïs Guéguen", note: "Avis favorable", at: new Date("2008-10-12T12:00:00Z") }],
  },
  errata: [{ author: "Yann Le Bihan", at: new Date("2008-11-02T10:00:00Z"), text: "Lire 681,72 €." }],
};
const blocks = documentBlocks(doc, translatorFor("fr"), "fr");

async function pdfText(buffer: Buffer): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(buffer), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  let text = "";
  for (let page = 1; page <= pdf.numPages; page++) {
    const content = await (await pdf.getPage(page)).getTextContent();
    text += content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join("");
  }
  return text;
}

describe("published minutes", () => {
  it("end with the approval block: answers with date and note, tacit approvals, opinions apart", () => {
    const kinds = blocks.map((b) => b.kind);
    expect(kinds.slice(-5)).toEqual(["heading", "list", "subheading", "list", "paragraph"]);
    const markdown = blocksToMarkdown(blocks);
    expect(markdown).toContain("## Approbation du compte rendu");
    expect(markdown).toContain("- **Erwan Quéré** : approuvé — 8 octobre 2008");
    expect(markdown).toContain("- **Katell Prigent** : approbation tacite");
    expect(markdown).toContain("### Avis consultatifs\n\n- **Anaïs Guéguen** : 12 octobre 2008 — Avis favorable");
    expect(markdown.trim().endsWith("Compte rendu approuvé le 23 octobre 2008.")).toBe(true);
  });

  it("the Markdown file never carries live HTML, from the text, a name or a note", () => {
    const markdown = blocksToMarkdown(blocks);
    expect(markdown).not.toContain("<script");
    expect(markdown).toContain("&lt;script>");
    expect(markdown).toContain("\\*\\*gras\\*\\*");
    expect(markdown).toContain("Le conseil **donne 15 jours** pour réagir.");
  });

  it("the PDF holds the same text (read back with a PDF parser)", async () => {
    const buffer = await blocksToPdf(blocks, { title: "Compte rendu" });
    expect(buffer.subarray(0, 5).toString()).toBe("%PDF-");
    const text = (await pdfText(buffer)).replace(/\s+/g, " ");
    for (const expected of [
      "Les Hébergeurs du Ponant — Conseil d’octobre 2008",
      "1. Organisation",
      "donne 15 jours",
      "point deux",
      "Approbation du compte rendu",
      "Erwan Quéré : approuvé — 8 octobre 2008",
      "Katell Prigent : approbation tacite",
      'Réserve sur l’infogérance <script>alert("x")</script> **gras**',
      "Anaïs Guéguen",
      "Lire 681,72 €.",
      "Compte rendu approuvé le 23 octobre 2008.",
    ]) {
      expect(text).toContain(expected);
    }
  });
});
