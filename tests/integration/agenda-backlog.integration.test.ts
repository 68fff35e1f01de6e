import { describe, expect, it } from "vitest";
import { deleteAgendaItem } from "@/features/agenda/commands";
import { addBacklogItem, discardBacklogItem, pullBacklog } from "@/features/agenda/commands-backlog";
import { db } from "@/lib/db";
import { ctxOf, makeBoard } from "./factories";
import { makeAgenda, makeMeeting, outlineOf } from "./factories-agenda";

const slug = "asso";
// The October meeting ends at 20:30 Paris time; an item raised at 23:30 Paris time is dated that day,
// even though it is already the next day in Kathmandu, where the tests run.
const october = { startsAt: new Date("2008-10-07T16:15:00Z"), endsAt: new Date("2008-10-07T18:30:00Z"), status: "HELD" as const, title: "CA d’octobre" };
const raisedAt = new Date("2008-10-07T21:30:00Z");

async function setUp() {
  const board = await makeBoard();
  const held = await makeMeeting(board.association.id, october);
  const next = await makeMeeting(board.association.id, { startsAt: new Date("2008-11-04T17:00:00Z"), title: "CA de novembre" });
  return { ...board, held, next, scope: { slug, associationId: board.association.id } };
}

describe("the list for the next agenda", () => {
  it("any board member adds a point, from a meeting or not; an adherent may not", async () => {
    const { voter, advisory, adherent, held, scope } = await setUp();
    expect((await addBacklogItem(ctxOf(voter.user, raisedAt), { ...scope, title: "Convention avec la mairie", description: "Trois ans", raisedAtMeetingId: held.id })).ok).toBe(true);
    expect((await addBacklogItem(ctxOf(advisory.user, raisedAt), { ...scope, title: "Formation aux logiciels libres", description: undefined, raisedAtMeetingId: undefined })).ok).toBe(true);
    expect(await addBacklogItem(ctxOf(adherent.user, raisedAt), { ...scope, title: "Non", description: undefined, raisedAtMeetingId: undefined })).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect(await db().backlogItem.count()).toBe(2);
    expect(await db().auditEvent.count({ where: { action: "agenda.backlog.add" } })).toBe(2);
  });

  it("refuses a meeting of another association as where it was raised", async () => {
    const { voter, scope } = await setUp();
    const other = await makeBoard();
    const foreign = await makeMeeting(other.association.id);
    expect(await addBacklogItem(ctxOf(voter.user, raisedAt), { ...scope, title: "X", description: undefined, raisedAtMeetingId: foreign.id })).toEqual({ ok: false, reason: "NOT_FOUND" });
  });

  it("the secretary pulls every waiting point into the next agenda in one action, keeping who raised it and when", async () => {
    const { secretary, voter, advisory, held, next, scope } = await setUp();
    await makeAgenda(next, [{ title: "Accueil" }, { title: "Points demandés" }]);
    await addBacklogItem(ctxOf(voter.user, raisedAt), { ...scope, title: "Convention avec la mairie", description: "Trois ans", raisedAtMeetingId: held.id });
    await addBacklogItem(ctxOf(advisory.user, new Date(raisedAt.getTime() + 60_000)), { ...scope, title: "Budget prévisionnel visible", description: undefined, raisedAtMeetingId: held.id });
    const section = (await db().agendaItem.findFirstOrThrow({ where: { title: "Points demandés" } })).id;
    const result = await pullBacklog(ctxOf(secretary.user, new Date("2008-10-30T10:00:00Z")), { ...scope, meetingId: next.id, parentId: section });
    expect(result).toEqual({ ok: true, value: { pulled: 2 } });
    expect(await outlineOf(next.id)).toEqual(["1 Accueil", "2 Points demandés", "2.1 Convention avec la mairie", "2.2 Budget prévisionnel visible"]);
    const item = await db().agendaItem.findFirstOrThrow({ where: { title: "Convention avec la mairie" } });
    expect(item).toMatchObject({ origin: "BACKLOG", askedById: voter.user.id, askedOn: new Date("2008-10-07T00:00:00Z"), description: "Trois ans" });
    const entries = await db().backlogItem.findMany();
    expect(entries.every((e) => e.pulledIntoMeetingId === next.id && e.agendaItemId && e.pulledAt)).toBe(true);
    expect(await db().auditEvent.count({ where: { action: "agenda.backlog.pull" } })).toBe(1);
    // Nothing left: a second pull says so and changes nothing.
    expect(await pullBacklog(ctxOf(secretary.user, new Date("2008-10-30T10:00:00Z")), { ...scope, meetingId: next.id, parentId: undefined })).toEqual({ ok: false, reason: "BACKLOG_EMPTY" });
    expect(await db().agendaItem.count({ where: { meetingId: next.id } })).toBe(4);
  });

  it("a point raised at a meeting is not pulled into that same meeting", async () => {
    const { secretary, voter, held, scope } = await setUp();
    await addBacklogItem(ctxOf(voter.user, raisedAt), { ...scope, title: "Pour la prochaine fois", description: undefined, raisedAtMeetingId: held.id });
    expect(await pullBacklog(ctxOf(secretary.user, raisedAt), { ...scope, meetingId: held.id, parentId: undefined })).toEqual({ ok: false, reason: "BACKLOG_EMPTY" });
  });

  it("only editors pull; a cancelled meeting takes nothing", async () => {
    const { voter, secretary, association, next, scope } = await setUp();
    await addBacklogItem(ctxOf(voter.user, raisedAt), { ...scope, title: "Point", description: undefined, raisedAtMeetingId: undefined });
    expect(await pullBacklog(ctxOf(voter.user, raisedAt), { ...scope, meetingId: next.id, parentId: undefined })).toEqual({ ok: false, reason: "FORBIDDEN" });
    const cancelled = await makeMeeting(association.id, { status: "CANCELLED", startsAt: new Date("2008-12-02T17:00:00Z") });
    expect(await pullBacklog(ctxOf(secretary.user, raisedAt), { ...scope, meetingId: cancelled.id, parentId: undefined })).toEqual({ ok: false, reason: "AGENDA_MEETING_CANCELLED" });
    expect((await db().backlogItem.findFirstOrThrow()).pulledIntoMeetingId).toBeNull();
  });

  it("two pulls into two meetings at once share the points out: none is pulled twice", async () => {
    const { voter, secretary, president, association, next, scope } = await setUp();
    const december = await makeMeeting(association.id, { startsAt: new Date("2008-12-02T17:00:00Z") });
    for (const title of ["Un", "Deux", "Trois"]) await addBacklogItem(ctxOf(voter.user, raisedAt), { ...scope, title, description: undefined, raisedAtMeetingId: undefined });
    const results = await Promise.all([
      pullBacklog(ctxOf(secretary.user, raisedAt), { ...scope, meetingId: next.id, parentId: undefined }),
      pullBacklog(ctxOf(president.user, raisedAt), { ...scope, meetingId: december.id, parentId: undefined }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, reason: "BACKLOG_EMPTY" });
    expect(await db().agendaItem.count({ where: { origin: "BACKLOG" } })).toBe(3);
  });

  it("deleting a pulled item puts the point back on the list", async () => {
    const { voter, secretary, next, scope } = await setUp();
    await addBacklogItem(ctxOf(voter.user, raisedAt), { ...scope, title: "Point", description: undefined, raisedAtMeetingId: undefined });
    await pullBacklog(ctxOf(secretary.user, raisedAt), { ...scope, meetingId: next.id, parentId: undefined });
    const item = await db().agendaItem.findFirstOrThrow({ where: { meetingId: next.id } });
    await deleteAgendaItem(ctxOf(secretary.user, raisedAt), { ...scope, meetingId: next.id, itemId: item.id, confirm: "yes" });
    expect(await db().backlogItem.findFirstOrThrow()).toMatchObject({ pulledIntoMeetingId: null, agendaItemId: null, pulledAt: null });
  });

  it("whoever raised a point, the secretary or the president removes it while it waits", async () => {
    const { voter, voter2, secretary, next, scope } = await setUp();
    const added = await addBacklogItem(ctxOf(voter.user, raisedAt), { ...scope, title: "Point", description: undefined, raisedAtMeetingId: undefined });
    if (!added.ok) throw new Error(added.reason);
    const input = { ...scope, backlogItemId: added.value.backlogItemId, meetingId: undefined, confirm: "yes" as const };
    expect(await discardBacklogItem(ctxOf(voter2.user, raisedAt), input)).toEqual({ ok: false, reason: "FORBIDDEN" });
    await pullBacklog(ctxOf(secretary.user, raisedAt), { ...scope, meetingId: next.id, parentId: undefined });
    expect(await discardBacklogItem(ctxOf(voter.user, raisedAt), input)).toEqual({ ok: false, reason: "BACKLOG_ALREADY_PULLED" });
    const other = await addBacklogItem(ctxOf(voter.user, raisedAt), { ...scope, title: "Autre", description: undefined, raisedAtMeetingId: undefined });
    if (!other.ok) throw new Error(other.reason);
    expect((await discardBacklogItem(ctxOf(secretary.user, raisedAt), { ...input, backlogItemId: other.value.backlogItemId })).ok).toBe(true);
    expect(await db().backlogItem.count()).toBe(1);
  });
});
