import { decisionsCsv } from "@/features/decisions/export";

export const dynamic = "force-dynamic";

/** The register as CSV, for members only, with the register page's filters. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const answer = await decisionsCsv(slug, new URL(request.url).searchParams);
  if (!answer) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(answer.body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${answer.filename}"`,
      "cache-control": "no-store",
    },
  });
}
