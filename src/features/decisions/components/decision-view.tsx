import { getFormatter, getTranslations } from "next-intl/server";
import type { DecisionRow } from "../queries";

export async function OutcomeBadge({ outcome }: { outcome: DecisionRow["outcome"] }) {
  const t = await getTranslations("decisions.outcome");
  return <span className={outcome === "ADOPTED" ? "badge badge-ok" : outcome === "REJECTED" ? "badge badge-alert" : "badge"}>{t(outcome)}</span>;
}

/** "681,72 € HT" in the reader's language. */
export async function Amount({ cents, includesTax, currency }: { cents: number; includesTax: boolean | null; currency: string }) {
  const t = await getTranslations("decisions");
  const format = await getFormatter();
  return (
    <span>
      {format.number(cents / 100, { style: "currency", currency })} {includesTax ? t("tax.TTC") : t("tax.HT")}
    </span>
  );
}

/**
 * A decision with the facts of its vote as the server found them: voters present then, who had
 * left, and a warning when quorum or majority was not met.
 */
export async function DecisionView({ decision, timezone, currency, nameOf }: { decision: DecisionRow; timezone: string; currency: string; nameOf: (id: string) => string }) {
  const t = await getTranslations("decisions");
  const format = await getFormatter();
  const time = format.dateTime(decision.votedAt, { timeStyle: "short", timeZone: timezone });
  const hasVotes = decision.votesFor !== null;
  return (
    <article className="card" aria-label={t("decisionLabel", { text: decision.text.slice(0, 80) })}>
      <p style={{ marginTop: 0 }}>
        <OutcomeBadge outcome={decision.outcome} /> <strong style={{ whiteSpace: "pre-wrap" }}>{decision.text}</strong>
      </p>
      <p className="muted text-sm">
        {t("votedAt", { time })} · {t(`majority.${decision.majority}`)}
        {hasVotes ? ` · ${t("votes", { for: decision.votesFor ?? 0, against: decision.votesAgainst ?? 0, abstain: decision.votesAbstain ?? 0 })}` : ` · ${t("noVotes")}`} ·{" "}
        {t("present", { present: decision.votersPresent, electorate: decision.electorateSize })}
      </p>
      {decision.amountCents !== null ? (
        <p className="text-sm">
          {t("amountLabel")} <Amount cents={decision.amountCents} includesTax={decision.amountIncludesTax} currency={currency} />
          {decision.budgetLine ? <> · {t("commitsLine", { year: decision.budgetLine.plan.fiscalYear, line: decision.budgetLine.label })}</> : null}
        </p>
      ) : null}
      {!decision.quorumMet ? <p className="notice notice-warn">{t("quorumNotMet", { present: decision.votersPresent, required: decision.quorumRequired })}</p> : null}
      {decision.majorityMet === false ? <p className="notice notice-warn">{t("majorityNotMet", { majority: t(`majority.${decision.majority}`) })}</p> : null}
      {decision.majorityMet === true ? <p className="text-sm">{t("majorityMet", { majority: t(`majority.${decision.majority}`) })}</p> : null}
      {decision.departedIds.length ? <p className="text-sm muted">{t("departed", { names: decision.departedIds.map(nameOf).join(", ") })}</p> : null}
    </article>
  );
}
