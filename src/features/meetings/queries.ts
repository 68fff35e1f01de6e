import "server-only";
import { cache } from "react";
import type { Actor } from "@/features/members/rules";
import { loadActor } from "@/features/members/queries";
import { termCovers } from "@/features/members/rules";
import { appUrl } from "@/lib/config";
import { db, type Tx } from "@/lib/db";
import { isLocale, translatorFor, type AppLocale } from "@/lib/i18n/messages";
import { isoDate, localDateOf, todayIn } from "@/lib/zoned-time";
import { meetingsCalendar, type CalendarMeeting } from "./calendar";
import { boardOn, meetingDay, meetingRights, splitByNow, yearRange, type MeetingKind } from "./rules";

type Reader = Tx | ReturnType<typeof db>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids come from addresses: anything but a UUID is simply not found (Postgres would reject it). */
export const isUuid = (value: string) => UUID.test(value);

const listFields = {
  id: true,
  kind: true,
  title: true,
  startsAt: true,
  endsAt: true,
  place: true,
  status: true,
  convenedAt: true,
  facilitator: { select: { id: true, name: true } },
} as const;

/** The association's meetings, upcoming (soonest first) and past (latest first), filtered by kind and year. */
export async function meetingsOf(association: { id: string; timezone: string }, filter: { kind?: MeetingKind; year?: number }, now: Date) {
  const range = filter.year ? yearRange(filter.year, association.timezone) : null;
  const meetings = await db().meeting.findMany({
    where: {
      associationId: association.id,
      kind: filter.kind,
      startsAt: range ? { gte: range.from, lt: range.to } : undefined,
    },
    select: listFields,
    orderBy: { startsAt: "asc" },
    take: 1000,
  });
  return splitByNow(meetings, now);
}

/** The years that hold meetings, latest first, for the year filter. */
export async function meetingYears(association: { id: string; timezone: string }): Promise<number[]> {
  const rows = await db().$queryRaw<{ year: number }[]>`
    SELECT DISTINCT EXTRACT(YEAR FROM "startsAt" AT TIME ZONE ${association.timezone})::int AS year
    FROM "Meeting" WHERE "associationId" = ${association.id}::uuid ORDER BY year DESC`;
  return rows.map((r) => r.year);
}

/** One meeting of the association, or null (unknown id, or another association's). */
export async function meetingOf(associationId: string, meetingId: string) {
  if (!isUuid(meetingId)) return null;
  return db().meeting.findFirst({
    where: { id: meetingId, associationId },
    include: { facilitator: { select: { id: true, name: true } } },
  });
}
export type MeetingDetails = NonNullable<Awaited<ReturnType<typeof meetingOf>>>;

/** The next planned meeting that has not ended, for the dashboard. */
export async function nextMeetingOf(associationId: string, now: Date) {
  return db().meeting.findFirst({
    where: { associationId, status: "PLANNED", endsAt: { gt: now } },
    select: listFields,
    orderBy: { startsAt: "asc" },
  });
}

/** The current board, who may facilitate a meeting. */
export async function facilitatorChoices(association: { id: string; timezone: string }, now: Date, reader: Reader = db()) {
  const terms = await reader.membership.findMany({
    where: { associationId: association.id, kind: { in: ["VOTING", "ADVISORY"] } },
    select: { userId: true, kind: true, startsOn: true, endsOn: true, user: { select: { name: true } } },
    orderBy: { user: { name: "asc" } },
  });
  return boardOn(terms, todayIn(now, association.timezone)).map((t) => ({ id: t.userId, name: t.user.name }));
}

/** What the convening form tells the sender: how many board members get it, how many agenda items it carries. */
export async function conveningFacts(association: { id: string; timezone: string }, meeting: { id: string; startsAt: Date }) {
  const [terms, agendaItems] = await Promise.all([
    db().membership.findMany({ where: { associationId: association.id, kind: { in: ["VOTING", "ADVISORY"] } }, select: { userId: true, kind: true, startsOn: true, endsOn: true } }),
    db().agendaItem.count({ where: { associationId: association.id, meetingId: meeting.id } }),
  ]);
  return { boardSize: boardOn(terms, meetingDay(meeting.startsAt, association.timezone)).length, agendaItems };
}

// ── Calendar files and feeds ───────────────────────────────────────────────────────────────

export const meetingUrl = (slug: string, meetingId: string) => `${appUrl()}/a/${slug}/meetings/${meetingId}`;

