// The Markdown download: the same blocks as the page. Names, notes and titles are escaped;
// the minutes' own Markdown is kept, with any raw HTML neutralized.
import type { Block } from "./document";
import { escapeMarkdownInline, neutralizeHtml } from "./rules";

export function blocksToMarkdown(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case "title":
        out.push(`# ${escapeMarkdownInline(block.text)}`);
        break;
      case "subtitle":
        out.push(`*${escapeMarkdownInline(block.text)}*`);
        break;
      case "heading":
        out.push(`## ${escapeMarkdownInline(block.text)}`);
        break;
      case "subheading":
        out.push(`### ${escapeMarkdownInline(block.text)}`);
        break;
      case "body":
        out.push(neutralizeHtml(block.markdown.trim()));
        break;
      case "list":
        out.push(block.items.map((item) => `- **${escapeMarkdownInline(item.strong)}** : ${escapeMarkdownInline(item.text)}`).join("\n"));
        break;
      case "paragraph":
        out.push(escapeMarkdownInline(block.text));
        break;
    }
  }
  return `${out.join("\n\n")}\n`;
}
