// Meetings, agendas and minutes under review, built straight in the database for the minutes tests.
import { startFromAgenda } from "@/features/minutes/commands";
import { openReview } from "@/features/approvals/commands";
import { db } from "@/lib/db";
import { ctxOf, makeBoard } from "./factories";

export async function makeMeeting(
  associationId: string,
  options: { title?: string; startsAt?: string; status?: "PLANNED" | "HELD" | "CANCELLED"; facilitatorId?: string } = {},
) {
  const startsAt = new Date(options.startsAt ?? "2008-10-07T16:15:00Z");
  return db().meeting.create({
    data: {
      associationId,
      title: options.title ?? "Conseil d’octobre",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
      status: options.status ?? "HELD",
      facilitatorId: options.facilitatorId,
      place: "Local de l’association",
    },
  });
}

export async function addAgendaItem(
  meeting: { id: string; associationId: string },
  item: { title: string; position: number; parentId?: string; visibility?: "PUBLIC" | "MEMBERS" | "BOARD"; kind?: "SECTION" | "DISCUSSION" | "DECISION" },
) {
  return db().agendaItem.create({
    data: {
      associationId: meeting.associationId,
      meetingId: meeting.id,
      parentId: item.parentId,
      position: item.position,
      title: item.title,
      visibility: item.visibility ?? "MEMBERS",
      kind: item.kind ?? "DISCUSSION",
    },
  });
}

/** A board, a held meeting with a three-item agenda, and minutes started from it by the secretary. */
export async function boardWithMinutes(options: { timezone?: string; now?: Date; approvalWindowDays?: number } = {}) {
  const board = await makeBoard({ timezone: options.timezone, approvalWindowDays: options.approvalWindowDays });
  const meeting = await makeMeeting(board.association.id);
  const publicItem = await addAgendaItem(meeting, { title: "Organisation des conseils", position: 0, visibility: "PUBLIC" });
  const membersItem = await addAgendaItem(meeting, { title: "Achat de disques", position: 1, visibility: "MEMBERS", kind: "DECISION" });
  const boardItem = await addAgendaItem(meeting, { title: "Point confidentiel", position: 2, visibility: "BOARD" });
  const now = options.now ?? new Date("2008-10-08T07:00:00Z");
  const started = await startFromAgenda(ctxOf(board.secretary.user, now), { associationId: board.association.id, meetingId: meeting.id });
  if (!started.ok) throw new Error(`could not start the minutes: ${started.reason}`);
  const minutes = await db().minutes.findUniqueOrThrow({ where: { meetingId: meeting.id }, include: { sections: { orderBy: { position: "asc" } } } });
  return { ...board, meeting, items: { publicItem, membersItem, boardItem }, minutes };
}

/** The same, with a review opened by the secretary at `openedAt` (8 Oct 2008 10:00 Paris by default). */
export async function boardWithReview(options: { timezone?: string; openedAt?: Date; approvalWindowDays?: number } = {}) {
  const openedAt = options.openedAt ?? new Date("2008-10-08T08:00:00Z");
  const board = await boardWithMinutes({ ...options, now: new Date(openedAt.getTime() - 3_600_000) });
  const opened = await openReview(ctxOf(board.secretary.user, openedAt), { associationId: board.association.id, meetingId: board.meeting.id });
  if (!opened.ok) throw new Error(`could not open the review: ${opened.reason}`);
  return { ...board, reviewId: opened.value.reviewId, closesAt: opened.value.closesAt, openedAt };
}

export const sectionOf = async (minutesId: string, title: string) => db().minutesSection.findFirstOrThrow({ where: { minutesId, title } });
