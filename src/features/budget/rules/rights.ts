// Who may see and change the budget: pure checks on the acting membership.
import { isBoardMember, isPresident, isTreasurer, type Actor } from "@/features/members/rules";
import type { PlanStatus } from "./plan";

/** What the association decided about its members (adhérents) reading the budget. */
export type BudgetSettings = { membersSeeBudget: boolean };

const isAdherent = (actor: Actor) => actor.role?.kind === "MEMBER";

export const budgetCan = {
  /** The treasurer and the president keep the budget, the entries and the treasury. */
  edit: (actor: Actor) => isTreasurer(actor) || isPresident(actor),
  /** Whether the budget section exists for this person at all. */
  read: (actor: Actor, settings: BudgetSettings) => budgetCan.edit(actor) || isBoardMember(actor) || (isAdherent(actor) && settings.membersSeeBudget),
  /** Members read adopted plans (and the ones a revision replaced) when the association allows it; drafts stay with the board. */
  readPlan: (actor: Actor, settings: BudgetSettings, plan: { status: PlanStatus }) =>
    budgetCan.edit(actor) || isBoardMember(actor) || (isAdherent(actor) && settings.membersSeeBudget && plan.status !== "DRAFT"),
  /** The entries one by one, the imports and the treasury: the board only. */
  readDetails: (actor: Actor) => budgetCan.edit(actor) || isBoardMember(actor),
};
