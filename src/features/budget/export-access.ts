import "server-only";
import type { associationAccess } from "@/features/members/context";
import { readPlanView } from "./queries";
import { budgetCan } from "./rules";

type Access = Awaited<ReturnType<typeof associationAccess>>;

/** For the CSV downloads: the plan when this person may read it (and its entries, for "details"). */
export async function exportAccess({ access }: Access, planId: string, need: "read" | "details") {
  if (!access || !/^[0-9a-f-]{36}$/i.test(planId)) return null;
  const { association, actor } = access;
  if (!budgetCan.read(actor, association) || (need === "details" && !budgetCan.readDetails(actor))) return null;
  const view = await readPlanView(association.id, planId);
  if (!view || !budgetCan.readPlan(actor, association, view.plan)) return null;
  return { association, view };
}

export function csvResponse(csv: string, fileName: string): Response {
  const safe = fileName.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^\w.-]+/g, "-");
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${safe}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
