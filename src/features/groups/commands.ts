import "server-only";
import type { z } from "zod";
import { lockMeeting } from "@/features/actions/commands";
import { canRecord } from "@/features/actions/rules";
import { isMemberOn, nextPosition } from "@/features/actions/queries";
import { actorOrRefusal } from "@/features/members/commands";
import { recordAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { translatorFor } from "@/lib/i18n/messages";
import { ok, refuse, type Result } from "@/lib/result";
import { inTransaction, type Ctx } from "@/lib/use-case";
import { todayIn } from "@/lib/zoned-time";
import { canManageGroups, canWriteGroupNote, referentLine } from "./rules";
import type { addGroupsFollowUpSchema, createGroupSchema, editGroupSchema, groupNoteSchema } from "./schema";

/** Referents are members of the association today; the same person named twice counts once. */
async function checkReferents(tx: Tx, associationId: string, referents: string[], today: Date): Promise<Result<string[]>> {
  const unique = [...new Set(referents)];
  for (const userId of unique) if (!(await isMemberOn(tx, associationId, userId, today))) return refuse("REFERENT_NOT_MEMBER");
  return ok(unique);
}

async function nameTaken(tx: Tx, associationId: string, name: string, exceptId?: string) {
  const same = await tx.workingGroup.findFirst({ where: { associationId, name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) } });
  return same !== null;
}

export async function createGroup(ctx: Ctx, input: z.output<typeof createGroupSchema>): Promise<Result<{ groupId: string }>> {
  return inTransaction(async (tx) => {
    const acting = await actorOrRefusal(tx, ctx, input.associationId);
    if (!acting.ok) return acting;
    if (!canManageGroups(acting.value)) return refuse("FORBIDDEN");
    const association = await tx.association.findUniqueOrThrow({ where: { id: input.associationId }, select: { timezone: true } });
    const referents = await checkReferents(tx, input.associationId, input.referents, todayIn(ctx.now, association.timezone));
    if (!referents.ok) return referents;
    if (await nameTaken(tx, input.associationId, input.name)) return refuse("GROUP_NAME_TAKEN");
    const group = await tx.workingGroup.create({
      data: {
        associationId: input.associationId,
        name: input.name,
        description: input.description ?? null,
        createdAt: ctx.now,
        referents: { create: referents.value.map((userId, position) => ({ userId, associationId: input.associationId, position })) },
      },
    });
    await recordAudit(tx, {
      associationId: input.associationId,
      actorUserId: ctx.userId,
      entity: "WorkingGroup",
      entityId: group.id,
      action: "group.create",
      after: { name: group.name, description: group.description, referents: referents.value },
      at: ctx.now,
    });
    return ok({ groupId: group.id });
  });
}

/** Name, description, referents; closing a group keeps its history, reopening is possible. */
export async function editGroup(ctx: Ctx, input: z.output<typeof editGroupSchema>): Promise<Result<null>> {
  return inTransaction(async (tx) => {
    const acting = await actorOrRefusal(tx, ctx, input.associationId);
    if (!acting.ok) return acting;
    if (!canManageGroups(acting.value)) return refuse("FORBIDDEN");
    const group = await tx.workingGroup.findFirst({ where: { id: input.groupId, associationId: input.associationId }, include: { referents: { orderBy: { position: "asc" } } } });
    if (!group) return refuse("NOT_FOUND");
    const association = await tx.association.findUniqueOrThrow({ where: { id: input.associationId }, select: { timezone: true } });
    const today = todayIn(ctx.now, association.timezone);
    // Referents already named may stay even if their term ended; new ones must be members today.
    const current = new Set(group.referents.map((r) => r.userId));
    const added = await checkReferents(tx, input.associationId, input.referents.filter((id) => !current.has(id)), today);
    if (!added.ok) return added;
    if (await nameTaken(tx, input.associationId, input.name, group.id)) return refuse("GROUP_NAME_TAKEN");
    const referents = [...new Set(input.referents)];
    await tx.groupReferent.deleteMany({ where: { groupId: group.id } });
    await tx.workingGroup.update({
      where: { id: group.id },
      data: {
        name: input.name,
        description: input.description ?? null,
        active: input.active,
        closedOn: input.active ? null : (group.closedOn ?? today),
        referents: { create: referents.map((userId, position) => ({ userId, associationId: input.associationId, position })) },
      },
    });
    await recordAudit(tx, {
      associationId: input.associationId,
      actorUserId: ctx.userId,
      entity: "WorkingGroup",
      entityId: group.id,
      action: "group.edit",
      before: { name: group.name, description: group.description, active: group.active, referents: group.referents.map((r) => r.userId) },
      after: { name: input.name, description: input.description ?? null, active: input.active, referents },
      at: ctx.now,
    });
    return ok(null);
  });
}

