// A board for the minutes journeys: four voting members (one of them the secretary), an advisory
// member, a president when asked, a held meeting with a public, a members-only and a board-only item.
import { randomUUID } from "node:crypto";
import type { Prisma } from "../../src/generated/prisma/client.ts";
import type { Seeder } from "./fixtures";

const DAY = 86_400_000;

export async function seedMinutesBoard(seed: Seeder, options: { withPresident?: boolean } = {}) {
  const association = await seed.association("Collectif Relecture");
  await seed.db.association.update({ where: { id: association.id }, data: { publicMinutes: true } });
  const secretary = await seed.member(association.id, "Solène Secrétaire", "VOTING", ["SECRETARY"]);
  const reserved = await seed.member(association.id, "Rémi Réserve");
  const objector = await seed.member(association.id, "Odile Objection");
  const silent = await seed.member(association.id, "Simon Silence");
  const advisory = await seed.member(association.id, "Anne Consultative", "ADVISORY");
  const president = options.withPresident ? await seed.member(association.id, "Paula Présidente", "VOTING", ["PRESIDENT"]) : null;
  const startsAt = new Date(Date.now() - 7 * DAY);
  const meeting = await seed.db.meeting.create({
    data: { associationId: association.id, title: `Conseil ${randomUUID().slice(0, 6)}`, startsAt, endsAt: new Date(startsAt.getTime() + 2 * 3_600_000), status: "HELD", place: "Au local" },
  });
  const items = [
    { title: "Organisation des conseils", visibility: "PUBLIC" as const },
    { title: "Achat de disques", visibility: "MEMBERS" as const },
    { title: "Point confidentiel", visibility: "BOARD" as const },
  ];
  for (const [position, item] of items.entries()) {
    await seed.db.agendaItem.create({ data: { associationId: association.id, meetingId: meeting.id, position, title: item.title, visibility: item.visibility } });
  }

  /** Moves the review, its answers and its revisions 20 days back: the 15-day window has closed. */
  async function moveReviewIntoThePast() {
    const minutes = await seed.db.minutes.findUniqueOrThrow({ where: { meetingId: meeting.id } });
    const shift = (column: string, table: string, where: string) =>
      seed.db.$executeRawUnsafe(`UPDATE "${table}" SET "${column}" = "${column}" - interval '20 days' WHERE ${where}`, minutes.id);
    await shift("openedAt", "MinutesReview", `"minutesId" = $1::uuid`);
    await shift("closesAt", "MinutesReview", `"minutesId" = $1::uuid`);
    await shift("at", "ApprovalResponse", `"reviewId" IN (SELECT id FROM "MinutesReview" WHERE "minutesId" = $1::uuid)`);
    await shift("createdAt", "MinutesRevision", `"minutesId" = $1::uuid`);
  }

  /** Another editor (the president) saves a section, as the application would: new version, new revision. */
  async function saveMeanwhile(heading: string, body: string) {
    const minutes = await seed.db.minutes.findUniqueOrThrow({ where: { meetingId: meeting.id } });
    const [number, ...title] = heading.split(". ");
    const section = await seed.db.minutesSection.findFirstOrThrow({ where: { minutesId: minutes.id, number, title: title.join(". ") } });
    await seed.db.minutesSection.update({ where: { id: section.id }, data: { body, version: { increment: 1 }, updatedById: president?.id } });
    const sections = await seed.db.minutesSection.findMany({ where: { minutesId: minutes.id }, orderBy: { position: "asc" } });
    const content = sections.map((s) => ({ sectionId: s.id, kind: s.kind, number: s.number, title: s.title, body: s.body, visibility: s.visibility }));
    await seed.db.minutesRevision.create({
      data: { associationId: association.id, minutesId: minutes.id, number: minutes.currentRevision + 1, authorId: president?.id, note: "Modification de la présidente", content: content as unknown as Prisma.InputJsonValue, createdAt: new Date() },
    });
    await seed.db.minutes.update({ where: { id: minutes.id }, data: { currentRevision: minutes.currentRevision + 1 } });
  }

  return { association, meeting, secretary, reserved, objector, silent, advisory, president, moveReviewIntoThePast, saveMeanwhile };
}
