// Meetings, agenda items and attendance for the actions/decisions/groups tests, straight in the database.
import { db } from "@/lib/db";

type Kind = "BOARD" | "GENERAL_ASSEMBLY" | "OTHER";
type ItemKind = "SECTION" | "INFORMATION" | "DISCUSSION" | "DECISION" | "QUESTION" | "FOLLOW_UP";

/** A meeting, by default the October 2008 board meeting: 18:15 to 20:30, Paris time. */
export async function makeMeeting(
  associationId: string,
  overrides: { kind?: Kind; startsAt?: string; endsAt?: string; facilitatorId?: string; status?: "PLANNED" | "HELD" | "CANCELLED"; title?: string } = {},
) {
  return db().meeting.create({
    data: {
      associationId,
      kind: overrides.kind ?? "BOARD",
      title: overrides.title ?? "Conseil d’octobre 2008",
      startsAt: new Date(overrides.startsAt ?? "2008-10-07T18:15:00+02:00"),
      endsAt: new Date(overrides.endsAt ?? "2008-10-07T20:30:00+02:00"),
      facilitatorId: overrides.facilitatorId,
      status: overrides.status ?? "HELD",
    },
  });
}

export async function makeItem(
  meeting: { id: string; associationId: string },
  overrides: { title?: string; kind?: ItemKind; parentId?: string; position?: number; visibility?: "PUBLIC" | "MEMBERS" | "BOARD"; origin?: "DIRECT" | "ACTIONS_FOLLOW_UP" | "WORKING_GROUP" } = {},
) {
  const position = overrides.position ?? (await db().agendaItem.count({ where: { meetingId: meeting.id, parentId: overrides.parentId ?? null } }));
  return db().agendaItem.create({
    data: {
      associationId: meeting.associationId,
      meetingId: meeting.id,
      parentId: overrides.parentId ?? null,
      position,
      kind: overrides.kind ?? "DECISION",
      title: overrides.title ?? "Achat de disques",
      visibility: overrides.visibility ?? "MEMBERS",
      origin: overrides.origin ?? "DIRECT",
    },
  });
}

/** Someone's attendance: present from the start unless told otherwise; times in Paris on 7 Oct 2008. */
export async function attend(
  meeting: { id: string; associationId: string },
  userId: string,
  status: "PRESENT" | "REMOTE" | "REPRESENTED" | "EXCUSED" | "ABSENT" = "PRESENT",
  extra: { left?: string; arrived?: string; proxyUserId?: string } = {},
) {
  const at = (hhmm: string) => new Date(`2008-10-07T${hhmm}:00+02:00`);
  return db().attendance.create({
    data: {
      associationId: meeting.associationId,
      meetingId: meeting.id,
      userId,
      status,
      proxyUserId: extra.proxyUserId,
      arrivedAt: status === "PRESENT" || status === "REMOTE" ? at(extra.arrived ?? "18:15") : null,
      leftAt: extra.left ? at(extra.left) : null,
    },
  });
}

/** Counts of every table these features write, to check that a refusal changed nothing. */
export async function footprint() {
  const [actions, updates, followUps, decisions, groups, groupFollowUps, items, emails, audit] = await Promise.all([
    db().action.count(),
    db().actionUpdate.count(),
    db().actionFollowUp.count(),
    db().decision.count(),
    db().workingGroup.count(),
    db().groupFollowUp.count(),
    db().agendaItem.count(),
    db().outboxEmail.count(),
    db().auditEvent.count(),
  ]);
  return { actions, updates, followUps, decisions, groups, groupFollowUps, items, emails, audit };
}
