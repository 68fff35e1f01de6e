import "server-only";
import { associationContext } from "@/features/members/context";
import type { MoneyLocale } from "@/lib/money";
import { notFoundPage } from "@/lib/not-found";
import { readPlanView } from "./queries";
import { budgetCan } from "./rules";

/** For budget pages: the association, the person's budget rights, or "not found". */
export async function budgetContext(slug: string, need: "read" | "details" | "edit" = "read") {
  const context = await associationContext(slug);
  const { association, actor } = context;
  const rights = {
    edit: budgetCan.edit(actor),
    details: budgetCan.readDetails(actor),
    read: budgetCan.read(actor, association),
  };
  if (need === "read" ? !rights.read : need === "details" ? !rights.details : !rights.edit) notFoundPage();
  const locale: MoneyLocale = association.locale;
  return { ...context, rights, locale };
}

/** A plan this person may read, with its figures; anything else is "not found". */
export async function planContext(slug: string, planId: string, need: "read" | "details" | "edit" = "read") {
  const context = await budgetContext(slug, need);
  if (!/^[0-9a-f-]{36}$/i.test(planId)) notFoundPage();
  const view = await readPlanView(context.association.id, planId);
  if (!view || !budgetCan.readPlan(context.actor, context.association, view.plan)) notFoundPage();
  return { ...context, view };
}
