import { getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import type { PlanView } from "../queries";
import { entryTargetProblem, planEditProblem } from "../rules";
import { planYear } from "./format";

type Section = "plan" | "edit" | "entries" | "import" | "compare";

/** The plan's title, status and the pages about it. */
export async function PlanHeader({
  slug,
  view,
  rights,
  current,
  day,
}: {
  slug: string;
  view: PlanView;
  rights: { edit: boolean; details: boolean };
  current: Section;
  day: (value: Date | string) => string;
}) {
  const t = await getTranslations("budget");
  const { plan } = view;
  const base = `/a/${slug}/budget/${plan.id}`;
  const links: { key: Section; href: string; label: string; show: boolean }[] = [
    { key: "plan", href: base, label: t("sections.plan"), show: true },
    { key: "edit", href: `${base}/edit`, label: t("sections.edit"), show: rights.edit && planEditProblem(plan) === null },
    { key: "entries", href: `${base}/entries`, label: t("sections.entries"), show: rights.details },
    { key: "import", href: `${base}/import`, label: t("sections.import"), show: rights.edit && entryTargetProblem(plan) === null },
    { key: "compare", href: `${base}/compare`, label: t("sections.compare"), show: Boolean(plan.revisesId || view.revisedBy || view.supersededBy) },
  ];
  return (
    <header>
      <p className="muted text-sm">
        <Link href={`/a/${slug}/budget`}>{t("title")}</Link>
      </p>
      <h1>
        {t("planTitle", { year: planYear(plan) })}
        {plan.revision > 1 ? <span className="muted"> · {t("revision", { number: plan.revision })}</span> : null}
      </h1>
      <p>
        <span className={`badge ${plan.status === "ADOPTED" ? "badge-ok" : plan.status === "DRAFT" ? "" : "badge-alert"}`}>{t(`status.${plan.status}`)}</span>{" "}
        <span className="muted">{t("period", { from: day(plan.startsOn), to: day(plan.endsOn) })}</span>
        {plan.adoptedOn ? <span className="muted"> · {t("adoptedOn", { date: day(plan.adoptedOn) })}</span> : null}
      </p>
      {view.revisedBy ? (
        <p className="notice notice-warn">
          {t("revisionInProgress")} <Link href={`/a/${slug}/budget/${view.revisedBy.id}`}>{t("seeRevision", { number: view.revisedBy.revision })}</Link>
        </p>
      ) : null}
      {view.supersededBy ? (
        <p className="notice notice-warn">
          {t("supersededNotice")} <Link href={`/a/${slug}/budget/${view.supersededBy.id}`}>{t("seeRevision", { number: view.supersededBy.revision })}</Link>
        </p>
      ) : null}
      <nav aria-label={t("planSections")} className="flex flex-wrap gap-4 no-print" style={{ marginBottom: "1rem" }}>
        {links
          .filter((l) => l.show)
          .map((l) => (
            <Link key={l.key} href={l.href} aria-current={l.key === current ? "page" : undefined} className={l.key === current ? "font-semibold no-underline" : undefined}>
              {l.label}
            </Link>
          ))}
      </nav>
    </header>
  );
}
