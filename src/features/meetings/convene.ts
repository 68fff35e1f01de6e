import "server-only";
import type { z } from "zod";
import { actorOrRefusal } from "@/features/members/commands";
import type { Actor } from "@/features/members/rules";
import { enqueueEmail } from "@/features/notifications/commands";
import { recordAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { isLocale, type AppLocale } from "@/lib/i18n/messages";
import { ok, refuse, type Result } from "@/lib/result";
import { inTransaction, type Ctx } from "@/lib/use-case";
import { cancellationEmail, convocationEmail } from "./emails";
import { meetingIcs, meetingUrl } from "./queries";
import { boardOn, conveneProblem, meetingDay, meetingRights } from "./rules";
import type { conveneSchema } from "./schema";

type MeetingRow = Awaited<ReturnType<Tx["meeting"]["findUniqueOrThrow"]>>;

/** The board on the meeting's day (voting and advisory members), each in their language. */
async function boardRecipients(tx: Tx, meeting: MeetingRow) {
  const association = await tx.association.findUniqueOrThrow({ where: { id: meeting.associationId } });
  const terms = await tx.membership.findMany({
    where: { associationId: association.id, kind: { in: ["VOTING", "ADVISORY"] } },
    select: { id: true, userId: true, kind: true, offices: true, startsOn: true, endsOn: true, user: { select: { email: true, name: true, locale: true } } },
    orderBy: { user: { name: "asc" } },
  });
  const board = boardOn(terms, meetingDay(meeting.startsAt, association.timezone));
  const recipients = board.map((term) => ({
    email: term.user.email,
    name: term.user.name,
    locale: (isLocale(term.user.locale) ? term.user.locale : association.locale) as AppLocale,
    actor: { userId: term.userId, associationId: association.id, isOperator: false, membershipId: term.id, role: { kind: term.kind, offices: term.offices } } satisfies Actor,
  }));
  return { association, recipients };
}

/**
 * Sends the invitation with the agenda to the board: one e-mail per member, in their language,
 * with the agenda as numbered text (board-only items included) and the meeting's `.ics` file.
 * A second sending (an updated agenda) must be confirmed; each sending is audited.
 */
export async function conveneMeeting(ctx: Ctx, input: z.output<typeof conveneSchema>): Promise<Result<{ sent: number }>> {
  return inTransaction(async (tx) => {
    const acting = await actorOrRefusal(tx, ctx, input.associationId);
    if (!acting.ok) return acting;
    const [row] = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Meeting" WHERE id = ${input.meetingId}::uuid AND "associationId" = ${input.associationId}::uuid FOR UPDATE`;
    if (!row) return refuse("NOT_FOUND");
    const meeting = await tx.meeting.findUniqueOrThrow({ where: { id: row.id } });
    if (!meetingRights.convene(acting.value, meeting)) return refuse("FORBIDDEN");
    const problem = conveneProblem(meeting, ctx.now, input.resend);
    if (problem) return refuse(problem);
    const { association, recipients } = await boardRecipients(tx, meeting);
    if (recipients.length === 0) return refuse("NO_BOARD");
    const agenda = await tx.agendaItem.findMany({
      where: { associationId: association.id, meetingId: meeting.id },
      select: { id: true, parentId: true, position: true, durationMinutes: true, kind: true, title: true, presenterName: true, presenter: { select: { name: true } } },
    });
    const sender = await tx.user.findUniqueOrThrow({ where: { id: ctx.userId }, select: { name: true } });
    const link = meetingUrl(association.slug, meeting.id);
    for (const recipient of recipients) {
      const ics = meetingIcs(meeting, association, recipient.actor, recipient.locale);
      await enqueueEmail(tx, convocationEmail({ association, meeting, recipient, senderName: sender.name, agenda, link, ics }));
    }
    await tx.meeting.update({ where: { id: meeting.id }, data: { convenedAt: ctx.now } });
    await recordAudit(tx, {
      associationId: association.id,
      actorUserId: ctx.userId,
      entity: "Meeting",
      entityId: meeting.id,
      action: "meeting.convene",
      before: { convenedAt: meeting.convenedAt },
      after: { convenedAt: ctx.now, recipients: recipients.map((r) => r.email), agendaItems: agenda.length },
      at: ctx.now,
    });
    return ok({ sent: recipients.length });
  });
}

/** Tells a convened board that the meeting is cancelled, with a calendar cancellation. Returns how many were told. */
export async function sendCancellationNotices(tx: Tx, meeting: MeetingRow, ctx: Ctx): Promise<number> {
  const { association, recipients } = await boardRecipients(tx, meeting);
  const sender = await tx.user.findUniqueOrThrow({ where: { id: ctx.userId }, select: { name: true } });
  const link = meetingUrl(association.slug, meeting.id);
  for (const recipient of recipients) {
    const ics = meetingIcs(meeting, association, recipient.actor, recipient.locale, "CANCEL");
    await enqueueEmail(tx, cancellationEmail({ association, meeting, recipient, senderName: sender.name, link, ics }));
  }
  return recipients.length;
}
