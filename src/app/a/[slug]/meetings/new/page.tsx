import { getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { CreateMeetingForm, PlanMeetingsForm } from "@/features/meetings/components/meeting-forms";
import { facilitatorChoices } from "@/features/meetings/queries";
import { meetingRights } from "@/features/meetings/rules";
import { associationContext } from "@/features/members/context";
import { notFoundPage } from "@/lib/not-found";

export async function generateMetadata() {
  return { title: (await getTranslations("meetings"))("planLink") };
}

export default async function NewMeetingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { association, actor, now } = await associationContext((await params).slug);
  if (!meetingRights.plan(actor)) notFoundPage();
  const t = await getTranslations("meetings");
  const facilitators = await facilitatorChoices(association, now);
  const me = facilitators.some((p) => p.id === actor.userId) ? actor.userId : "";
  return (
    <>
      <p className="text-sm">
        <Link href={`/a/${association.slug}/meetings`}>{t("backToList")}</Link>
      </p>
      <h1>{t("planLink")}</h1>
      <section aria-labelledby="several" className="card">
        <h2 id="several" style={{ marginTop: 0 }}>
          {t("plan.title")}
        </h2>
        <p className="muted">{t("plan.intro")}</p>
        <PlanMeetingsForm associationId={association.id} facilitators={facilitators} defaultFacilitatorId={me} />
      </section>
      <section aria-labelledby="one" className="card">
        <h2 id="one" style={{ marginTop: 0 }}>
          {t("form.createTitle")}
        </h2>
        <CreateMeetingForm associationId={association.id} facilitators={facilitators} defaultFacilitatorId={me} />
      </section>
    </>
  );
}
