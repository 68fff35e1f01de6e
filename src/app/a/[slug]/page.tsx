import { getTranslations } from "next-intl/server";
import { associationContext } from "@/features/members/context";
import { RoleLabel } from "@/features/members/components/role-label";
import { PendingApprovals } from "@/features/approvals/components/pending-approvals";
import { approvalRights } from "@/features/approvals/rules";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }) {
  const { association } = await associationContext((await params).slug);
  return { title: association.name };
}

export default async function DashboardPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { user, association, actor, now } = await associationContext(slug);
  const t = await getTranslations("dashboard");
  return (
    <>
      <h1>{association.name}</h1>
      <p className="muted">
        {t("welcome", { name: user.name })} {actor.role ? <RoleLabel kind={actor.role.kind} offices={actor.role.offices} /> : null}
      </p>
      {approvalRights.readDrafts(actor) ? <PendingApprovals userId={user.id} association={association} now={now} /> : null}
    </>
  );
}
