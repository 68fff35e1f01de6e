import { getTranslations } from "next-intl/server";
import { BudgetGlance } from "@/features/budget/components/budget-glance";
import { associationContext } from "@/features/members/context";
import { RoleLabel } from "@/features/members/components/role-label";
import { NextMeetingSection } from "@/features/meetings/components/next-meeting";
import { AgendaDashboardSection } from "@/features/agenda/components/dashboard-section";
import { DashboardActions } from "@/features/actions/components/dashboard-actions";
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
      <NextMeetingSection association={association} actor={actor} now={now} />
      <AgendaDashboardSection slug={slug} associationId={association.id} timezone={association.timezone} actor={actor} now={now} />
      <DashboardActions association={association} actor={actor} now={now} />
      <BudgetGlance association={association} actor={actor} now={now} />
      {approvalRights.readDrafts(actor) ? <PendingApprovals userId={user.id} association={association} now={now} /> : null}
    </>
  );
}
