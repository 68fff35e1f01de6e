// Meetings and agendas for the agenda tests, written straight into the database.
import { db } from "@/lib/db";

export async function makeMeeting(
  associationId: string,
  overrides: { title?: string; startsAt?: Date; endsAt?: Date; status?: "PLANNED" | "HELD" | "CANCELLED"; facilitatorId?: string | null } = {},
) {
  const startsAt = overrides.startsAt ?? new Date("2026-04-07T16:00:00Z");
  return db().meeting.create({
    data: {
      associationId,
      title: overrides.title ?? "Conseil d’administration",
      startsAt,
      endsAt: overrides.endsAt ?? new Date(startsAt.getTime() + 2 * 3_600_000),
      status: overrides.status ?? "PLANNED",
      facilitatorId: overrides.facilitatorId ?? null,
      place: "Local de l’association",
    },
  });
}

type Spec = { title: string; minutes?: number; visibility?: "PUBLIC" | "MEMBERS" | "BOARD"; children?: Spec[] };

/** Creates the items of `spec` in order; returns their ids by title. */
export async function makeAgenda(meeting: { id: string; associationId: string }, spec: Spec[], parentId: string | null = null, ids = new Map<string, string>()) {
  for (const [position, item] of spec.entries()) {
    const created = await db().agendaItem.create({
      data: {
        associationId: meeting.associationId,
        meetingId: meeting.id,
        parentId,
        position,
        title: item.title,
        durationMinutes: item.minutes ?? null,
        visibility: item.visibility ?? "MEMBERS",
      },
    });
    ids.set(item.title, created.id);
    if (item.children) await makeAgenda(meeting, item.children, created.id, ids);
  }
  return ids;
}

/** The agenda as "number title" lines, read back from the database. */
export async function outlineOf(meetingId: string): Promise<string[]> {
  const rows = await db().agendaItem.findMany({ where: { meetingId }, select: { id: true, parentId: true, position: true, title: true } });
  const lines: string[] = [];
  const walk = (parentId: string | null, prefix: string) => {
    rows
      .filter((row) => row.parentId === parentId)
      .sort((a, b) => a.position - b.position)
      .forEach((row, index) => {
        const number = prefix ? `${prefix}.${index + 1}` : String(index + 1);
        lines.push(`${number} ${row.title}`);
        walk(row.id, number);
      });
  };
  walk(null, "");
  return lines;
}

/** Positions per parent, as stored (to check they form 0..n-1). */
export async function positionsOf(meetingId: string) {
  return db().agendaItem.findMany({ where: { meetingId }, select: { id: true, parentId: true, position: true } });
}
