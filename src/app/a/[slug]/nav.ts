import type { Actor } from "@/features/members/rules";
import { can } from "@/features/members/rules";
import { meetingRights } from "@/features/meetings/rules";
import { agendaCan } from "@/features/agenda/rules";
import { budgetCan } from "@/features/budget/rules";

/** The association's sections; each feature adds its own entry here. */
export function associationNav(slug: string, actor: Actor) {
  const base = `/a/${slug}`;
  return [
    { key: "dashboard", href: base, show: true },
    { key: "meetings", href: `${base}/meetings`, show: meetingRights.read(actor) },
    { key: "backlog", href: `${base}/backlog`, show: agendaCan.readBacklog(actor) },
    { key: "actions", href: `${base}/actions`, show: can.readAssociation(actor) },
    { key: "decisions", href: `${base}/decisions`, show: can.readAssociation(actor) },
    { key: "groups", href: `${base}/groups`, show: can.readAssociation(actor) },
    { key: "minutes", href: `${base}/minutes`, show: can.readAssociation(actor) },
    { key: "members", href: `${base}/members`, show: can.readMembers(actor) },
    // Members allowed to read the adopted budget reach it from the dashboard (the menu knows no settings).
    { key: "budget", href: `${base}/budget`, show: budgetCan.readDetails(actor) },
    { key: "settings", href: `${base}/settings`, show: can.editSettings(actor) },
    { key: "audit", href: `${base}/audit`, show: can.readAudit(actor) },
  ].filter((item) => item.show);
}
