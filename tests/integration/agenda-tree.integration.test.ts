import { describe, expect, it } from "vitest";
import { addAgendaItem, deleteAgendaItem, dropAgendaItem, moveAgendaItem, placeAgendaItem, updateAgendaItem } from "@/features/agenda/commands";
import { isWellOrdered } from "@/features/agenda/rules";
import { db } from "@/lib/db";
import { addMember, ctxOf, makeBoard } from "./factories";
import { makeAgenda, makeMeeting, outlineOf, positionsOf } from "./factories-agenda";

const now = new Date("2026-03-10T09:00:00Z");
const slug = "asso";

const itemInput = (title: string, extra: Record<string, unknown> = {}) => ({
  kind: "DISCUSSION" as const,
  title,
  visibility: "MEMBERS" as const,
  origin: "DIRECT" as const,
  description: undefined,
  presenterId: undefined,
  presenterName: undefined,
  durationMinutes: undefined,
  askedById: undefined,
  askedByName: undefined,
  askedOn: undefined,
  ...extra,
});

async function setUp() {
  const board = await makeBoard();
  const meeting = await makeMeeting(board.association.id);
  const scope = { slug, associationId: board.association.id, meetingId: meeting.id };
  return { ...board, meeting, scope };
}

describe("building an agenda", () => {
  it("the secretary adds items at the end and as sub-items; each change is audited and bumps the version", async () => {
    const { secretary, meeting, scope } = await setUp();
    const ctx = ctxOf(secretary.user, now);
    const welcome = await addAgendaItem(ctx, { ...scope, parentId: undefined, ...itemInput("Accueil", { durationMinutes: 5, presenterName: "Invitée de la mairie" }) });
    const money = await addAgendaItem(ctx, { ...scope, parentId: undefined, ...itemInput("Finances", { kind: "SECTION" }) });
    if (!money.ok) throw new Error(money.reason);
    await addAgendaItem(ctx, { ...scope, parentId: money.value.itemId, ...itemInput("Budget 2027", { kind: "DECISION", durationMinutes: 20 }) });
    await addAgendaItem(ctx, { ...scope, parentId: money.value.itemId, ...itemInput("Trésorerie") });
    expect(welcome.ok).toBe(true);
    expect(await outlineOf(meeting.id)).toEqual(["1 Accueil", "2 Finances", "2.1 Budget 2027", "2.2 Trésorerie"]);
    const stored = await db().agendaItem.findFirstOrThrow({ where: { title: "Accueil" } });
    expect(stored).toMatchObject({ presenterName: "Invitée de la mairie", durationMinutes: 5, origin: "DIRECT" });
    expect(await db().auditEvent.count({ where: { action: "agenda.item.add", actorUserId: secretary.user.id } })).toBe(4);
    expect((await db().meeting.findUniqueOrThrow({ where: { id: meeting.id } })).version).toBe(5);
  });

  it("the president and the meeting's facilitator edit the agenda too; nobody else", async () => {
    const board = await makeBoard();
    const facilitator = board.voter;
    const meeting = await makeMeeting(board.association.id, { facilitatorId: facilitator.user.id });
    const scope = { slug, associationId: board.association.id, meetingId: meeting.id };
    for (const who of [board.president, facilitator]) {
      expect((await addAgendaItem(ctxOf(who.user, now), { ...scope, parentId: undefined, ...itemInput(`Par ${who.user.name}`) })).ok).toBe(true);
    }
    for (const who of [board.treasurer, board.voter2, board.advisory, board.adherent]) {
      expect(await addAgendaItem(ctxOf(who.user, now), { ...scope, parentId: undefined, ...itemInput("Non") })).toEqual({ ok: false, reason: "FORBIDDEN" });
    }
    expect(await db().agendaItem.count()).toBe(2);
  });

  it("someone from another association, or a meeting of another association, is 'not found'", async () => {
    const { scope, association } = await setUp();
    const other = await makeBoard();
    const otherMeeting = await makeMeeting(other.association.id);
    expect(await addAgendaItem(ctxOf(other.secretary.user, now), { ...scope, parentId: undefined, ...itemInput("Intrus") })).toEqual({ ok: false, reason: "NOT_FOUND" });
    const secretary = (await db().membership.findFirstOrThrow({ where: { associationId: association.id, offices: { has: "SECRETARY" } } })).userId;
    expect(await addAgendaItem(ctxOf({ id: secretary }, now), { ...scope, meetingId: otherMeeting.id, parentId: undefined, ...itemInput("Ailleurs") })).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect(await db().agendaItem.count()).toBe(0);
  });

  it("refuses a parent from another meeting, and one from another association", async () => {
    const { secretary, association, scope } = await setUp();
    const otherMeeting = await makeMeeting(association.id, { title: "Autre réunion" });
    const elsewhere = await makeAgenda(otherMeeting, [{ title: "Ailleurs" }]);
    const ctx = ctxOf(secretary.user, now);
    expect(await addAgendaItem(ctx, { ...scope, parentId: elsewhere.get("Ailleurs"), ...itemInput("Sous ailleurs") })).toMatchObject({ ok: false, reason: "AGENDA_OTHER_MEETING" });
    const stranger = await makeBoard();
    const strangerItems = await makeAgenda(await makeMeeting(stranger.association.id), [{ title: "Étranger" }]);
    expect(await addAgendaItem(ctx, { ...scope, parentId: strangerItems.get("Étranger"), ...itemInput("Sous étranger") })).toMatchObject({ ok: false, reason: "NOT_FOUND" });
    expect(await db().agendaItem.count({ where: { meetingId: scope.meetingId } })).toBe(0);
  });

  it("refuses any change to a cancelled meeting's agenda", async () => {
    const board = await makeBoard();
    const meeting = await makeMeeting(board.association.id, { status: "CANCELLED" });
    const ids = await makeAgenda(meeting, [{ title: "Un" }, { title: "Deux" }]);
    const scope = { slug, associationId: board.association.id, meetingId: meeting.id };
    const ctx = ctxOf(board.secretary.user, now);
    const refused = { ok: false, reason: "AGENDA_MEETING_CANCELLED" };
    expect(await addAgendaItem(ctx, { ...scope, parentId: undefined, ...itemInput("Trois") })).toEqual(refused);
    expect(await moveAgendaItem(ctx, { ...scope, itemId: ids.get("Deux")!, op: "up" })).toEqual(refused);
    expect(await updateAgendaItem(ctx, { ...scope, itemId: ids.get("Un")!, ...itemInput("Renommé") })).toEqual(refused);
    expect(await deleteAgendaItem(ctx, { ...scope, itemId: ids.get("Un")!, confirm: "yes" })).toEqual(refused);
    expect(await outlineOf(meeting.id)).toEqual(["1 Un", "2 Deux"]);
    expect(await db().auditEvent.count()).toBe(0);
  });

  it("checks presenters and askers: a member of this association, or a name, not both; never a date to come", async () => {
    const { secretary, voter, scope } = await setUp();
    const outsider = await makeBoard();
    const ctx = ctxOf(secretary.user, now);
    const base = { ...scope, parentId: undefined };
    expect(await addAgendaItem(ctx, { ...base, ...itemInput("Deux présentateurs", { presenterId: voter.user.id, presenterName: "Quelqu’un" }) })).toMatchObject({ ok: false, reason: "AGENDA_PERSON_BOTH" });
    expect(await addAgendaItem(ctx, { ...base, ...itemInput("Étranger", { presenterId: outsider.voter.user.id }) })).toMatchObject({ ok: false, reason: "AGENDA_PERSON_UNKNOWN" });
    // 10 March 2026 in Paris: the 11th is tomorrow.
    expect(await addAgendaItem(ctx, { ...base, ...itemInput("Demain", { origin: "MEMBER_QUESTION", askedByName: "Françoise", askedOn: "2026-03-11" }) })).toMatchObject({ ok: false, reason: "AGENDA_ASKED_IN_FUTURE" });
    expect(await db().agendaItem.count()).toBe(0);
    const question = await addAgendaItem(ctx, { ...base, ...itemInput("Quelles actions contre les lenteurs ?", { kind: "QUESTION", origin: "MEMBER_QUESTION", askedByName: "Françoise (adhérente)", askedOn: "2026-02-25" }) });
    expect(question.ok).toBe(true);
    expect(await db().agendaItem.findFirstOrThrow()).toMatchObject({ askedByName: "Françoise (adhérente)", askedOn: new Date("2026-02-25T00:00:00Z"), origin: "MEMBER_QUESTION" });
  });
});

