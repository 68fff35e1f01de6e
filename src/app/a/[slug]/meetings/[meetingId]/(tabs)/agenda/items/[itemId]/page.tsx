import { getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { DeleteItemForm } from "@/features/agenda/components/delete-item-form";
import { EditItemForm, PlaceItemForm } from "@/features/agenda/components/item-form";
import { MeetingHeading } from "@/features/agenda/components/meeting-heading";
import { agendaPath } from "@/features/agenda/paths";
import { agendaFor, meetingOfAgenda, memberChoices } from "@/features/agenda/queries";
import { agendaCan, flattenAgenda } from "@/features/agenda/rules";
import { associationContext } from "@/features/members/context";
import { notFoundPage } from "@/lib/not-found";

export async function generateMetadata() {
  return { title: (await getTranslations("agenda"))("title") };
}

export default async function EditAgendaItemPage({ params }: { params: Promise<{ slug: string; meetingId: string; itemId: string }> }) {
  const { slug, meetingId, itemId } = await params;
  const { association, actor, now } = await associationContext(slug);
  const meeting = await meetingOfAgenda(association.id, meetingId);
  if (!meeting || !agendaCan.edit(actor, meeting)) notFoundPage();
  const t = await getTranslations("agenda");
  const { tree } = await agendaFor(actor, meeting);
  const item = flattenAgenda(tree).find((node) => node.id === itemId);
  if (!item) notFoundPage();
  const scope = { slug, associationId: association.id, meetingId: meeting.id };
  const back = (
    <p className="no-print">
      <Link href={`${agendaPath(slug, meeting.id)}#item-${item.id}`}>← {t("backToAgenda")}</Link>
    </p>
  );
  if (meeting.status === "CANCELLED") {
    return (
      <>
        <MeetingHeading slug={slug} meeting={meeting} timezone={association.timezone} print={false} />
        <p className="notice notice-warn">{t("cancelledNotice")}</p>
        {back}
      </>
    );
  }
  return (
    <div key={item.updatedAt.toISOString()}>
      <MeetingHeading slug={slug} meeting={meeting} timezone={association.timezone} print={false} />
      {back}
      <section aria-labelledby="edit-item" className="card">
        <h2 id="edit-item" style={{ marginTop: 0 }}>
          {t("form.editHeading", { number: item.number })}
        </h2>
        <EditItemForm scope={scope} item={item} members={await memberChoices(association.id, now)} />
      </section>
      <section aria-labelledby="move-item" className="card">
        <h2 id="move-item" style={{ marginTop: 0 }}>
          {t("form.moveHeading")}
        </h2>
        <PlaceItemForm scope={scope} item={item} tree={tree} />
      </section>
      <section aria-labelledby="delete-item" className="card">
        <h2 id="delete-item" style={{ marginTop: 0 }}>
          {t("form.deleteHeading")}
        </h2>
        <DeleteItemForm node={item} editor={scope} open />
      </section>
    </div>
  );
}
