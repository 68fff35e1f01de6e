import { getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import type { AgendaMeeting } from "../queries";
import { printPath } from "../paths";

/**
 * The top of an agenda page. The meeting's title, date and tabs come from the meeting layout;
 * this adds the link to the printable agenda.
 */
export async function MeetingHeading({ slug, meeting, print = true }: { slug: string; meeting: AgendaMeeting; timezone?: string; print?: boolean }) {
  const t = await getTranslations("agenda");
  if (!print) return null;
  return (
    <p className="no-print mb-4">
      <Link href={printPath(slug, meeting.id)}>{t("printable")}</Link>
    </p>
  );
}
