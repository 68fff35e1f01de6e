import { getTranslations } from "next-intl/server";
import type { RegisterFilters } from "../schema";

/** A plain GET form: search and filters live in the address, and the CSV link takes the same ones. */
export async function RegisterFiltersForm({ filters, years }: { filters: RegisterFilters; years: number[] }) {
  const t = await getTranslations("decisions.register");
  const to = await getTranslations("decisions.outcome");
  const tk = await getTranslations("decisions.meeting.kind");
  return (
    <form method="get" className="card inline-form" role="search" aria-label={t("searchLabel")}>
      <div className="field">
        <label htmlFor="register-q">{t("query")}</label>
        <input id="register-q" type="search" name="q" defaultValue={filters.q ?? ""} maxLength={200} />
      </div>
      <div className="field">
        <label htmlFor="register-year">{t("year")}</label>
        <select id="register-year" name="year" defaultValue={filters.year ? String(filters.year) : ""}>
          <option value="">{t("anyYear")}</option>
          {years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="register-kind">{t("kind")}</label>
        <select id="register-kind" name="kind" defaultValue={filters.kind ?? ""}>
          <option value="">{t("anyKind")}</option>
          {(["BOARD", "GENERAL_ASSEMBLY", "OTHER"] as const).map((kind) => (
            <option key={kind} value={kind}>
              {tk(kind)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="register-outcome">{t("outcome")}</label>
        <select id="register-outcome" name="outcome" defaultValue={filters.outcome ?? ""}>
          <option value="">{t("anyOutcome")}</option>
          {(["ADOPTED", "REJECTED", "POSTPONED"] as const).map((outcome) => (
            <option key={outcome} value={outcome}>
              {to(outcome)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button-primary">
        {t("search")}
      </button>
    </form>
  );
}

/** The filters as a query string, for the CSV link. */
export function filtersQuery(filters: RegisterFilters): string {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.year) params.set("year", String(filters.year));
  if (filters.kind) params.set("kind", filters.kind);
  if (filters.outcome) params.set("outcome", filters.outcome);
  const text = params.toString();
  return text ? `?${text}` : "";
}