describe("editing an item", () => {
  it("saves every field and keeps the before and after in the audit trail", async () => {
    const { secretary, voter, meeting, scope } = await setUp();
    const ids = await makeAgenda(meeting, [{ title: "Disques" }]);
    const itemId = ids.get("Disques")!;
    const before = await db().agendaItem.findUniqueOrThrow({ where: { id: itemId } });
    const result = await updateAgendaItem(ctxOf(secretary.user, now), {
      ...scope,
      itemId,
      seenUpdatedAt: before.updatedAt.toISOString(),
      ...itemInput("Achat de disques", { kind: "DECISION", durationMinutes: 15, presenterId: voter.user.id, visibility: "BOARD", description: "681,72 € HT" }),
    });
    expect(result.ok).toBe(true);
    expect(await db().agendaItem.findUniqueOrThrow({ where: { id: itemId } })).toMatchObject({ title: "Achat de disques", kind: "DECISION", durationMinutes: 15, presenterId: voter.user.id, visibility: "BOARD", description: "681,72 € HT" });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "agenda.item.edit" } });
    expect(audit.before).toMatchObject({ title: "Disques" });
    expect(audit.after).toMatchObject({ title: "Achat de disques" });
  });

  it("refuses to overwrite a change someone made since the form was opened", async () => {
    const { secretary, president, meeting, scope } = await setUp();
    const itemId = (await makeAgenda(meeting, [{ title: "Disques" }])).get("Disques")!;
    const opened = (await db().agendaItem.findUniqueOrThrow({ where: { id: itemId } })).updatedAt.toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5)); // a later updatedAt
    expect((await updateAgendaItem(ctxOf(president.user, now), { ...scope, itemId, seenUpdatedAt: opened, ...itemInput("Version de la présidente") })).ok).toBe(true);
    expect(await updateAgendaItem(ctxOf(secretary.user, now), { ...scope, itemId, seenUpdatedAt: opened, ...itemInput("Version du secrétaire") })).toEqual({ ok: false, reason: "AGENDA_ITEM_CHANGED" });
    expect((await db().agendaItem.findUniqueOrThrow({ where: { id: itemId } })).title).toBe("Version de la présidente");
  });

  it("an item of another meeting is refused, even with a meeting the secretary may edit", async () => {
    const { secretary, association, scope } = await setUp();
    const other = await makeMeeting(association.id);
    const itemId = (await makeAgenda(other, [{ title: "Autre" }])).get("Autre")!;
    expect(await updateAgendaItem(ctxOf(secretary.user, now), { ...scope, itemId, ...itemInput("Volé") })).toEqual({ ok: false, reason: "AGENDA_OTHER_MEETING" });
    expect(await moveAgendaItem(ctxOf(secretary.user, now), { ...scope, itemId, op: "down" })).toEqual({ ok: false, reason: "AGENDA_OTHER_MEETING" });
  });
});

