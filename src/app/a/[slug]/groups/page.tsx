import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { assignableMembers } from "@/features/actions/queries";
import { CreateGroupForm } from "@/features/groups/components/group-forms";
import { groupsList } from "@/features/groups/queries";
import { canManageGroups } from "@/features/groups/rules";
import { associationContext } from "@/features/members/context";

export async function generateMetadata() {
  return { title: (await getTranslations("groups"))("title") };
}

export default async function GroupsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { association, actor, now } = await associationContext(slug);
  const t = await getTranslations("groups");
  const format = await getFormatter();
  const groups = await groupsList(association.id);
  const manage = canManageGroups(actor);
  const members = manage ? await assignableMembers(association.id, now) : [];
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      {groups.length ? (
        <div className="card" style={{ overflowX: "auto" }}>
          <table>
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("columns.name")}</th>
                <th scope="col">{t("columns.referents")}</th>
                <th scope="col">{t("columns.state")}</th>
                <th scope="col">{t("columns.lastNote")}</th>
              </tr>
            </thead>
            <tbody>
              {groups.map((group) => (
                <tr key={group.id}>
                  <td>
                    <Link href={`/a/${slug}/groups/${group.id}`}>{group.name}</Link>
                  </td>
                  <td>{group.referents.length ? group.referents.map((r) => r.user.name).join(", ") : <span className="badge badge-alert">{t("noReferent")}</span>}</td>
                  <td>{group.active ? <span className="badge badge-ok">{t("active")}</span> : <span className="badge">{t("closed")}</span>}</td>
                  <td>
                    {group.followUps[0] ? (
                      <>
                        <span className="muted text-sm">{format.dateTime(group.followUps[0].meeting.startsAt, { dateStyle: "medium", timeZone: association.timezone })} · </span>
                        {group.followUps[0].note}
                      </>
                    ) : (
                      <span className="muted">{t("noNoteYet")}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{t("none")}</p>
      )}
      {manage ? (
        <section aria-labelledby="new-group" className="card">
          <h2 id="new-group" style={{ marginTop: 0 }}>
            {t("form.createLabel")}
          </h2>
          <CreateGroupForm associationId={association.id} members={members} />
        </section>
      ) : null}
    </>
  );
}
