import { NextResponse } from "next/server";
import { calendarFeedText } from "@/features/meetings/queries";

/**
 * A person's private calendar feed, `/calendar/<token>.ics`. Calendar clients have no session:
 * the secret token is the only credential, and an unknown or renewed-away token is 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const token = file.endsWith(".ics") ? file.slice(0, -4) : null;
  const text = token ? await calendarFeedText(token, new Date()) : null;
  if (!text) return new NextResponse("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new NextResponse(text, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": 'inline; filename="quorum.ics"',
      "cache-control": "private, no-store",
      "x-robots-tag": "noindex",
    },
  });
}
