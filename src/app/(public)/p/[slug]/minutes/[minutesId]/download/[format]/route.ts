import { getLocale } from "next-intl/server";
import { z } from "zod";
import { isDownloadFormat, minutesFile } from "@/features/minutes/download";
import { approvedMinutes, publicAssociation } from "@/features/minutes/publication";

/** The public approved minutes as Markdown or PDF: the same content as the public page. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; minutesId: string; format: string }> }) {
  const { slug, minutesId, format } = await params;
  const association = await publicAssociation(slug);
  if (!association || !isDownloadFormat(format) || !z.uuid().safeParse(minutesId).success) return new Response("Not found", { status: 404 });
  const doc = await approvedMinutes({ associationId: association.id, minutesId }, "PUBLIC", new Date());
  if (!doc) return new Response("Not found", { status: 404 });
  return minutesFile(doc, format, await getLocale());
}
