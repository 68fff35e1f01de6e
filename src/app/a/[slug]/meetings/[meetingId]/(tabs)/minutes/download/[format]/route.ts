import { getLocale } from "next-intl/server";
import { approvalRights } from "@/features/approvals/rules";
import { associationContext } from "@/features/members/context";
import { isDownloadFormat, minutesFile } from "@/features/minutes/download";
import { approvedMinutes } from "@/features/minutes/publication";

/** Approved minutes as Markdown or PDF, for the association's members (board items for the board only). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; meetingId: string; format: string }> }) {
  const { slug, meetingId, format } = await params;
  const { association, actor, now } = await associationContext(slug);
  if (!isDownloadFormat(format)) return new Response("Not found", { status: 404 });
  const doc = await approvedMinutes({ associationId: association.id, meetingId }, approvalRights.readDrafts(actor) ? "BOARD" : "MEMBERS", now);
  if (!doc) return new Response("Not found", { status: 404 });
  return minutesFile(doc, format, await getLocale());
}
