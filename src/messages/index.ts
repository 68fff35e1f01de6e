// Every feature's messages, per language. A test checks that both languages hold the same keys.
import enAgenda from "./en/agenda.json";
import enAssociations from "./en/associations.json";
import enAttendance from "./en/attendance.json";
import enAuth from "./en/auth.json";
import enCommon from "./en/common.json";
import enMeetings from "./en/meetings.json";
import enMembers from "./en/members.json";
import enNotifications from "./en/notifications.json";
import frAgenda from "./fr/agenda.json";
import frAssociations from "./fr/associations.json";
import frAttendance from "./fr/attendance.json";
import frAuth from "./fr/auth.json";
import frCommon from "./fr/common.json";
import frMeetings from "./fr/meetings.json";
import frMembers from "./fr/members.json";
import frNotifications from "./fr/notifications.json";

export const catalogs = {
  en: [enCommon, enAuth, enMembers, enAssociations, enNotifications, enMeetings, enAttendance, enAgenda],
  fr: [frCommon, frAuth, frMembers, frAssociations, frNotifications, frMeetings, frAttendance, frAgenda],
} as const;
