import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { assignableMembers } from "@/features/actions/queries";
import { EditGroupForm } from "@/features/groups/components/group-forms";
import { groupDetail } from "@/features/groups/queries";
import { canManageGroups } from "@/features/groups/rules";
import { associationContext } from "@/features/members/context";
import { notFoundPage } from "@/lib/not-found";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function generateMetadata() {
  return { title: (await getTranslations("groups"))("title") };
}

export default async function GroupPage({ params }: { params: Promise<{ slug: string; groupId: string }> }) {
  const { slug, groupId } = await params;
  const { association, actor, now } = await associationContext(slug);
  if (!UUID.test(groupId)) notFoundPage();
  const group = await groupDetail(association.id, groupId);
  if (!group) notFoundPage();
  const t = await getTranslations("groups");
  const format = await getFormatter();
  const manage = canManageGroups(actor);
  const members = manage ? await assignableMembers(association.id, now) : [];
  return (
    <>
      <p>
        <Link href={`/a/${slug}/groups`}>{t("backToList")}</Link>
      </p>
      <h1>{group.name}</h1>
      <p>
        {group.active ? <span className="badge badge-ok">{t("active")}</span> : <span className="badge">{t("closedOn", { date: group.closedOn ? format.dateTime(group.closedOn, { dateStyle: "long", timeZone: "UTC" }) : "?" })}</span>}{" "}
        {group.referents.length ? t("referentsLine", { names: group.referents.map((r) => r.user.name).join(", ") }) : <span className="badge badge-alert">{t("noReferent")}</span>}
      </p>
      {group.description ? <p style={{ whiteSpace: "pre-wrap" }}>{group.description}</p> : null}
      <section aria-labelledby="group-history">
        <h2 id="group-history">{t("history")}</h2>
        {group.followUps.length ? (
          <ol className="card" reversed>
            {group.followUps.map((followUp) => (
              <li key={followUp.agendaItemId} style={{ marginBottom: "0.75rem" }}>
                <Link href={`/a/${slug}/meetings/${followUp.meeting.id}/decisions`}>{followUp.meeting.title}</Link>{" "}
                <span className="muted text-sm">({format.dateTime(followUp.meeting.startsAt, { dateStyle: "long", timeZone: association.timezone })})</span>
                <div style={{ whiteSpace: "pre-wrap" }}>{followUp.note ?? <span className="muted">{t("followUp.noNote")}</span>}</div>
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">{t("noHistory")}</p>
        )}
      </section>
      {manage ? (
        <section className="card" aria-label={t("form.editLabel", { name: group.name })}>
          <EditGroupForm associationId={association.id} group={group} members={members} />
        </section>
      ) : null}
    </>
  );
}
