import { getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { PrintAgenda } from "@/features/agenda/components/print-agenda";
import { agendaPath } from "@/features/agenda/paths";
import { agendaFor, meetingOfAgenda } from "@/features/agenda/queries";
import { associationContext } from "@/features/members/context";
import { notFoundPage } from "@/lib/not-found";

export async function generateMetadata() {
  return { title: (await getTranslations("agenda"))("printable") };
}

export default async function PrintableAgendaPage({ params }: { params: Promise<{ slug: string; meetingId: string }> }) {
  const { slug, meetingId } = await params;
  const { association, actor } = await associationContext(slug);
  const meeting = await meetingOfAgenda(association.id, meetingId);
  if (!meeting) notFoundPage();
  const t = await getTranslations("agenda");
  const { tree, timing } = await agendaFor(actor, meeting);
  return (
    <>
      <p className="no-print text-sm">
        <Link href={agendaPath(slug, meeting.id)}>← {t("backToAgenda")}</Link> · <span className="muted">{t("print.hint")}</span>
      </p>
      <PrintAgenda associationName={association.name} meeting={meeting} tree={tree} timing={timing} timezone={association.timezone} />
    </>
  );
}
