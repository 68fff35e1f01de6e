// Who may do what in an association, decided from a membership term: pure, no database.

export type MemberKind = "VOTING" | "ADVISORY" | "MEMBER";
export type Office = "PRESIDENT" | "SECRETARY" | "TREASURER";
export const MEMBER_KINDS: readonly MemberKind[] = ["VOTING", "ADVISORY", "MEMBER"];
export const OFFICES: readonly Office[] = ["PRESIDENT", "SECRETARY", "TREASURER"];

export type Role = { kind: MemberKind; offices: readonly Office[] };

/** A term's first and last days are calendar dates (`@db.Date`, midnight UTC). */
export type Term = { startsOn: Date; endsOn: Date | null };

export function termCovers(term: Term, day: Date): boolean {
  return term.startsOn.getTime() <= day.getTime() && (term.endsOn === null || term.endsOn.getTime() >= day.getTime());
}

/** The signed-in person as seen by one association, loaded fresh from the database. */
export type Actor = {
  userId: string;
  associationId: string;
  isOperator: boolean;
  membershipId: string | null;
  role: Role | null;
};

export const holds = (actor: Actor, office: Office) => actor.role?.offices.includes(office) ?? false;
export const isPresident = (actor: Actor) => holds(actor, "PRESIDENT");
export const isSecretary = (actor: Actor) => holds(actor, "SECRETARY");
export const isTreasurer = (actor: Actor) => holds(actor, "TREASURER");
export const isMember = (actor: Actor) => actor.role !== null;
export const isBoardMember = (actor: Actor) => actor.role?.kind === "VOTING" || actor.role?.kind === "ADVISORY";
export const isVotingMember = (actor: Actor) => actor.role?.kind === "VOTING";

export const can = {
  readAssociation: isMember,
  readMembers: isMember,
  manageRoles: isPresident,
  invite: (actor: Actor) => isPresident(actor) || isSecretary(actor),
  /** Offices are handed out by the president alone, even in an invitation. */
  grantOffices: isPresident,
  editSettings: isPresident,
  readAudit: isPresident,
};

export type RoleProblem = "OFFICE_NEEDS_BOARD" | "LAST_PRESIDENT";

/**
 * Checks a new role for a member. `otherPresidents` counts the presidents besides this member,
 * so the association never ends up without one.
 */
export function roleChangeProblem(current: Role | null, next: Role, otherPresidents: number): RoleProblem | null {
  if (next.offices.length > 0 && next.kind === "MEMBER") return "OFFICE_NEEDS_BOARD";
  const wasPresident = current?.offices.includes("PRESIDENT") ?? false;
  if (wasPresident && !next.offices.includes("PRESIDENT") && otherPresidents === 0) return "LAST_PRESIDENT";
  return null;
}

/** Offices in a fixed order, without repeats. */
export const normalizeOffices = (offices: readonly Office[]): Office[] => OFFICES.filter((o) => offices.includes(o));

const DAY_MS = 86_400_000;
export const dayBefore = (day: Date) => new Date(day.getTime() - DAY_MS);
