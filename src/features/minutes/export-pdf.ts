import "server-only";
import PDFDocument from "pdfkit";
import type { Token, Tokens } from "marked";
import type { Block } from "./document";
import { markdownParser } from "./markdown";
import { pdfSafeText } from "./rules";

type Doc = InstanceType<typeof PDFDocument>;
type Run = { text: string; bold?: boolean; italic?: boolean; code?: boolean };

const FONT = { regular: "Helvetica", bold: "Helvetica-Bold", italic: "Helvetica-Oblique", boldItalic: "Helvetica-BoldOblique", code: "Courier" };

function fontOf(run: Run) {
  if (run.code) return FONT.code;
  if (run.bold && run.italic) return FONT.boldItalic;
  if (run.bold) return FONT.bold;
  if (run.italic) return FONT.italic;
  return FONT.regular;
}

/** Inline Markdown (emphasis, code, links) as styled runs of plain text. */
function runsOf(tokens: readonly Token[] | undefined, style: Omit<Run, "text"> = {}): Run[] {
  if (!tokens) return [];
  return tokens.flatMap((token): Run[] => {
    switch (token.type) {
      case "strong":
        return runsOf((token as Tokens.Strong).tokens, { ...style, bold: true });
      case "em":
        return runsOf((token as Tokens.Em).tokens, { ...style, italic: true });
      case "del":
        return runsOf((token as Tokens.Del).tokens, style);
      case "codespan":
        return [{ ...style, code: true, text: (token as Tokens.Codespan).text }];
      case "link": {
        const link = token as Tokens.Link;
        const label = runsOf(link.tokens, style);
        return [...label, { ...style, text: ` (${link.href})` }];
      }
      case "br":
        return [{ ...style, text: "\n" }];
      case "text": {
        const text = token as Tokens.Text;
        return text.tokens ? runsOf(text.tokens, style) : [{ ...style, text: decode(text.text) }];
      }
      case "escape":
        return [{ ...style, text: (token as Tokens.Escape).text }];
      default:
        // Raw HTML and anything else: shown as typed.
        return [{ ...style, text: decode((token as { raw?: string }).raw ?? "") }];
    }
  });
}

const decode = (text: string) => text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");

function writeRuns(doc: Doc, runs: Run[], options: { indent?: number; prefix?: string } = {}) {
  const all = options.prefix ? [{ text: options.prefix }, ...runs] : runs;
  if (!all.length) return;
  all.forEach((run, index) => {
    doc.font(fontOf(run)).text(pdfSafeText(run.text), { continued: index < all.length - 1, indent: options.indent ?? 0 });
  });
}

function writeMarkdown(doc: Doc, tokens: readonly Token[], indent = 0) {
  for (const token of tokens) {
    switch (token.type) {
      case "heading":
        doc.moveDown(0.3).fontSize(11);
        writeRuns(doc, runsOf((token as Tokens.Heading).tokens, { bold: true }), { indent });
        doc.fontSize(10);
        break;
      case "paragraph":
        writeRuns(doc, runsOf((token as Tokens.Paragraph).tokens), { indent });
        doc.moveDown(0.4);
        break;
      case "list": {
        const list = token as Tokens.List;
        list.items.forEach((item, index) => {
          const prefix = list.ordered ? `${Number(list.start || 1) + index}. ` : "• ";
          const [first, ...rest] = item.tokens;
          const inline = first && (first.type === "text" || first.type === "paragraph") ? runsOf((first as Tokens.Text).tokens ?? [{ type: "text", raw: first.raw, text: (first as Tokens.Text).text } as Token]) : [];
          writeRuns(doc, inline, { indent: indent + 10, prefix });
          if (rest.length) writeMarkdown(doc, rest, indent + 20);
        });
        doc.moveDown(0.4);
        break;
      }
      case "blockquote":
        writeMarkdown(doc, (token as Tokens.Blockquote).tokens, indent + 15);
        break;
      case "code":
        doc.font(FONT.code).text(pdfSafeText((token as Tokens.Code).text), { indent: indent + 10 });
        doc.font(FONT.regular).moveDown(0.4);
        break;
      case "table": {
        const table = token as Tokens.Table;
        const row = (cells: Tokens.TableCell[]) => cells.map((c) => runsOf(c.tokens).map((r) => r.text).join("")).join(" | ");
        doc.font(FONT.bold).text(pdfSafeText(row(table.header)), { indent });
        for (const cells of table.rows) doc.font(FONT.regular).text(pdfSafeText(row(cells)), { indent });
        doc.moveDown(0.4);
        break;
      }
      case "hr":
        doc.moveDown(0.5);
        break;
      case "space":
        break;
      default:
        writeRuns(doc, [{ text: decode(token.raw) }], { indent });
    }
  }
}

/** The PDF download, drawn from the same blocks as the page and the Markdown file. */
export function blocksToPdf(blocks: readonly Block[], info: { title: string }): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 56, info: { Title: pdfSafeText(info.title), Creator: "Quorum" } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.font(FONT.regular).fontSize(10);
  for (const block of blocks) {
    switch (block.kind) {
      case "title":
        doc.font(FONT.bold).fontSize(16).text(pdfSafeText(block.text)).fontSize(10).moveDown(0.3);
        break;
      case "subtitle":
        doc.font(FONT.italic).text(pdfSafeText(block.text)).moveDown(0.8);
        break;
      case "heading":
        doc.moveDown(0.5).font(FONT.bold).fontSize(13).text(pdfSafeText(block.text)).fontSize(10).moveDown(0.3);
        break;
      case "subheading":
        doc.moveDown(0.3).font(FONT.bold).fontSize(11).text(pdfSafeText(block.text)).fontSize(10).moveDown(0.2);
        break;
      case "body":
        doc.font(FONT.regular);
        writeMarkdown(doc, markdownParser.lexer(block.markdown));
        break;
      case "list":
        for (const item of block.items) writeRuns(doc, [{ text: `${item.strong} : `, bold: true }, { text: item.text }], { indent: 10, prefix: "• " });
        doc.moveDown(0.4);
        break;
      case "paragraph":
        doc.font(FONT.italic).text(pdfSafeText(block.text)).font(FONT.regular).moveDown(0.4);
        break;
    }
  }
  doc.end();
  return done;
}
