import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { z } from "zod";
import { PublishedView } from "@/features/minutes/components/published-view";
import { documentBlocks } from "@/features/minutes/document";
import { approvedMinutes, publicAssociation } from "@/features/minutes/publication";
import { translatorFor } from "@/lib/i18n/messages";
import { notFoundPage } from "@/lib/not-found";

type Props = { params: Promise<{ slug: string; minutesId: string }> };

async function load({ params }: Props) {
  const { slug, minutesId } = await params;
  const association = await publicAssociation(slug);
  if (!association || !z.uuid().safeParse(minutesId).success) return null;
  const doc = await approvedMinutes({ associationId: association.id, minutesId }, "PUBLIC", new Date());
  return doc ? { association, doc } : null;
}

export async function generateMetadata(props: Props) {
  const found = await load(props);
  return { title: found ? `${found.doc.meeting.title} · ${found.association.name}` : undefined };
}

/** One approved minutes, public: board-only and members-only items left out; ends with the approval block. */
export default async function PublicMinutesPage(props: Props) {
  const found = await load(props);
  if (!found) notFoundPage();
  const { association, doc } = found;
  const t = await getTranslations("minutes");
  const locale = await getLocale();
  const base = `/p/${association.slug}/minutes/${doc.minutesId}`;
  return (
    <>
      <p className="muted text-sm">
        <Link href={`/p/${association.slug}`}>← {t("public.back")}</Link>
      </p>
      {doc.omitted ? <p className="muted text-sm">{t("public.omitted")}</p> : null}
      <PublishedView blocks={documentBlocks(doc, translatorFor(locale), locale)} />
      <p className="flex flex-wrap gap-3">
        <span>{t("downloads")}</span>
        <a href={`${base}/download/markdown`}>{t("downloadMarkdown")}</a>
        <a href={`${base}/download/pdf`}>{t("downloadPdf")}</a>
      </p>
    </>
  );
}
