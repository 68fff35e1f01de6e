// What the generator modules share: the run's settings and, per association, the plan that
// earlier modules filled (people and terms, then meetings with their agendas) for later ones.
import type { Batch } from "./copy.ts";
import type { Random } from "./random.ts";

export type MemberKind = "VOTING" | "ADVISORY" | "MEMBER";
export type Office = "PRESIDENT" | "SECRETARY" | "TREASURER";

/** A calendar day, "YYYY-MM-DD" (stored as @db.Date). */
export type Day = string;

export type Term = { id: string; kind: MemberKind; offices: Office[]; startsOn: Day; endsOn: Day | null };
export type Person = { id: string; name: string; email: string; terms: Term[] };

export type AgendaEntry = {
  id: string;
  parentId: string | null;
  depth: number;
  position: number;
  kind: "SECTION" | "INFORMATION" | "DISCUSSION" | "DECISION" | "QUESTION" | "FOLLOW_UP";
  title: string;
  origin: string;
};

export type AttendanceEntry = { userId: string; status: "PRESENT" | "REMOTE" | "REPRESENTED" | "EXCUSED" | "ABSENT"; leftAt: Date | null };

export type MeetingEntry = {
  id: string;
  kind: "BOARD" | "GENERAL_ASSEMBLY";
  title: string;
  day: Day;
  startsAt: Date;
  endsAt: Date;
  status: "PLANNED" | "HELD" | "CANCELLED";
  facilitatorId: string | null;
  agenda: AgendaEntry[];
  attendance: AttendanceEntry[];
};

export type AssociationPlan = {
  index: number;
  id: string;
  slug: string;
  name: string;
  timezone: string;
  locale: "fr" | "en";
  /** Years of history of this association (the first ones have the full length). */
  years: number;
  foundedOn: Day;
  /** Days of the yearly general assemblies, where the board is renewed. */
  assemblyDays: Day[];
  people: Person[];
  /** Filled by the meetings module, in date order. */
  meetings: MeetingEntry[];
  /** Audit events of every module, written last in time order (ids follow time, as in real use). */
  audit: AuditEntry[];
  /** Free room for later modules to pass their own plan along (by module name). */
  extra: Record<string, unknown>;
};

export type AuditEntry = {
  at: Date;
  actorUserId: string | null;
  entity: string;
  entityId: string;
  action: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};

export type RunSettings = {
  seed: number;
  associations: number;
  years: number;
  /** The reference day: meetings before it are held, after it planned. */
  today: Day;
  asOf: Date;
  passwordHash: string;
};

/**
 * One generator module per feature. `generate` adds the rows of one association to the batch
 * (never one query per row); modules run in order, so a module may read what earlier ones put
 * in the plan. `random` is the module's own stream for this association, so adding or changing
 * a module never changes what the others generate.
 */
export type GeneratorModule = {
  name: string;
  /** The tables it fills, parents first (COPY order). Empty for a stub. */
  tables: readonly string[];
  generate(plan: AssociationPlan, out: Batch, random: Random, settings: RunSettings): void;
};

// Calendar helpers on "YYYY-MM-DD" days (UTC arithmetic: days have no time zone).
export const dayOf = (date: Date): Day => date.toISOString().slice(0, 10);
export const dateOf = (day: Day): Date => new Date(`${day}T00:00:00Z`);
export const addDays = (day: Day, days: number): Day => dayOf(new Date(dateOf(day).getTime() + days * 86_400_000));
export function addMonths(day: Day, months: number): Day {
  const d = dateOf(day);
  return dayOf(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1)));
}
/** The `nth` (1-based) `weekday` (0 = Sunday) of the month holding `day`. */
export function nthWeekday(day: Day, weekday: number, nth: number): Day {
  const d = dateOf(day);
  const first = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
  const offset = (weekday - first.getUTCDay() + 7) % 7;
  return dayOf(new Date(first.getTime() + (offset + (nth - 1) * 7) * 86_400_000));
}

export function termCovers(term: Term, day: Day): boolean {
  return term.startsOn <= day && (term.endsOn === null || term.endsOn >= day);
}

/** Who holds a board seat (voting or advisory) on `day`. */
export function boardOn(plan: AssociationPlan, day: Day): { person: Person; term: Term }[] {
  const board: { person: Person; term: Term }[] = [];
  for (const person of plan.people) {
    const term = person.terms.find((t) => t.kind !== "MEMBER" && termCovers(t, day));
    if (term) board.push({ person, term });
  }
  return board;
}

export function membersOn(plan: AssociationPlan, day: Day): { person: Person; term: Term }[] {
  const members: { person: Person; term: Term }[] = [];
  for (const person of plan.people) {
    const term = person.terms.find((t) => t.kind === "MEMBER" && termCovers(t, day));
    if (term) members.push({ person, term });
  }
  return members;
}

export function officeHolder(plan: AssociationPlan, office: Office, day: Day): Person | undefined {
  return plan.people.find((p) => p.terms.some((t) => t.offices.includes(office) && termCovers(t, day)));
}
