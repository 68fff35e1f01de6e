// Every feature's messages, per language. A test checks that both languages hold the same keys.
import enAssociations from "./en/associations.json";
import enAuth from "./en/auth.json";
import enBudget from "./en/budget.json";
import enCommon from "./en/common.json";
import enMembers from "./en/members.json";
import enNotifications from "./en/notifications.json";
import frAssociations from "./fr/associations.json";
import frAuth from "./fr/auth.json";
import frBudget from "./fr/budget.json";
import frCommon from "./fr/common.json";
import frMembers from "./fr/members.json";
import frNotifications from "./fr/notifications.json";

export const catalogs = {
  en: [enCommon, enAuth, enMembers, enAssociations, enNotifications, enBudget],
  fr: [frCommon, frAuth, frMembers, frAssociations, frNotifications, frBudget],
} as const;