/**
 * Adds to a meeting's agenda the working-groups follow-up: a section at the end (or the one
 * already there) with one item per active group, presented by its referents.
 */
export async function addGroupsFollowUp(ctx: Ctx, input: z.output<typeof addGroupsFollowUpSchema>): Promise<Result<{ added: number; sectionId: string | null }>> {
  return inTransaction(async (tx) => {
    const acting = await actorOrRefusal(tx, ctx, input.associationId);
    if (!acting.ok) return acting;
    if (!(await lockMeeting(tx, input.associationId, input.meetingId))) return refuse("NOT_FOUND");
    const meeting = await tx.meeting.findUniqueOrThrow({ where: { id: input.meetingId }, include: { association: { select: { locale: true } } } });
    if (!canRecord(acting.value, meeting)) return refuse("FORBIDDEN");
    if (meeting.status === "CANCELLED") return refuse("MEETING_WAS_CANCELLED");
    const groups = await tx.workingGroup.findMany({
      where: { associationId: input.associationId, active: true, followUps: { none: { meetingId: meeting.id } } },
      include: { referents: { orderBy: { position: "asc" }, include: { user: { select: { name: true } } } } },
      orderBy: { name: "asc" },
    });
    let section = await tx.agendaItem.findFirst({
      where: { meetingId: meeting.id, parentId: null, kind: "SECTION", origin: "WORKING_GROUP" },
      orderBy: { position: "asc" },
    });
    if (groups.length === 0) return ok({ added: 0, sectionId: section?.id ?? null });
    if (!section) {
      section = await tx.agendaItem.create({
        data: {
          associationId: meeting.associationId,
          meetingId: meeting.id,
          parentId: null,
          position: await nextPosition(tx, meeting.id, null),
          kind: "SECTION",
          title: translatorFor(meeting.association.locale)("groups.followUp.sectionTitle"),
          origin: "WORKING_GROUP",
        },
      });
    }
    let position = await nextPosition(tx, meeting.id, section.id);
    for (const group of groups) {
      const item = await tx.agendaItem.create({
        data: {
          associationId: meeting.associationId,
          meetingId: meeting.id,
          parentId: section.id,
          position: position++,
          kind: "FOLLOW_UP",
          title: group.name,
          presenterId: group.referents[0]?.userId ?? null,
          presenterName: group.referents.length ? referentLine(group.referents.map((r) => r.user.name)) : null,
          origin: "WORKING_GROUP",
        },
      });
      await tx.groupFollowUp.create({ data: { agendaItemId: item.id, associationId: meeting.associationId, meetingId: meeting.id, groupId: group.id } });
    }
    await tx.meeting.update({ where: { id: meeting.id }, data: { version: { increment: 1 } } });
    await recordAudit(tx, {
      associationId: meeting.associationId,
      actorUserId: ctx.userId,
      entity: "Meeting",
      entityId: meeting.id,
      action: "agenda.groupsFollowUp",
      after: { sectionId: section.id, groupIds: groups.map((group) => group.id) },
      at: ctx.now,
    });
    return ok({ added: groups.length, sectionId: section.id });
  });
}

/** The note written at a meeting about a group: kept on the group's page as its history. */
export async function recordGroupNote(ctx: Ctx, input: z.output<typeof groupNoteSchema>): Promise<Result<null>> {
  return inTransaction(async (tx) => {
    const acting = await actorOrRefusal(tx, ctx, input.associationId);
    if (!acting.ok) return acting;
    const followUp = await tx.groupFollowUp.findFirst({
      where: { agendaItemId: input.agendaItemId, associationId: input.associationId },
      include: { meeting: { select: { facilitatorId: true } }, group: { include: { referents: true } } },
    });
    if (!followUp) return refuse("NOT_FOUND");
    if (!canWriteGroupNote(acting.value, followUp.meeting, followUp.group.referents.map((r) => r.userId))) return refuse("FORBIDDEN");
    await tx.groupFollowUp.update({
      where: { agendaItemId: followUp.agendaItemId },
      data: { note: input.note ?? null, notedById: ctx.userId, notedAt: ctx.now },
    });
    await recordAudit(tx, {
      associationId: input.associationId,
      actorUserId: ctx.userId,
      entity: "WorkingGroup",
      entityId: followUp.groupId,
      action: "group.note",
      before: { note: followUp.note },
      after: { note: input.note ?? null, meetingId: followUp.meetingId, agendaItemId: followUp.agendaItemId },
      at: ctx.now,
    });
    return ok(null);
  });
}
