import "server-only";
import { minutesPhase, reviewState, type MinutesPhase, type Voter } from "@/features/approvals/rules";
import { toResponseRow } from "@/features/approvals/queries";
import { db } from "@/lib/db";
import { revisionSections } from "./revision-store";

/** The meeting shown at the top of every minutes page, in this association only. */
export async function meetingOf(associationId: string, meetingId: string) {
  return db().meeting.findFirst({
    where: { id: meetingId, associationId },
    select: { id: true, title: true, startsAt: true, endsAt: true, place: true, facilitatorId: true, status: true },
  });
}

export async function minutesOfMeeting(associationId: string, meetingId: string) {
  const minutes = await db().minutes.findFirst({
    where: { meetingId, associationId },
    include: {
      sections: { orderBy: [{ position: "asc" }, { id: "asc" }], include: { updatedBy: { select: { name: true } } } },
      errata: { orderBy: { createdAt: "asc" }, include: { author: { select: { name: true } } } },
    },
  });
  if (!minutes) return null;
  const last = await db().minutesRevision.findFirst({
    where: { minutesId: minutes.id, number: minutes.currentRevision },
    select: { number: true, createdAt: true, note: true, author: { select: { name: true } } },
  });
  return { ...minutes, lastRevision: last };
}
export type MinutesOfMeeting = NonNullable<Awaited<ReturnType<typeof minutesOfMeeting>>>;

export async function sectionForEdit(associationId: string, meetingId: string, sectionId: string) {
  return db().minutesSection.findFirst({
    where: { id: sectionId, associationId, minutes: { meetingId } },
    include: { updatedBy: { select: { name: true } }, minutes: { select: { id: true, currentRevision: true } } },
  });
}

export async function revisionsOf(associationId: string, meetingId: string) {
  return db().minutesRevision.findMany({
    where: { associationId, minutes: { meetingId } },
    orderBy: { number: "desc" },
    select: { number: true, note: true, createdAt: true, reviewId: true, author: { select: { name: true } } },
  });
}

export async function revisionContents(associationId: string, meetingId: string, numbers: number[]) {
  const rows = await db().minutesRevision.findMany({ where: { associationId, minutes: { meetingId }, number: { in: numbers } }, select: { number: true, content: true } });
  return new Map(rows.map((r) => [r.number, revisionSections(r.content)]));
}

/** Every meeting of the association, newest first, with where its minutes stand at `now`. */
export async function minutesIndex(associationId: string, now: Date, timeZone: string) {
  const meetings = await db().meeting.findMany({
    where: { associationId, status: { not: "CANCELLED" } },
    orderBy: { startsAt: "desc" },
    select: {
      id: true,
      title: true,
      startsAt: true,
      status: true,
      minutes: {
        select: {
          reviews: {
            orderBy: { number: "desc" },
            take: 1,
            select: {
              openedAt: true,
              closesAt: true,
              closedEarlyAt: true,
              revisionNumber: true,
              settlement: true,
              settledAt: true,
              voters: { select: { userId: true, role: true } },
              responses: { orderBy: { id: "asc" } },
            },
          },
        },
      },
    },
  });
  return meetings.map((meeting) => {
    const review = meeting.minutes?.reviews[0];
    const state = review ? reviewState(review, review.voters as Voter[], review.responses.map(toResponseRow), now, timeZone) : null;
    const phase: MinutesPhase | "NONE" = meeting.minutes ? minutesPhase(state) : "NONE";
    return { id: meeting.id, title: meeting.title, startsAt: meeting.startsAt, phase, daysLeft: state?.status === "OPEN" ? state.daysLeft : null };
  });
}

/** For redirects after a save: the association's address. */
export async function associationSlugOf(associationId: string) {
  return (await db().association.findUnique({ where: { id: associationId }, select: { slug: true } }))?.slug ?? null;
}
