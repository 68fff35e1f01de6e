// Every feature's messages, per language. A test checks that both languages hold the same keys.
import enApprovals from "./en/approvals.json";
import enAssociations from "./en/associations.json";
import enAuth from "./en/auth.json";
import enCommon from "./en/common.json";
import enMembers from "./en/members.json";
import enMinutes from "./en/minutes.json";
import enNotifications from "./en/notifications.json";
import frApprovals from "./fr/approvals.json";
import frAssociations from "./fr/associations.json";
import frAuth from "./fr/auth.json";
import frCommon from "./fr/common.json";
import frMembers from "./fr/members.json";
import frMinutes from "./fr/minutes.json";
import frNotifications from "./fr/notifications.json";

export const catalogs = {
  en: [enCommon, enAuth, enMembers, enAssociations, enNotifications, enMinutes, enApprovals],
  fr: [frCommon, frAuth, frMembers, frAssociations, frNotifications, frMinutes, frApprovals],
} as const;
