import "server-only";
import { slugFrom } from "@/features/associations/rules";
import { isLocale, translatorFor } from "@/lib/i18n/messages";
import { isoDate, localDateOf } from "@/lib/zoned-time";
import { documentBlocks } from "./document";
import { blocksToMarkdown } from "./export-markdown";
import { blocksToPdf } from "./export-pdf";
import type { PublishedMinutes } from "./publication";

export const DOWNLOAD_FORMATS = ["markdown", "pdf"] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];
export const isDownloadFormat = (value: string): value is DownloadFormat => (DOWNLOAD_FORMATS as readonly string[]).includes(value);

/** The approved minutes as a file: Markdown or PDF, with the same content as the page. */
export async function minutesFile(doc: PublishedMinutes, format: DownloadFormat, locale: string): Promise<Response> {
  const lang = isLocale(locale) ? locale : "fr";
  const blocks = documentBlocks(doc, translatorFor(lang), lang);
  const name = `${isoDate(localDateOf(doc.meeting.startsAt, doc.association.timezone))}-${slugFrom(doc.meeting.title) || "minutes"}`;
  const headers = (type: string, extension: string) => ({
    "Content-Type": type,
    "Content-Disposition": `attachment; filename="${name}.${extension}"`,
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
  });
  if (format === "markdown") return new Response(blocksToMarkdown(blocks), { headers: headers("text/markdown; charset=utf-8", "md") });
  const pdf = await blocksToPdf(blocks, { title: `${doc.association.name} — ${doc.meeting.title}` });
  return new Response(new Uint8Array(pdf), { headers: headers("application/pdf", "pdf") });
}
