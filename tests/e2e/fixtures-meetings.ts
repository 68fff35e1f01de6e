// Meetings for the browser journeys, written straight into the e2e server's database.
import type { Seeder } from "./fixtures";

export async function seedMeeting(
  seed: Seeder,
  associationId: string,
  data: { title: string; startsAt: string; endsAt: string; kind?: "BOARD" | "GENERAL_ASSEMBLY" | "OTHER"; status?: "PLANNED" | "HELD" | "CANCELLED"; remoteAccess?: string; place?: string },
) {
  return seed.db.meeting.create({
    data: {
      associationId,
      title: data.title,
      kind: data.kind ?? "BOARD",
      status: data.status ?? "PLANNED",
      startsAt: new Date(data.startsAt),
      endsAt: new Date(data.endsAt),
      place: data.place,
      remoteAccess: data.remoteAccess,
    },
  });
}

/** "18:00": the wall-clock time of an instant in Paris. */
export const parisClock = (instant: Date) => new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(instant);
