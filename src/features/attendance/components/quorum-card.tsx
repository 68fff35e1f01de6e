import { getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { localClock } from "@/features/meetings/rules";
import type { QuorumSummary } from "../queries";
import type { QuorumState } from "../rules";

async function StateLine({ label, state, summary }: { label: string; state: QuorumState; summary: QuorumSummary }) {
  const t = await getTranslations("attendance.quorum");
  return (
    <p>
      <strong>{label}</strong> {t("counted", { counted: state.counted.length, electorate: state.electorate, who: t(`who.${summary.kind}`) })}{" "}
      {summary.rule.kind === "NONE" ? null : <span className={state.met ? "badge badge-ok" : "badge badge-alert"}>{state.met ? t("met") : t("notMet", { required: state.required })}</span>}
    </p>
  );
}

/**
 * The quorum of a meeting from its rule and the recorded attendance: at the start, now while it
 * runs, at a chosen moment, and each time arrivals or departures change the count.
 */
export async function QuorumCard({
  summary,
  timezone,
  detailsHref,
  timeForm,
  chosenText,
  chosenError,
}: {
  summary: QuorumSummary;
  timezone: string;
  /** A link to the attendance page (on the overview). */
  detailsHref?: string;
  /** Shows the "at what time?" form (on the attendance page). */
  timeForm?: boolean;
  chosenText?: string;
  chosenError?: string;
}) {
  const t = await getTranslations("attendance.quorum");
  const clock = (d: Date) => localClock(d, timezone);
  const rule = summary.rule;
  return (
    <section aria-labelledby="quorum" className="card">
      <h2 id="quorum" style={{ marginTop: 0 }}>
        {t("title")}
      </h2>
      <p className="muted">
        {rule.kind === "FRACTION"
          ? t("ruleFraction", { numerator: rule.numerator, denominator: rule.denominator, who: t(`who.${summary.kind}`), required: summary.atStart.required, electorate: summary.atStart.electorate })
          : rule.kind === "COUNT"
            ? t("ruleCount", { count: rule.count, who: t(`who.${summary.kind}`) })
            : summary.kind === "OTHER"
              ? t("ruleNoneOther")
              : t("ruleNone")}{" "}
        {t("advisoryNever")}
      </p>
      {!summary.recorded ? (
        <p>{t("notRecorded")}</p>
      ) : (
        <>
          <StateLine label={t("atStart", { time: clock(summary.startsAt) })} state={summary.atStart} summary={summary} />
          {summary.now ? <StateLine label={t("now")} state={summary.now} summary={summary} /> : null}
          {summary.chosen ? (
            <div role="status">
              <StateLine label={t("atTime", { time: clock(summary.chosen.time) })} state={summary.chosen.state} summary={summary} />
              {summary.chosen.state.departed.length ? (
                <p className="muted text-sm">{t("departedBy", { names: summary.chosen.state.departed.map((id) => summary.names.get(id) ?? "?").join(", ") })}</p>
              ) : null}
            </div>
          ) : null}
          {summary.timeline.length > 1 ? (
            <>
              <h3>{t("changes")}</h3>
              <ul>
                {summary.timeline.map((moment) => (
                  <li key={moment.time.toISOString()}>
                    {t("change", { time: clock(moment.time), counted: moment.state.counted.length, electorate: moment.state.electorate })}{" "}
                    {rule.kind === "NONE" ? null : moment.state.met ? t("met") : t("notMet", { required: moment.state.required })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      )}
      {timeForm ? (
        <form method="get" className="inline-form" aria-label={t("timeForm")}>
          <div className="field">
            <label htmlFor="quorum-at">{t("timeLabel")}</label>
            <input
              id="quorum-at"
              name="at"
              type="time"
              defaultValue={chosenText ?? ""}
              aria-invalid={chosenError ? true : undefined}
              aria-describedby={chosenError ? "quorum-at-error" : undefined}
            />
            {chosenError ? (
              <span id="quorum-at-error" className="field-error">
                {chosenError}
              </span>
            ) : null}
          </div>
          <button type="submit" className="button button-secondary">
            {t("show")}
          </button>
        </form>
      ) : null}
      {detailsHref ? (
        <p>
          <Link href={detailsHref}>{t("details")}</Link>
        </p>
      ) : null}
    </section>
  );
}
