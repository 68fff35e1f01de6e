import "server-only";
import type { z } from "zod";
import { minutesSituation } from "@/features/approvals/queries";
import { approvalRights, editRefusal } from "@/features/approvals/rules";
import { actorOrRefusal } from "@/features/members/commands";
import type { Actor } from "@/features/members/rules";
import { recordAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { translatorFor } from "@/lib/i18n/messages";
import { ok, refuse, type Result } from "@/lib/result";
import { inTransaction, type Ctx } from "@/lib/use-case";
import { headerDraft } from "./header";
import { ensureMinutes, lockMinutes, recordRevision } from "./revision-store";
import { agendaSync } from "./rules";
import type { addFreeSectionSchema, erratumSchema, meetingRefSchema, removeSectionSchema, saveSectionSchema } from "./schema";

type Minutes = { id: string; associationId: string; currentRevision: number };

/** The acting member, the meeting (in this association) and its association, or a refusal. */
async function meetingAndActor(tx: Tx, ctx: Ctx, associationId: string, meetingId: string) {
  const acting = await actorOrRefusal(tx, ctx, associationId);
  if (!acting.ok) return acting;
  const meeting = await tx.meeting.findFirst({
    where: { id: meetingId, associationId },
    select: { id: true, title: true, startsAt: true, endsAt: true, place: true, facilitatorId: true, association: { select: { timezone: true, locale: true } } },
  });
  if (!meeting) return refuse("NOT_FOUND");
  return ok({ actor: acting.value, meeting });
}

/** Who may change the text now, and whether the change is an amendment to an open review. */
async function editPermission(tx: Tx, ctx: Ctx, actor: Actor, meeting: { facilitatorId: string | null; association: { timezone: string } }, minutes: Minutes) {
  const situation = await minutesSituation(tx, minutes.id, ctx.now, meeting.association.timezone);
  const refusal = editRefusal(actor, meeting, situation.phase, situation.latest?.voters ?? []);
  if (refusal) return refuse(refusal);
  return ok({ reviewId: situation.phase === "UNDER_REVIEW" ? situation.latest!.review.id : null });
}

/**
 * "Start from the agenda": a header and one section per agenda item, numbered like the agenda.
 * Run again, it adds the items added since and refreshes numbers and titles; texts are kept.
 */
export async function startFromAgenda(ctx: Ctx, input: z.output<typeof meetingRefSchema>): Promise<Result<{ revision: number; created: number }>> {
  return inTransaction(async (tx) => {
    const found = await meetingAndActor(tx, ctx, input.associationId, input.meetingId);
    if (!found.ok) return found;
    const { actor, meeting } = found.value;
    const minutes = await ensureMinutes(tx, input.associationId, meeting.id, ctx.userId);
    const allowed = await editPermission(tx, ctx, actor, meeting, minutes);
    if (!allowed.ok) return allowed;
    const [agenda, existing] = await Promise.all([
      tx.agendaItem.findMany({ where: { meetingId: meeting.id, associationId: input.associationId }, select: { id: true, parentId: true, position: true, durationMinutes: true, title: true, visibility: true } }),
      tx.minutesSection.findMany({ where: { minutesId: minutes.id }, select: { id: true, kind: true, agendaItemId: true, position: true } }),
    ]);
    const sync = agendaSync(agenda, existing);
    const t = translatorFor(meeting.association.locale);
    if (sync.needsHeader) {
      await tx.minutesSection.create({
        data: { associationId: input.associationId, minutesId: minutes.id, kind: "HEADER", position: 0, title: t("minutes.defaults.headerTitle"), body: await headerDraft(tx, meeting), visibility: "PUBLIC", updatedById: ctx.userId },
      });
    }
    for (const item of sync.create) {
      await tx.minutesSection.create({
        data: { associationId: input.associationId, minutesId: minutes.id, kind: "ITEM", agendaItemId: item.agendaItemId, position: item.position, number: item.number, title: item.title, visibility: item.visibility, updatedById: ctx.userId },
      });
    }
    for (const item of sync.update) {
      await tx.minutesSection.update({ where: { id: item.sectionId }, data: { position: item.position, number: item.number, title: item.title, visibility: item.visibility } });
    }
    for (const free of sync.free) {
      await tx.minutesSection.update({ where: { id: free.sectionId }, data: { position: free.position, ...(free.orphan ? { kind: "FREE", agendaItemId: null, number: null } : {}) } });
    }
    const note = t(minutes.currentRevision === 0 ? "minutes.defaults.startedNote" : "minutes.defaults.syncedNote");
    const revision = await recordRevision(tx, minutes, { authorId: ctx.userId, note, reviewId: allowed.value.reviewId, at: ctx.now });
    await recordAudit(tx, {
      associationId: input.associationId,
      actorUserId: ctx.userId,
      entity: "Minutes",
      entityId: minutes.id,
      action: "minutes.fromAgenda",
      after: { revision, created: sync.create.length + (sync.needsHeader ? 1 : 0) },
      at: ctx.now,
    });
    return ok({ revision, created: sync.create.length });
  });
}

export type SaveSectionResult = { revision: number; version: number };

/**
 * Saves one section as a new revision. The editor sends the version they opened: if someone
 * saved in between, nothing is saved and they are told (their text comes back with the newer one).
 */
export async function saveSection(ctx: Ctx, input: z.output<typeof saveSectionSchema>): Promise<Result<SaveSectionResult>> {
  return inTransaction(async (tx) => {
    const found = await meetingAndActor(tx, ctx, input.associationId, input.meetingId);
    if (!found.ok) return found;
    const { actor, meeting } = found.value;
    const minutes = await lockMinutes(tx, input.associationId, meeting.id);
    if (!minutes) return refuse("NOT_FOUND");
    const section = await tx.minutesSection.findFirst({ where: { id: input.sectionId, minutesId: minutes.id, associationId: input.associationId } });
    if (!section) return refuse("NOT_FOUND");
    const allowed = await editPermission(tx, ctx, actor, meeting, minutes);
    if (!allowed.ok) return allowed;
    if (section.version !== input.baseVersion) return refuse("TEXT_CHANGED", { version: section.version });
    const title = section.kind === "ITEM" ? section.title : (input.title ?? section.title);
    if (section.body === input.body && section.title === title) return refuse("NO_CHANGE");
    // During the window every change is an amendment: it says what changed and why.
    if (allowed.value.reviewId && !input.note) return refuse("CHANGE_NOTE_REQUIRED");
    const updated = await tx.minutesSection.update({
      where: { id: section.id },
      data: { body: input.body, title, version: { increment: 1 }, updatedById: ctx.userId },
    });
    const note = input.note || translatorFor(meeting.association.locale)("minutes.defaults.editedNote", { section: section.number ? `${section.number}. ${title}` : title });
    const revision = await recordRevision(tx, minutes, { authorId: ctx.userId, note, reviewId: allowed.value.reviewId, at: ctx.now });
    await recordAudit(tx, {
      associationId: input.associationId,
      actorUserId: ctx.userId,
      entity: "MinutesSection",
      entityId: section.id,
      action: allowed.value.reviewId ? "minutes.amend" : "minutes.edit",
      before: { title: section.title, body: section.body, version: section.version },
      after: { title, body: input.body, version: updated.version, revision, note },
      at: ctx.now,
    });
    return ok({ revision, version: updated.version });
  });
}

export async function addFreeSection(ctx: Ctx, input: z.output<typeof addFreeSectionSchema>): Promise<Result<{ sectionId: string }>> {
  return inTransaction(async (tx) => {
    const found = await meetingAndActor(tx, ctx, input.associationId, input.meetingId);
    if (!found.ok) return found;
    const { actor, meeting } = found.value;
    const minutes = await ensureMinutes(tx, input.associationId, meeting.id, ctx.userId);
    const allowed = await editPermission(tx, ctx, actor, meeting, minutes);
    if (!allowed.ok) return allowed;
    const last = await tx.minutesSection.aggregate({ where: { minutesId: minutes.id }, _max: { position: true } });
    const section = await tx.minutesSection.create({
      data: { associationId: input.associationId, minutesId: minutes.id, kind: "FREE", position: (last._max.position ?? 0) + 1, title: input.title, visibility: input.visibility, updatedById: ctx.userId },
    });
    const note = translatorFor(meeting.association.locale)("minutes.defaults.addedNote", { section: input.title });
    const revision = await recordRevision(tx, minutes, { authorId: ctx.userId, note, reviewId: allowed.value.reviewId, at: ctx.now });
    await recordAudit(tx, { associationId: input.associationId, actorUserId: ctx.userId, entity: "MinutesSection", entityId: section.id, action: "minutes.addSection", after: { title: input.title, visibility: input.visibility, revision }, at: ctx.now });
    return ok({ sectionId: section.id });
  });
}

/** Free sections only: an agenda item's section goes when the item leaves the agenda. */
export async function removeFreeSection(ctx: Ctx, input: z.output<typeof removeSectionSchema>): Promise<Result<{ revision: number }>> {
  return inTransaction(async (tx) => {
    const found = await meetingAndActor(tx, ctx, input.associationId, input.meetingId);
    if (!found.ok) return found;
    const { actor, meeting } = found.value;
    const minutes = await lockMinutes(tx, input.associationId, meeting.id);
    if (!minutes) return refuse("NOT_FOUND");
    const section = await tx.minutesSection.findFirst({ where: { id: input.sectionId, minutesId: minutes.id, associationId: input.associationId } });
    if (!section) return refuse("NOT_FOUND");
    const allowed = await editPermission(tx, ctx, actor, meeting, minutes);
    if (!allowed.ok) return allowed;
    if (section.kind !== "FREE") return refuse("ONLY_FREE_SECTIONS");
    await tx.minutesSection.delete({ where: { id: section.id } });
    const note = translatorFor(meeting.association.locale)("minutes.defaults.removedNote", { section: section.title });
    const revision = await recordRevision(tx, minutes, { authorId: ctx.userId, note, reviewId: allowed.value.reviewId, at: ctx.now });
    await recordAudit(tx, { associationId: input.associationId, actorUserId: ctx.userId, entity: "MinutesSection", entityId: section.id, action: "minutes.removeSection", before: { title: section.title, body: section.body }, after: { revision }, at: ctx.now });
    return ok({ revision });
  });
}

/** Approved minutes are locked: a correction is appended, with its author and date (rule 7). */
export async function addErratum(ctx: Ctx, input: z.output<typeof erratumSchema>): Promise<Result<{ erratumId: string }>> {
  return inTransaction(async (tx) => {
    const found = await meetingAndActor(tx, ctx, input.associationId, input.meetingId);
    if (!found.ok) return found;
    const { actor, meeting } = found.value;
    if (!approvalRights.addErratum(actor)) return refuse("FORBIDDEN");
    const minutes = await lockMinutes(tx, input.associationId, meeting.id);
    if (!minutes) return refuse("NOT_FOUND");
    const situation = await minutesSituation(tx, minutes.id, ctx.now, meeting.association.timezone);
    if (situation.phase !== "APPROVED") return refuse("ERRATUM_ONLY_WHEN_APPROVED");
    const erratum = await tx.minutesErratum.create({ data: { associationId: input.associationId, minutesId: minutes.id, authorId: ctx.userId, text: input.text, createdAt: ctx.now } });
    await recordAudit(tx, { associationId: input.associationId, actorUserId: ctx.userId, entity: "MinutesErratum", entityId: erratum.id, action: "minutes.erratum", after: { text: input.text }, at: ctx.now });
    return ok({ erratumId: erratum.id });
  });
}