describe("moving items", () => {
  const spec = [{ title: "A", children: [{ title: "A1", children: [{ title: "A1x" }] }, { title: "A2" }] }, { title: "B" }, { title: "C" }];

  it("up, down, indent and outdent renumber the agenda", async () => {
    const { secretary, meeting, scope } = await setUp();
    const ids = await makeAgenda(meeting, spec);
    const ctx = ctxOf(secretary.user, now);
    const move = (title: string, op: "up" | "down" | "indent" | "outdent") => moveAgendaItem(ctx, { ...scope, itemId: ids.get(title)!, op });
    expect((await move("C", "up")).ok).toBe(true);
    expect(await outlineOf(meeting.id)).toEqual(["1 A", "1.1 A1", "1.1.1 A1x", "1.2 A2", "2 C", "3 B"]);
    expect((await move("C", "indent")).ok).toBe(true);
    expect(await outlineOf(meeting.id)).toEqual(["1 A", "1.1 A1", "1.1.1 A1x", "1.2 A2", "1.3 C", "2 B"]);
    expect((await move("A1", "outdent")).ok).toBe(true);
    expect(await outlineOf(meeting.id)).toEqual(["1 A", "1.1 A2", "1.2 C", "2 A1", "2.1 A1x", "3 B"]);
    expect((await move("A", "down")).ok).toBe(true);
    expect(await outlineOf(meeting.id)).toEqual(["1 A1", "1.1 A1x", "2 A", "2.1 A2", "2.2 C", "3 B"]);
    const audit = await db().auditEvent.findMany({ where: { entityId: ids.get("A1") }, orderBy: { id: "asc" } });
    expect(audit.map((e) => [e.action, (e.before as { number: string }).number, (e.after as { number: string }).number])).toEqual([
      ["agenda.item.outdent", "1.1", "2"],
    ]);
    expect(isWellOrdered(await positionsOf(meeting.id))).toBe(true);
  });

  it("refuses moves at the edges, changing nothing", async () => {
    const { secretary, meeting, scope } = await setUp();
    const ids = await makeAgenda(meeting, spec);
    const ctx = ctxOf(secretary.user, now);
    expect(await moveAgendaItem(ctx, { ...scope, itemId: ids.get("A")!, op: "up" })).toEqual({ ok: false, reason: "AGENDA_ALREADY_FIRST" });
    expect(await moveAgendaItem(ctx, { ...scope, itemId: ids.get("C")!, op: "down" })).toEqual({ ok: false, reason: "AGENDA_ALREADY_LAST" });
    expect(await moveAgendaItem(ctx, { ...scope, itemId: ids.get("A1")!, op: "indent" })).toEqual({ ok: false, reason: "AGENDA_CANNOT_INDENT" });
    expect(await moveAgendaItem(ctx, { ...scope, itemId: ids.get("B")!, op: "outdent" })).toEqual({ ok: false, reason: "AGENDA_ALREADY_TOP_LEVEL" });
    expect(await db().auditEvent.count()).toBe(0);
    expect((await db().meeting.findUniqueOrThrow({ where: { id: meeting.id } })).version).toBe(1);
  });

  it("refuses to put an item under itself or under its own sub-item", async () => {
    const { secretary, meeting, scope } = await setUp();
    const ids = await makeAgenda(meeting, spec);
    const ctx = ctxOf(secretary.user, now);
    for (const under of ["A", "A1", "A1x"]) {
      expect(await placeAgendaItem(ctx, { ...scope, itemId: ids.get("A")!, parentId: ids.get(under) })).toEqual({ ok: false, reason: "AGENDA_MOVE_INTO_ITSELF" });
    }
    expect(await outlineOf(meeting.id)).toEqual(["1 A", "1.1 A1", "1.1.1 A1x", "1.2 A2", "2 B", "3 C"]);
  });

  it("puts a branch under another item, or back at the top level", async () => {
    const { secretary, meeting, scope } = await setUp();
    const ids = await makeAgenda(meeting, spec);
    const ctx = ctxOf(secretary.user, now);
    expect((await placeAgendaItem(ctx, { ...scope, itemId: ids.get("A1")!, parentId: ids.get("C") })).ok).toBe(true);
    expect(await outlineOf(meeting.id)).toEqual(["1 A", "1.1 A2", "2 B", "3 C", "3.1 A1", "3.1.1 A1x"]);
    expect((await placeAgendaItem(ctx, { ...scope, itemId: ids.get("A1x")!, parentId: undefined })).ok).toBe(true);
    expect(await outlineOf(meeting.id)).toEqual(["1 A", "1.1 A2", "2 B", "3 C", "3.1 A1", "4 A1x"]);
  });

  it("refuses to move under an item of another meeting", async () => {
    const { secretary, association, meeting, scope } = await setUp();
    const ids = await makeAgenda(meeting, spec);
    const elsewhere = await makeAgenda(await makeMeeting(association.id), [{ title: "Ailleurs" }]);
    expect(await placeAgendaItem(ctxOf(secretary.user, now), { ...scope, itemId: ids.get("B")!, parentId: elsewhere.get("Ailleurs") })).toEqual({ ok: false, reason: "AGENDA_OTHER_MEETING" });
    expect(await outlineOf(meeting.id)).toEqual(["1 A", "1.1 A1", "1.1.1 A1x", "1.2 A2", "2 B", "3 C"]);
  });
});

