import { getFormatter, getTranslations } from "next-intl/server";
import { CreateActionForm } from "@/features/actions/components/action-forms";
import { ActionFiltersForm } from "@/features/actions/components/action-filters";
import { ActionTable } from "@/features/actions/components/action-table";
import { actionsList, assignableMembers, freeTextAssignees, meetingsWithActions } from "@/features/actions/queries";
import { canRecord } from "@/features/actions/rules";
import { actionFiltersSchema } from "@/features/actions/schema";
import { associationContext } from "@/features/members/context";
import { todayIn } from "@/lib/zoned-time";

export async function generateMetadata() {
  return { title: (await getTranslations("actions"))("title") };
}

type Search = Record<string, string | string[] | undefined>;

export default async function ActionsPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Search> }) {
  const { slug } = await params;
  const { association, actor, now } = await associationContext(slug);
  const raw = await searchParams;
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const filters = actionFiltersSchema.parse({ assignee: first(raw.assignee), status: first(raw.status), meeting: first(raw.meeting), overdue: first(raw.overdue) });
  const t = await getTranslations("actions");
  const format = await getFormatter();
  const today = todayIn(now, association.timezone);
  const [rows, members, names, meetings] = await Promise.all([
    actionsList(association.id, actor, filters, today),
    assignableMembers(association.id, now),
    freeTextAssignees(association.id),
    meetingsWithActions(association.id),
  ]);
  const unassigned = rows.filter((row) => !row.assigneeId && !row.assigneeName).length;
  return (
    <>
      <h1>{t("title")}</h1>
      <ActionFiltersForm
        filters={filters}
        members={members.map((m) => ({ value: m.id, label: m.name }))}
        names={names}
        meetings={meetings.map((m) => ({ value: m.id, label: `${m.title} (${format.dateTime(m.startsAt, { dateStyle: "medium", timeZone: association.timezone })})` }))}
      />
      <p role="status">
        {t("count", { count: rows.length })} {unassigned ? <strong className="badge badge-alert">{t("unassignedCount", { count: unassigned })}</strong> : null}
      </p>
      {rows.length ? <ActionTable rows={rows} slug={slug} today={today} caption={t("title")} /> : <p className="muted">{t("none")}</p>}
      {canRecord(actor, null) ? (
        <section aria-labelledby="new-action" className="card">
          <h2 id="new-action" style={{ marginTop: 0 }}>
            {t("newOwn")}
          </h2>
          <p className="muted text-sm">{t("newOwnHint")}</p>
          <CreateActionForm associationId={association.id} members={members} label={t("newOwn")} />
        </section>
      ) : null}
    </>
  );
}
