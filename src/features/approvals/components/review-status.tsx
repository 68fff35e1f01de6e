import { getFormatter, getTranslations } from "next-intl/server";
import type { ReviewPanel } from "../queries";

/** Where the window stands, derived from the clock: open with days left, approved or contested. */
export async function ReviewStatus({ panel, timezone }: { panel: ReviewPanel; timezone: string }) {
  const t = await getTranslations("approvals.state");
  const format = await getFormatter();
  const day = (instant: Date) => format.dateTime(instant, { dateStyle: "long", timeZone: timezone });
  const when = (instant: Date) => format.dateTime(instant, { dateStyle: "long", timeStyle: "short", timeZone: timezone });
  const { state, review } = panel;
  const opener = review.openedById ? (panel.names.get(review.openedById) ?? "?") : "?";
  return (
    <div className={`notice ${state.status === "APPROVED" ? "notice-ok" : "notice-warn"}`} role="status">
      {state.status === "OPEN" ? (
        <p className="m-0">
          <strong>{t("OPEN", { date: when(state.closesAt) })}</strong> — <strong>{t("daysLeft", { days: state.daysLeft })}</strong>. {t("answered", { answered: state.answered, electors: state.electors })}
        </p>
      ) : state.status === "APPROVED" ? (
        <p className="m-0">
          <strong>{t("APPROVED", { date: day(state.closedAt) })}</strong> — {t("tacit", { count: state.tacit.length })}.{" "}
          {state.byDecision && panel.settledMeeting ? t("byDecision", { meeting: panel.settledMeeting.title }) : null}
        </p>
      ) : (
        <>
          <p className="m-0">
            <strong>{t("CONTESTED", { date: day(state.closedAt) })}</strong> — {t("objections", { count: state.objectors.length })}.
          </p>
          <p className="m-0">
            {panel.followUpMeeting
              ? t("nextMeeting", { meeting: panel.followUpMeeting.title, date: day(panel.followUpMeeting.startsAt) })
              : panel.followUpBacklog
                ? t("backlog")
                : t("pendingFollowUp")}
          </p>
          {state.decisionRejected && panel.settledMeeting ? <p className="m-0">{t("rejected", { meeting: panel.settledMeeting.title })}</p> : null}
        </>
      )}
      <p className="m-0 text-sm">{t("openedBy", { number: review.number, date: when(review.openedAt), name: opener, revision: review.revisionNumber })}</p>
    </div>
  );
}