describe("drag and drop", () => {
  it("drops an item before, after or inside another, placed from the agenda as it is", async () => {
    const { secretary, meeting, scope } = await setUp();
    const ids = await makeAgenda(meeting, [{ title: "A", children: [{ title: "A1" }] }, { title: "B" }, { title: "C" }]);
    const ctx = ctxOf(secretary.user, now);
    const drop = (item: string, target: string, spot: "before" | "after" | "inside") => dropAgendaItem(ctx, { ...scope, itemId: ids.get(item)!, targetId: ids.get(target)!, spot });
    expect((await drop("C", "A", "before")).ok).toBe(true);
    expect(await outlineOf(meeting.id)).toEqual(["1 C", "2 A", "2.1 A1", "3 B"]);
    expect((await drop("B", "A1", "inside")).ok).toBe(true);
    expect(await outlineOf(meeting.id)).toEqual(["1 C", "2 A", "2.1 A1", "2.1.1 B"]);
    expect((await drop("C", "A1", "after")).ok).toBe(true);
    expect(await outlineOf(meeting.id)).toEqual(["1 A", "1.1 A1", "1.1.1 B", "1.2 C"]);
    expect(await db().auditEvent.count({ where: { action: "agenda.item.drop" } })).toBe(3);
  });

  it("refuses a drop on its own sub-item, or on an item of another meeting", async () => {
    const { secretary, association, meeting, scope } = await setUp();
    const ids = await makeAgenda(meeting, [{ title: "A", children: [{ title: "A1" }] }, { title: "B" }]);
    const elsewhere = await makeAgenda(await makeMeeting(association.id), [{ title: "Ailleurs" }]);
    const ctx = ctxOf(secretary.user, now);
    expect(await dropAgendaItem(ctx, { ...scope, itemId: ids.get("A")!, targetId: ids.get("A1")!, spot: "inside" })).toEqual({ ok: false, reason: "AGENDA_MOVE_INTO_ITSELF" });
    expect(await dropAgendaItem(ctx, { ...scope, itemId: ids.get("B")!, targetId: elsewhere.get("Ailleurs")!, spot: "before" })).toEqual({ ok: false, reason: "AGENDA_OTHER_MEETING" });
    expect(await outlineOf(meeting.id)).toEqual(["1 A", "1.1 A1", "2 B"]);
  });
});

