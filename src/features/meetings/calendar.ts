// iCalendar files for meetings, with the maintained `ical-generator`. Times are written as UTC
// instants (DTSTART:20081007T161500Z), which every client shows in its own zone: no VTIMEZONE to
// get wrong, and a meeting at 18:00 Paris time stays at 18:00 on either side of a DST change.
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import type { MeetingStatus } from "./rules";

export type CalendarMeeting = {
  id: string;
  title: string;
  associationName: string;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  /** Null when the reader may not see it (adherents, for board meetings). */
  remoteAccess: string | null;
  status: MeetingStatus;
  /** Bumped with each change, so that clients replace their copy. */
  version: number;
  updatedAt: Date;
  url: string;
};

/** Labels in the reader's language, punctuation included ("Accès à distance :"). */
export type CalendarWords = { cancelled: string; remoteAccess: string; details: string };

/** Stable across files and feeds, so a client updates the event instead of adding a second one. */
export const eventUid = (meetingId: string) => `${meetingId}@quorum`;

export function meetingsCalendar(input: {
  name: string;
  meetings: readonly CalendarMeeting[];
  words: CalendarWords;
  /** PUBLISH for files and feeds; CANCEL for the notice that a convened meeting is cancelled. */
  method?: "PUBLISH" | "CANCEL";
  /** How often subscribed clients should refresh, in seconds (feeds only). */
  refreshSeconds?: number;
}): string {
  const calendar = ical({
    name: input.name,
    prodId: { company: "Quorum", product: "meetings", language: "FR" },
    method: input.method === "CANCEL" ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH,
    ttl: input.refreshSeconds ?? null,
  });
  for (const meeting of input.meetings) {
    const cancelled = meeting.status === "CANCELLED";
    const description = [meeting.remoteAccess ? `${input.words.remoteAccess} ${meeting.remoteAccess}` : null, `${input.words.details} ${meeting.url}`]
      .filter(Boolean)
      .join("\n\n");
    calendar.createEvent({
      id: eventUid(meeting.id),
      start: meeting.startsAt,
      end: meeting.endsAt,
      stamp: meeting.updatedAt,
      sequence: meeting.version,
      summary: `${cancelled ? `${input.words.cancelled} ` : ""}${meeting.title} (${meeting.associationName})`,
      location: meeting.place,
      description,
      url: meeting.url,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
