import { getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { minutesSituation } from "@/features/approvals/queries";
import { editRefusal } from "@/features/approvals/rules";
import { associationContext } from "@/features/members/context";
import { MeetingHeading } from "@/features/minutes/components/meeting-heading";
import { SectionEditor } from "@/features/minutes/components/section-editor";
import { meetingOf, sectionForEdit } from "@/features/minutes/queries";
import { sectionHeading } from "@/features/minutes/rules";
import { db } from "@/lib/db";
import { notFoundPage } from "@/lib/not-found";

export async function generateMetadata() {
  return { title: (await getTranslations("minutes"))("edit") };
}

export default async function EditSectionPage({ params }: { params: Promise<{ slug: string; meetingId: string; sectionId: string }> }) {
  const { slug, meetingId, sectionId } = await params;
  const { association, actor, now } = await associationContext(slug);
  const meeting = await meetingOf(association.id, meetingId);
  if (!meeting) notFoundPage();
  const section = await sectionForEdit(association.id, meeting.id, sectionId);
  if (!section) notFoundPage();
  const situation = await minutesSituation(db(), section.minutes.id, now, association.timezone);
  const refusal = editRefusal(actor, meeting, situation.phase, situation.latest?.voters ?? []);
  const t = await getTranslations("minutes");
  const errors = await getTranslations("errors");
  const back = `/a/${slug}/meetings/${meeting.id}/minutes`;
  return (
    <>
      <MeetingHeading slug={slug} timezone={association.timezone} meeting={meeting} title={t("editSection", { section: sectionHeading(section) })} />
      {refusal ? (
        <p className="notice notice-error" role="alert">
          {errors(refusal)}
        </p>
      ) : (
        <div className="card">
          <SectionEditor associationId={association.id} meetingId={meeting.id} section={section} amendment={situation.phase === "UNDER_REVIEW"} />
        </div>
      )}
      <p>
        <Link href={`${back}#section-${section.id}`}>← {t("editor.back")}</Link>
      </p>
    </>
  );
}
