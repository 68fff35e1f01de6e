import { getTranslations } from "next-intl/server";
import { numberOf, type AgendaRow } from "../rules";
import { DONE, type Done } from "../paths";

/** What the last action did, read from the address it sent the person back to. */
export async function DoneNotice({ params, rows }: { params: { done?: string; item?: string; n?: string }; rows: readonly AgendaRow[] }) {
  const t = await getTranslations("agenda.done");
  const done = DONE.find((d) => d === params.done) as Done | undefined;
  if (!done) return null;
  const number = params.item ? numberOf(rows, params.item) : null;
  const count = Math.max(0, Math.min(10_000, Number(params.n) || 0));
  const needsNumber = done === "added" || done === "saved" || done === "moved" || done === "accepted";
  // The item may have gone since (deleted by someone else, or hidden from this reader).
  if (needsNumber && !number) return null;
  const message =
    done === "deleted" || done === "pulled" ? t(done, { count }) : needsNumber ? t(done as "added", { number: number! }) : t(done as "proposed");
  return (
    <p role="status" className="notice notice-ok">
      {message}
    </p>
  );
}