describe("deleting items", () => {
  it("deletes an item with its sub-items and closes the gap", async () => {
    const { secretary, meeting, scope } = await setUp();
    const ids = await makeAgenda(meeting, [{ title: "A" }, { title: "B", children: [{ title: "B1", children: [{ title: "B1x" }] }] }, { title: "C" }]);
    const result = await deleteAgendaItem(ctxOf(secretary.user, now), { ...scope, itemId: ids.get("B")!, confirm: "yes" });
    expect(result).toEqual({ ok: true, value: { removed: 3, title: "B" } });
    expect(await outlineOf(meeting.id)).toEqual(["1 A", "2 C"]);
    expect(isWellOrdered(await positionsOf(meeting.id))).toBe(true);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "agenda.item.delete" } });
    expect((audit.before as { removed: { title: string }[] }).removed.map((r) => r.title).sort()).toEqual(["B", "B1", "B1x"]);
  });

  it("a voting member may not delete", async () => {
    const { voter, meeting, scope } = await setUp();
    const ids = await makeAgenda(meeting, [{ title: "A" }]);
    expect(await deleteAgendaItem(ctxOf(voter.user, now), { ...scope, itemId: ids.get("A")!, confirm: "yes" })).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect(await outlineOf(meeting.id)).toEqual(["1 A"]);
  });
});

