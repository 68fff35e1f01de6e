// Meetings, agendas, proposals and backlog items for the agenda journeys.
import type { Page } from "@playwright/test";
import { expect, type Seeder } from "./fixtures";

const DAY = 86_400_000;

export async function seedMeeting(
  seed: Seeder,
  associationId: string,
  options: { title?: string; inDays?: number; status?: "PLANNED" | "HELD" | "CANCELLED"; facilitatorId?: string } = {},
) {
  const startsAt = new Date(Date.now() + (options.inDays ?? 14) * DAY);
  startsAt.setUTCHours(16, 0, 0, 0);
  return seed.db.meeting.create({
    data: {
      associationId,
      title: options.title ?? "Conseil d’administration",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
      status: options.status ?? "PLANNED",
      place: "Local de l’association",
      remoteAccess: "Téléphone : 02 98 00 00 00",
      facilitatorId: options.facilitatorId,
    },
  });
}

type Spec = { title: string; kind?: "SECTION" | "DISCUSSION" | "DECISION" | "QUESTION"; minutes?: number; visibility?: "PUBLIC" | "MEMBERS" | "BOARD"; children?: Spec[] };

export async function seedAgenda(seed: Seeder, meeting: { id: string; associationId: string }, spec: Spec[], parentId: string | null = null) {
  for (const [position, item] of spec.entries()) {
    const created = await seed.db.agendaItem.create({
      data: {
        associationId: meeting.associationId,
        meetingId: meeting.id,
        parentId,
        position,
        title: item.title,
        kind: item.kind ?? "DISCUSSION",
        durationMinutes: item.minutes,
        visibility: item.visibility ?? "MEMBERS",
      },
    });
    if (item.children) await seedAgenda(seed, meeting, item.children, created.id);
  }
}

/** A calendar date some days ago, as stored (midnight UTC) and as typed in a date field. */
export function daysAgo(days: number) {
  const date = new Date(Date.now() - days * DAY);
  const iso = date.toISOString().slice(0, 10);
  return { iso, column: new Date(`${iso}T00:00:00Z`), long: new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`)) };
}

export const agendaUrl = (slug: string, meetingId: string) => `/a/${slug}/meetings/${meetingId}/agenda`;

/** The agenda as "number title" lines, in reading order. */
export async function expectOutline(page: Page, lines: string[]) {
  await expect(page.locator("[data-line]")).toHaveText(lines);
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}