function wordsFor(locale: AppLocale) {
  const t = translatorFor(locale);
  return { cancelled: t("meetings.calendar.cancelled"), remoteAccess: t("meetings.calendar.remoteAccess"), details: t("meetings.calendar.details") };
}

type IcsMeeting = { id: string; kind: MeetingKind; title: string; startsAt: Date; endsAt: Date; place: string | null; remoteAccess: string | null; status: "PLANNED" | "HELD" | "CANCELLED"; version: number; updatedAt: Date };

export function toCalendarMeeting(meeting: IcsMeeting, association: { name: string; slug: string }, showRemote: boolean): CalendarMeeting {
  return {
    id: meeting.id,
    title: meeting.title,
    associationName: association.name,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    place: meeting.place,
    remoteAccess: showRemote ? meeting.remoteAccess : null,
    status: meeting.status,
    version: meeting.version,
    updatedAt: meeting.updatedAt,
    url: meetingUrl(association.slug, meeting.id),
  };
}

/** The `.ics` file of one meeting, as this member may see it. */
export function meetingIcs(meeting: IcsMeeting, association: { name: string; slug: string }, actor: Actor, locale: AppLocale, method: "PUBLISH" | "CANCEL" = "PUBLISH"): string {
  return meetingsCalendar({
    name: meeting.title,
    meetings: [toCalendarMeeting(meeting, association, meetingRights.readRemoteAccess(actor, meeting))],
    words: wordsFor(locale),
    method,
  });
}

/**
 * The `.ics` file of a meeting for a signed-in person, or null when the association or the
 * meeting does not exist or the person is not a member today.
 */
export async function meetingIcsFor(slug: string, meetingId: string, userId: string, now: Date, locale: AppLocale) {
  const association = await db().association.findUnique({ where: { slug } });
  if (!association) return null;
  const actor = await loadActor(db(), userId, association.id, now);
  if (!actor?.role || !meetingRights.read(actor)) return null;
  const meeting = await meetingOf(association.id, meetingId);
  if (!meeting) return null;
  return { text: meetingIcs(meeting, association, actor, locale), filename: `${association.slug}-${isoDate(localDateOf(meeting.startsAt, association.timezone))}.ics` };
}

/** The person's feed address, if they made one. */
export async function calendarFeedOf(userId: string): Promise<string | null> {
  const feed = await db().calendarFeed.findUnique({ where: { userId }, select: { token: true } });
  return feed ? `${appUrl()}/calendar/${feed.token}.ics` : null;
}

/** Feeds keep a year of past meetings and every future one. */
const FEED_HISTORY_MS = 366 * 86_400_000;

/**
 * A private feed, found by its secret token alone (no session: calendar clients have none).
 * It holds the meetings of every association the person belongs to today, and nothing else.
 */
export async function calendarFeedText(token: string, now: Date): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const feed = await db().calendarFeed.findUnique({
    where: { token },
    select: {
      user: {
        select: {
          id: true,
          locale: true,
          isOperator: true,
          memberships: {
            select: { id: true, kind: true, offices: true, startsOn: true, endsOn: true, association: { select: { id: true, slug: true, name: true, timezone: true, locale: true } } },
          },
        },
      },
    },
  });
  if (!feed) return null;
  const user = feed.user;
  const current = user.memberships.filter((m) => termCovers(m, todayIn(now, m.association.timezone)));
  const byAssociation = new Map(current.map((m) => [m.association.id, m]));
  const meetings = byAssociation.size
    ? await db().meeting.findMany({
        where: { associationId: { in: [...byAssociation.keys()] }, endsAt: { gte: new Date(now.getTime() - FEED_HISTORY_MS) } },
        orderBy: { startsAt: "asc" },
      })
    : [];
  const locale: AppLocale = isLocale(user.locale) ? user.locale : (current[0]?.association.locale ?? "fr");
  const t = translatorFor(locale);
  const events = meetings.map((meeting) => {
    const term = byAssociation.get(meeting.associationId)!;
    const actor: Actor = { userId: user.id, associationId: meeting.associationId, isOperator: user.isOperator, membershipId: term.id, role: { kind: term.kind, offices: term.offices } };
    return toCalendarMeeting(meeting, term.association, meetingRights.readRemoteAccess(actor, meeting));
  });
  return meetingsCalendar({ name: t("meetings.calendar.feedName"), meetings: events, words: wordsFor(locale), refreshSeconds: 3600 });
}

export const cachedMeetingOf = cache(meetingOf);
