// Proposals waiting on the coming board meeting's agenda: one question still to decide, one
// item the secretary declined with a note (in our own words, invented names).
import type { DemoMeetings } from "./meetings.ts";
import type { DemoDb, DemoIds } from "./people.ts";

const DAY = 86_400_000;
const dateOnly = (instant: Date) => new Date(`${instant.toISOString().slice(0, 10)}T00:00:00Z`);

export async function seedAgendaDemo(db: DemoDb, ids: DemoIds, meetings: DemoMeetings, now = new Date()): Promise<void> {
  const ponant = ids.associations.get("ponant")!;
  const next = meetings.meetings.get("ponant-next")!;
  const user = (key: string) => ids.users.get(key)!;
  await db.agendaProposal.create({
    data: {
      associationId: ponant,
      meetingId: next,
      proposedById: user("soizic"),
      kind: "QUESTION",
      title: "Où en est la sauvegarde hors site promise en octobre ?",
      description: "Question reçue par courriel d’une adhérente, que je relaie.",
      askedOn: dateOnly(new Date(now.getTime() - 5 * DAY)),
      createdAt: new Date(now.getTime() - 3 * DAY),
    },
  });
  await db.agendaProposal.create({
    data: {
      associationId: ponant,
      meetingId: next,
      proposedById: user("tanguy"),
      kind: "ITEM",
      title: "Changer de fournisseur d’accès pour le local",
      askedOn: dateOnly(new Date(now.getTime() - 4 * DAY)),
      status: "DECLINED",
      responseNote: "Le contrat court jusqu’en juin : on en reparle au printemps.",
      decidedById: user("yann"),
      decidedAt: new Date(now.getTime() - 2 * DAY),
      createdAt: new Date(now.getTime() - 4 * DAY),
    },
  });
}
