// What the bench measures: ONE table of pages and actions. Add a feature's page or action here
// (a few lines); until its route exists, the bench reports it as "not yet built" instead of
// failing. Paths are looked up per association (the large and the small one, and those of the
// capacity mix) so that ids come from the generated data.
import type { BenchAssociation, Sql } from "./lib/data.ts";

export type Role = "president" | "secretary" | "treasurer" | "voter" | "advisory" | "adherent";

export type Target = {
  key: string;
  label: string;
  /** Whose session requests it (a current holder of that role in the association). */
  role: Role;
  /** The page's path, or null when what it needs is missing from the data (feature not merged). */
  path: (association: BenchAssociation, sql: Sql) => Promise<string | null>;
  /**
   * For an action: the form of that page whose HTML contains `form`, posted as a browser without
   * JavaScript posts it (multipart, with its hidden fields), with `set` fields added or changed.
   */
  action?: { form: string; set?: Record<string, string> };
  /** Counts towards the first-load JavaScript budget (every member page). */
  memberPage: boolean;
  /** Share in the capacity mix of simultaneous users (0: measured alone only). */
  weight: number;
};

const latestHeldMeeting = async (a: BenchAssociation, sql: Sql) =>
  (await sql<{ id: string }>(`SELECT id FROM "Meeting" WHERE "associationId" = $1 AND status = 'HELD' ORDER BY "startsAt" DESC LIMIT 1`, [a.id]))[0]?.id ?? null;
const nextMeeting = async (a: BenchAssociation, sql: Sql) =>
  (await sql<{ id: string }>(`SELECT id FROM "Meeting" WHERE "associationId" = $1 AND status = 'PLANNED' ORDER BY "startsAt" LIMIT 1`, [a.id]))[0]?.id ?? null;
const withId = (id: string | null, path: (id: string) => string) => (id ? path(id) : null);

export const TARGETS: Target[] = [
  // Foundation pages (on main).
  { key: "dashboard", label: "Dashboard", role: "voter", path: async (a) => `/a/${a.slug}`, memberPage: true, weight: 30 },
  { key: "members", label: "Members (president: role forms)", role: "president", path: async (a) => `/a/${a.slug}/members`, memberPage: true, weight: 4 },
  { key: "settings", label: "Settings", role: "president", path: async (a) => `/a/${a.slug}/settings`, memberPage: true, weight: 1 },
  { key: "audit", label: "Audit trail", role: "president", path: async (a) => `/a/${a.slug}/audit`, memberPage: true, weight: 1 },
  {
    key: "language",
    label: "Language switch (action, redirects)",
    role: "voter",
    path: async (a) => `/a/${a.slug}`,
    action: { form: 'name="locale"', set: { locale: "fr", back: "/" } },
    memberPage: false,
    weight: 0,
  },

  // Feature pages: the routes below are the expected ones; adjust them when the features merge.
  { key: "meeting", label: "Meeting: agenda and attendance", role: "voter", path: async (a, sql) => withId(await latestHeldMeeting(a, sql), (id) => `/a/${a.slug}/meetings/${id}`), memberPage: true, weight: 20 },
  { key: "review", label: "Minutes review: approval table", role: "voter", path: async (a, sql) => withId(await latestHeldMeeting(a, sql), (id) => `/a/${a.slug}/meetings/${id}/review`), memberPage: true, weight: 10 },
  { key: "actions", label: "Actions list", role: "voter", path: async (a) => `/a/${a.slug}/actions`, memberPage: true, weight: 10 },
  { key: "decisions", label: "Decisions register search", role: "voter", path: async (a) => `/a/${a.slug}/decisions?q=budget`, memberPage: true, weight: 8 },
  { key: "budget", label: "Budget", role: "treasurer", path: async (a) => `/a/${a.slug}/budget`, memberPage: true, weight: 7 },
  {
    key: "approval-answer",
    label: "Approval answer (action)",
    role: "voter",
    path: async (a, sql) => withId(await latestHeldMeeting(a, sql), (id) => `/a/${a.slug}/meetings/${id}/review`),
    action: { form: 'name="response"', set: { response: "APPROVE" } },
    memberPage: false,
    weight: 5,
  },
  {
    key: "agenda-move",
    label: "Agenda move (action)",
    role: "secretary",
    path: async (a, sql) => withId(await nextMeeting(a, sql), (id) => `/a/${a.slug}/meetings/${id}`),
    action: { form: 'name="direction"', set: { direction: "down" } },
    memberPage: false,
    weight: 5,
  },
];

/** The floor of the machine: a static file of the same server. */
export const STATIC_FLOOR = "/robots.txt";
