import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import type { RevisionSection } from "./rules";

/**
 * Locks the minutes row for this transaction: revisions are numbered one after another, and an
 * answer (which takes a shared lock) never reads a revision number in the middle of a save.
 */
export async function lockMinutes(tx: Tx, associationId: string, meetingId: string) {
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Minutes" WHERE "meetingId" = ${meetingId}::uuid AND "associationId" = ${associationId}::uuid FOR UPDATE`;
  if (!row) return null;
  return tx.minutes.findUniqueOrThrow({ where: { id: row.id } });
}

/** The minutes of a meeting, created empty on first use (two first clicks at once make one). */
export async function ensureMinutes(tx: Tx, associationId: string, meetingId: string, userId: string) {
  await tx.minutes.createMany({ data: [{ associationId, meetingId, createdById: userId }], skipDuplicates: true });
  return (await lockMinutes(tx, associationId, meetingId))!;
}

export async function sectionsSnapshot(tx: Tx, minutesId: string): Promise<RevisionSection[]> {
  const sections = await tx.minutesSection.findMany({ where: { minutesId }, orderBy: [{ position: "asc" }, { id: "asc" }] });
  return sections.map((s) => ({ sectionId: s.id, kind: s.kind, number: s.number, title: s.title, body: s.body, visibility: s.visibility }));
}

/** Saves the whole text as the next numbered revision (the caller holds the minutes lock). */
export async function recordRevision(
  tx: Tx,
  minutes: { id: string; associationId: string; currentRevision: number },
  change: { authorId: string; note: string; reviewId: string | null; at: Date },
): Promise<number> {
  const number = minutes.currentRevision + 1;
  const content = await sectionsSnapshot(tx, minutes.id);
  await tx.minutesRevision.create({
    data: {
      associationId: minutes.associationId,
      minutesId: minutes.id,
      number,
      authorId: change.authorId,
      note: change.note,
      content: content as unknown as Prisma.InputJsonValue,
      reviewId: change.reviewId,
      createdAt: change.at,
    },
  });
  await tx.minutes.update({ where: { id: minutes.id }, data: { currentRevision: number } });
  return number;
}

export const revisionSections = (content: unknown): RevisionSection[] => (Array.isArray(content) ? (content as RevisionSection[]) : []);
