import { getFormatter, getTranslations } from "next-intl/server";
import { associationContext } from "@/features/members/context";
import { ChangeRoleForm, EndMembershipForm, InviteForm } from "@/features/members/components/role-forms";
import { RoleLabel } from "@/features/members/components/role-label";
import { membersOf, pendingInvitations } from "@/features/members/queries";
import { can } from "@/features/members/rules";

export async function generateMetadata() {
  return { title: (await getTranslations("members"))("title") };
}

export default async function MembersPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { association, actor, now } = await associationContext(slug);
  const t = await getTranslations("members");
  const format = await getFormatter();
  const { current, others, today } = await membersOf(association, now);
  const invitations = can.invite(actor) ? await pendingInvitations(association.id, now) : [];
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  const manage = can.manageRoles(actor);
  return (
    <>
      <h1>{t("title")}</h1>
      <section aria-labelledby="current-members">
        <h2 id="current-members">{t("current", { count: current.length })}</h2>
        <div className="card" style={{ overflowX: "auto" }}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("name")}</th>
                <th scope="col">{t("role")}</th>
                <th scope="col">{t("since")}</th>
                {manage ? <th scope="col">{t("manage")}</th> : null}
              </tr>
            </thead>
            <tbody>
              {current.map((term) => (
                // Keyed by person, not term: a role change makes a new term, and the form's answer
                // (without JavaScript) finds its form again by key.
                <tr key={term.user.id}>
                  <td>
                    {term.user.name}
                    {can.invite(actor) ? <div className="muted text-sm">{term.user.email}</div> : null}
                  </td>
                  <td>
                    <RoleLabel kind={term.kind} offices={term.offices} />
                    {term.endsOn ? <div className="muted text-sm">{t("until", { date: day(term.endsOn) })}</div> : null}
                  </td>
                  <td>{day(term.startsOn)}</td>
                  {manage ? (
                    <td>
                      <ChangeRoleForm associationId={association.id} term={term} today={today} />
                      <EndMembershipForm associationId={association.id} term={term} today={today} />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {can.invite(actor) ? (
        <section aria-labelledby="invite" className="card">
          <h2 id="invite" style={{ marginTop: 0 }}>
            {t("invite.title")}
          </h2>
          <InviteForm associationId={association.id} canGrantOffices={can.grantOffices(actor)} />
          {invitations.length ? (
            <>
              <h3>{t("invite.pending")}</h3>
              <ul>
                {invitations.map((invitation) => (
                  <li key={invitation.id}>
                    {invitation.name} &lt;{invitation.email}&gt; · <RoleLabel kind={invitation.kind} offices={invitation.offices} /> ·{" "}
                    {t("invite.expires", { date: format.dateTime(invitation.expiresAt, { dateStyle: "medium", timeZone: association.timezone }) })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
      {others.length ? (
        <section aria-labelledby="history">
          <h2 id="history">{t("history")}</h2>
          <div className="card" style={{ overflowX: "auto" }}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("name")}</th>
                  <th scope="col">{t("role")}</th>
                  <th scope="col">{t("period")}</th>
                </tr>
              </thead>
              <tbody>
                {others.map((term) => (
                  <tr key={term.id}>
                    <td>{term.user.name}</td>
                    <td>
                      <RoleLabel kind={term.kind} offices={term.offices} />
                    </td>
                    <td>{t("periodValue", { from: day(term.startsOn), to: term.endsOn ? day(term.endsOn) : "…" })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </>
  );
}
