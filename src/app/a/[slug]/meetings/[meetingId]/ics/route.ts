import { NextResponse, type NextRequest } from "next/server";
import { requestLocale } from "@/features/auth/locale";
import { currentUser } from "@/features/auth/session";
import { meetingIcsFor } from "@/features/meetings/queries";

/** A meeting's calendar file, for members of its association only; anyone else gets 404. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string; meetingId: string }> }) {
  const { slug, meetingId } = await params;
  const user = await currentUser();
  if (!user) return NextResponse.redirect(new URL(`/sign-in?next=${encodeURIComponent(request.nextUrl.pathname)}`, request.url));
  const file = await meetingIcsFor(slug, meetingId, user.id, new Date(), await requestLocale());
  if (!file) return new NextResponse("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new NextResponse(file.text, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="${file.filename}"`,
      "cache-control": "private, no-store",
    },
  });
}
