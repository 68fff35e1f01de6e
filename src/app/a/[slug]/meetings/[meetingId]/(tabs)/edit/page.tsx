import { getTranslations } from "next-intl/server";
import { EditMeetingForm } from "@/features/meetings/components/meeting-forms";
import { meetingContext } from "@/features/meetings/context";
import { facilitatorChoices } from "@/features/meetings/queries";
import { meetingRights } from "@/features/meetings/rules";
import { notFoundPage } from "@/lib/not-found";

export async function generateMetadata() {
  return { title: (await getTranslations("meetings.edit"))("title") };
}

export default async function EditMeetingPage({ params }: { params: Promise<{ slug: string; meetingId: string }> }) {
  const { slug, meetingId } = await params;
  const { association, actor, meeting, now } = await meetingContext(slug, meetingId);
  if (!meetingRights.edit(actor, meeting)) notFoundPage();
  const t = await getTranslations("meetings.edit");
  return (
    <section aria-labelledby="edit" className="card">
      <h2 id="edit" style={{ marginTop: 0 }}>
        {t("title")}
      </h2>
      {meeting.status === "CANCELLED" ? (
        <p className="notice notice-warn">{t("cancelled")}</p>
      ) : (
        <EditMeetingForm meeting={meeting} timezone={association.timezone} facilitators={await facilitatorChoices(association, now)} />
      )}
    </section>
  );
}
