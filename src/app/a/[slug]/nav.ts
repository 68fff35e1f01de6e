import type { Actor } from "@/features/members/rules";
import { can } from "@/features/members/rules";

/** The association's sections; each feature adds its own entry here. */
export function associationNav(slug: string, actor: Actor) {
  const base = `/a/${slug}`;
  return [
    { key: "dashboard", href: base, show: true },
    { key: "minutes", href: `${base}/minutes`, show: can.readAssociation(actor) },
    { key: "members", href: `${base}/members`, show: can.readMembers(actor) },
    { key: "settings", href: `${base}/settings`, show: can.editSettings(actor) },
    { key: "audit", href: `${base}/audit`, show: can.readAudit(actor) },
  ].filter((item) => item.show);
}