describe("two secretaries at once", () => {
  it("20 concurrent moves, additions and deletions lose and duplicate nothing; positions stay 0..n-1", async () => {
    const board = await makeBoard();
    const second = await addMember(board.association.id, { offices: ["SECRETARY"], name: "Secrétaire adjointe" });
    const meeting = await makeMeeting(board.association.id);
    const scope = { slug, associationId: board.association.id, meetingId: meeting.id };
    const ids = await makeAgenda(meeting, [
      { title: "A", children: [{ title: "A1" }, { title: "A2" }, { title: "A3" }] },
      { title: "B", children: [{ title: "B1" }] },
      { title: "C" },
      { title: "D" },
      { title: "E", children: [{ title: "E1" }, { title: "E2" }] },
    ]);
    const first = ctxOf(board.secretary.user, now);
    const other = ctxOf(second.user, now);
    const id = (title: string) => ids.get(title)!;
    const operations = [
      () => moveAgendaItem(first, { ...scope, itemId: id("C"), op: "up" }),
      () => moveAgendaItem(other, { ...scope, itemId: id("C"), op: "up" }),
      () => moveAgendaItem(first, { ...scope, itemId: id("A2"), op: "indent" }),
      () => moveAgendaItem(other, { ...scope, itemId: id("A3"), op: "outdent" }),
      () => addAgendaItem(first, { ...scope, parentId: undefined, ...itemInput("Nouveau 1") }),
      () => addAgendaItem(other, { ...scope, parentId: id("B"), ...itemInput("Nouveau 2") }),
      () => deleteAgendaItem(first, { ...scope, itemId: id("D"), confirm: "yes" }),
      () => moveAgendaItem(other, { ...scope, itemId: id("E"), op: "up" }),
      () => moveAgendaItem(first, { ...scope, itemId: id("E1"), op: "down" }),
      () => addAgendaItem(other, { ...scope, parentId: id("E"), ...itemInput("Nouveau 3") }),
      () => moveAgendaItem(first, { ...scope, itemId: id("B1"), op: "outdent" }),
      () => placeAgendaItem(other, { ...scope, itemId: id("B"), parentId: id("A") }),
      () => moveAgendaItem(first, { ...scope, itemId: id("A1"), op: "down" }),
      () => addAgendaItem(other, { ...scope, parentId: undefined, ...itemInput("Nouveau 4") }),
      // Not "indent": under E1, E2 would rightly go with E1's deletion, depending on the order.
      () => moveAgendaItem(first, { ...scope, itemId: id("E2"), op: "up" }),
      () => deleteAgendaItem(other, { ...scope, itemId: id("E1"), confirm: "yes" }),
      () => moveAgendaItem(first, { ...scope, itemId: id("A"), op: "down" }),
      () => addAgendaItem(other, { ...scope, parentId: id("A"), ...itemInput("Nouveau 5") }),
      () => moveAgendaItem(first, { ...scope, itemId: id("C"), op: "indent" }),
      () => placeAgendaItem(other, { ...scope, itemId: id("A"), parentId: id("A1") }), // under its own child: refused
    ];
    const results = await Promise.all(operations.map((run) => run()));
    expect(results.at(-1)).toEqual({ ok: false, reason: "AGENDA_MOVE_INTO_ITSELF" });
    const succeeded = results.filter((r) => r.ok).length;
    const rows = await positionsOf(meeting.id);
    expect(isWellOrdered(rows)).toBe(true);
    // Every original item is there except those deleted (D; E1 if its deletion won), plus every addition.
    const titles = (await db().agendaItem.findMany({ where: { meetingId: meeting.id }, select: { title: true } })).map((r) => r.title).sort();
    const deletedE1 = results[15].ok;
    const expected = ["A", "A1", "A2", "A3", "B", "B1", "C", "E", "E2", "Nouveau 1", "Nouveau 2", "Nouveau 3", "Nouveau 4", "Nouveau 5", ...(deletedE1 ? [] : ["E1"])].sort();
    expect(titles).toEqual(expected);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    // One version bump and one audit event per change that went through.
    expect((await db().meeting.findUniqueOrThrow({ where: { id: meeting.id } })).version).toBe(1 + succeeded);
    expect(await db().auditEvent.count({ where: { associationId: board.association.id } })).toBe(succeeded);
  });
});
