import { getTranslations } from "next-intl/server";
import { DashboardActions } from "@/features/actions/components/dashboard-actions";
import { AgendaDashboardSection } from "@/features/agenda/components/dashboard-section";
import { PendingApprovals } from "@/features/approvals/components/pending-approvals";
import { approvalRights } from "@/features/approvals/rules";
import { BudgetGlance } from "@/features/budget/components/budget-glance";
import { NextMeetingSection } from "@/features/meetings/components/next-meeting";
import { associationContext } from "@/features/members/context";
import { RoleLabel } from "@/features/members/components/role-label";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }) {
  const { association } = await associationContext((await params).slug);
  return { title: association.name };
}

/** What each person has to do first: the next meeting, minutes waiting for them, their actions. */
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
      {approvalRights.readDrafts(actor) ? <PendingApprovals userId={user.id} association={association} now={now} /> : null}
      <DashboardActions association={association} actor={actor} now={now} />
      <AgendaDashboardSection slug={slug} associationId={association.id} timezone={association.timezone} actor={actor} now={now} />
      <BudgetGlance association={association} actor={actor} now={now} />
    </>
  );
}
