import { getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import type { Actor } from "@/features/members/rules";
import { meetingOutcomeCounts } from "../queries";

/** On a meeting's overview: what it decided and asked, with the actions nobody took standing out. */
export async function MeetingOutcomeSummary({ associationId, meetingId, actor, href }: { associationId: string; meetingId: string; actor: Actor; href: string }) {
  const t = await getTranslations("actions.meetingSummary");
  const counts = await meetingOutcomeCounts(associationId, meetingId, actor);
  if (counts.decisions === 0 && counts.actions === 0) return null;
  return (
    <section aria-labelledby="outcomes" className="card">
      <h2 id="outcomes" style={{ marginTop: 0 }}>
        {t("title")}
      </h2>
      <p>{t("counts", { decisions: counts.decisions, actions: counts.actions })}</p>
      {counts.unassigned ? (
        <p className="notice notice-warn" data-unassigned="true">
          {t("unassigned", { count: counts.unassigned })}
        </p>
      ) : null}
      <p className="no-print">
        <Link href={href}>{t("open")}</Link>
      </p>
    </section>
  );
}
