// Meetings, agenda items, attendance, actions and decisions for the actions journeys, written
// straight into the e2e server's database (the meetings and agenda pages are other features).
import type { Seeder } from "./fixtures";

const HOUR = 3_600_000;

/** A meeting: by default one that started an hour ago and ends in an hour. */
export async function meeting(seed: Seeder, associationId: string, extra: { title?: string; startsAt?: Date; endsAt?: Date; kind?: "BOARD" | "GENERAL_ASSEMBLY"; status?: "PLANNED" | "HELD" } = {}) {
  const startsAt = extra.startsAt ?? new Date(Date.now() - HOUR);
  return seed.db.meeting.create({
    data: {
      associationId,
      title: extra.title ?? "Conseil d’administration",
      kind: extra.kind ?? "BOARD",
      startsAt,
      endsAt: extra.endsAt ?? new Date(startsAt.getTime() + 2 * HOUR),
      status: extra.status ?? "PLANNED",
    },
  });
}

export async function items(seed: Seeder, m: { id: string; associationId: string }, titles: string[]) {
  const created = [];
  for (const [position, title] of titles.entries()) {
    created.push(await seed.db.agendaItem.create({ data: { associationId: m.associationId, meetingId: m.id, position, title, kind: "DECISION" } }));
  }
  return created;
}

/** Present from the start of the meeting, unless a departure is given. */
export async function present(seed: Seeder, m: { id: string; associationId: string; startsAt: Date }, userIds: string[]) {
  for (const userId of userIds) {
    await seed.db.attendance.create({ data: { associationId: m.associationId, meetingId: m.id, userId, status: "PRESENT", arrivedAt: m.startsAt } });
  }
}

export async function action(seed: Seeder, input: { associationId: string; title: string; meetingId?: string; agendaItemId?: string; assigneeId?: string; createdAt?: Date }) {
  return seed.db.action.create({
    data: {
      associationId: input.associationId,
      title: input.title,
      meetingId: input.meetingId,
      agendaItemId: input.agendaItemId,
      assigneeId: input.assigneeId,
      createdAt: input.createdAt ?? new Date(Date.now() - 40 * 24 * HOUR),
    },
  });
}

export async function decision(
  seed: Seeder,
  input: { associationId: string; meetingId: string; agendaItemId: string; text: string; language: "fr" | "en"; votedAt: Date; outcome?: "ADOPTED" | "REJECTED" | "POSTPONED" },
) {
  return seed.db.decision.create({
    data: {
      associationId: input.associationId,
      meetingId: input.meetingId,
      agendaItemId: input.agendaItemId,
      text: input.text,
      outcome: input.outcome ?? "ADOPTED",
      votedAt: input.votedAt,
      electorateSize: 5,
      votersPresent: 4,
      quorumRequired: 3,
      quorumMet: true,
      language: input.language,
    },
  });
}
