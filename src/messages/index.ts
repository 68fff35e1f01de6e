// Every feature's messages, per language. A test checks that both languages hold the same keys.
import enActions from "./en/actions.json";
import enAssociations from "./en/associations.json";
import enAuth from "./en/auth.json";
import enCommon from "./en/common.json";
import enDecisions from "./en/decisions.json";
import enGroups from "./en/groups.json";
import enMembers from "./en/members.json";
import enNotifications from "./en/notifications.json";
import frActions from "./fr/actions.json";
import frAssociations from "./fr/associations.json";
import frAuth from "./fr/auth.json";
import frCommon from "./fr/common.json";
import frDecisions from "./fr/decisions.json";
import frGroups from "./fr/groups.json";
import frMembers from "./fr/members.json";
import frNotifications from "./fr/notifications.json";

export const catalogs = {
  en: [enCommon, enAuth, enMembers, enAssociations, enNotifications, enActions, enDecisions, enGroups],
  fr: [frCommon, frAuth, frMembers, frAssociations, frNotifications, frActions, frDecisions, frGroups],
} as const;
