// Working groups: who manages them and who writes their follow-up notes. Pure.
import { isPresident, isSecretary, type Actor } from "@/features/members/rules";
import { canRecord } from "@/features/actions/rules";

/** The secretary and the president create, edit and close groups. */
export const canManageGroups = (actor: Actor) => isPresident(actor) || isSecretary(actor);

/** A group's note at a meeting: those who record that meeting, or one of the group's referents. */
export function canWriteGroupNote(actor: Actor, meeting: { facilitatorId: string | null }, referentIds: readonly string[]): boolean {
  return canRecord(actor, meeting) || (actor.role !== null && referentIds.includes(actor.userId));
}

/** "Loïc Morvan, Yann Le Bihan": how the referents present a group on the agenda. */
export const referentLine = (names: readonly string[]) => names.join(", ");
