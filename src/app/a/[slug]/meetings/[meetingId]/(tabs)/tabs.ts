// The tabs of a meeting's pages. Each feature adds its own entry: `path` is appended to the
// meeting's address, `messageKey` is a full message key, `show` hides a tab from those who may
// not open it (everyone sees the tab when it is absent).
import { attendanceRights } from "@/features/attendance/rules";
import type { MeetingKind } from "@/features/meetings/rules";
import type { Actor } from "@/features/members/rules";

export type MeetingTab = {
  key: string;
  path: string;
  messageKey: string;
  show?: (context: { actor: Actor; meeting: { kind: MeetingKind; facilitatorId: string | null } }) => boolean;
};

export const MEETING_TABS: MeetingTab[] = [
  { key: "overview", path: "", messageKey: "meetings.tabs.overview" },
  { key: "agenda", path: "/agenda", messageKey: "meetings.tabs.agenda" },
  { key: "attendance", path: "/attendance", messageKey: "meetings.tabs.attendance", show: ({ actor }) => attendanceRights.read(actor) },
  { key: "minutes", path: "/minutes", messageKey: "meetings.tabs.minutes" },
  { key: "decisions", path: "/decisions", messageKey: "meetings.tabs.decisions" },
];
