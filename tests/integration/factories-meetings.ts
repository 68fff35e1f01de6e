// Meetings for the integration tests, written straight in the database.
import { db } from "@/lib/db";

type MeetingInput = {
  kind?: "BOARD" | "GENERAL_ASSEMBLY" | "OTHER";
  title?: string;
  startsAt: string;
  endsAt: string;
  status?: "PLANNED" | "HELD" | "CANCELLED";
  facilitatorId?: string;
  place?: string;
  remoteAccess?: string;
  convenedAt?: string;
};

export async function makeMeeting(associationId: string, input: MeetingInput) {
  return db().meeting.create({
    data: {
      associationId,
      kind: input.kind ?? "BOARD",
      title: input.title ?? "Conseil d’administration",
      startsAt: new Date(input.startsAt),
      endsAt: new Date(input.endsAt),
      status: input.status ?? "PLANNED",
      facilitatorId: input.facilitatorId,
      place: input.place,
      remoteAccess: input.remoteAccess,
      convenedAt: input.convenedAt ? new Date(input.convenedAt) : undefined,
    },
  });
}

/** The association row and every meeting row of the database, to prove a refusal changed nothing. */
export async function meetingsSnapshot() {
  return {
    meetings: await db().meeting.findMany({ orderBy: { id: "asc" } }),
    attendances: await db().attendance.findMany({ orderBy: { id: "asc" } }),
    guests: await db().guest.findMany({ orderBy: { id: "asc" } }),
    emails: await db().outboxEmail.count(),
    audit: await db().auditEvent.count(),
  };
}
