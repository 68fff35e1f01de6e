// Every feature's messages, per language. A test checks that both languages hold the same keys.
import enActions from "./en/actions.json";
import enAgenda from "./en/agenda.json";
import enApprovals from "./en/approvals.json";
import enAssociations from "./en/associations.json";
import enAttendance from "./en/attendance.json";
import enAuth from "./en/auth.json";
import enBudget from "./en/budget.json";
import enCommon from "./en/common.json";
import enDecisions from "./en/decisions.json";
import enGroups from "./en/groups.json";
import enMeetings from "./en/meetings.json";
import enMembers from "./en/members.json";
import enMinutes from "./en/minutes.json";
import enNotifications from "./en/notifications.json";
import frActions from "./fr/actions.json";
import frAgenda from "./fr/agenda.json";
import frApprovals from "./fr/approvals.json";
import frAssociations from "./fr/associations.json";
import frAttendance from "./fr/attendance.json";
import frAuth from "./fr/auth.json";
import frBudget from "./fr/budget.json";
import frCommon from "./fr/common.json";
import frDecisions from "./fr/decisions.json";
import frGroups from "./fr/groups.json";
import frMeetings from "./fr/meetings.json";
import frMembers from "./fr/members.json";
import frMinutes from "./fr/minutes.json";
import frNotifications from "./fr/notifications.json";

export const catalogs = {
  en: [enCommon, enAuth, enMembers, enAssociations, enNotifications, enMeetings, enAttendance, enAgenda, enMinutes, enApprovals, enActions, enDecisions, enGroups, enBudget],
  fr: [frCommon, frAuth, frMembers, frAssociations, frNotifications, frMeetings, frAttendance, frAgenda, frMinutes, frApprovals, frActions, frDecisions, frGroups, frBudget],
} as const;
