import "server-only";
import { db } from "@/lib/db";

const referents = { select: { userId: true, user: { select: { id: true, name: true } } }, orderBy: { position: "asc" as const } };

/** Active groups first, then closed ones, with their referents and latest note. */
export async function groupsList(associationId: string) {
  const groups = await db().workingGroup.findMany({
    where: { associationId },
    select: {
      id: true,
      name: true,
      description: true,
      active: true,
      closedOn: true,
      referents,
      followUps: {
        where: { note: { not: null } },
        select: { note: true, meeting: { select: { startsAt: true, title: true } } },
        orderBy: { meeting: { startsAt: "desc" } },
        take: 1,
      },
    },
    orderBy: [{ active: "desc" }, { name: "asc" }],
  });
  return groups;
}

/** A group with its history of follow-up notes, newest meeting first; null for another association's id. */
export async function groupDetail(associationId: string, groupId: string) {
  return db().workingGroup.findFirst({
    where: { id: groupId, associationId },
    select: {
      id: true,
      name: true,
      description: true,
      active: true,
      closedOn: true,
      createdAt: true,
      referents,
      followUps: {
        select: {
          agendaItemId: true,
          note: true,
          notedAt: true,
          notedBy: { select: { name: true } },
          meeting: { select: { id: true, title: true, startsAt: true } },
        },
        orderBy: { meeting: { startsAt: "desc" } },
      },
    },
  });
}
