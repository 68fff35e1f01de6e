import { describe, expect, it } from "vitest";
import { addGroupsFollowUp, createGroup, editGroup, recordGroupNote } from "@/features/groups/commands";
import { groupDetail, groupsList } from "@/features/groups/queries";
import { db } from "@/lib/db";
import { addMember, ctxOf, makeBoard } from "./factories";
import { footprint, makeItem, makeMeeting } from "./factories-actions";

const now = new Date("2026-03-10T09:00:00Z");

async function withGroups() {
  const board = await makeBoard();
  const ctx = ctxOf(board.secretary.user, now);
  const make = async (name: string, referents: string[]) => {
    const r = await createGroup(ctx, { associationId: board.association.id, name, referents });
    if (!r.ok) throw new Error(r.reason);
    return r.value.groupId;
  };
  const tech = await make("Technique", [board.voter.user.id, board.president.user.id]);
  const fees = await make("Cotisations", [board.treasurer.user.id]);
  const wiki = await make("Restructuration du wiki", []);
  const meeting = await makeMeeting(board.association.id, { facilitatorId: board.voter2.user.id });
  await makeItem(meeting, { title: "Achat de disques" });
  return { ...board, tech, fees, wiki, meeting };
}

describe("working groups", () => {
  it("the secretary creates a group with its referents, audited; the list shows them in order", async () => {
    const { association, voter, president } = await withGroups();
    const list = await groupsList(association.id);
    expect(list.map((g) => g.name)).toEqual(["Cotisations", "Restructuration du wiki", "Technique"]);
    expect(list[2].referents.map((r) => r.userId)).toEqual([voter.user.id, president.user.id]);
    expect(await db().auditEvent.count({ where: { action: "group.create" } })).toBe(3);
  });

  it("refuses a referent from another association, a name already taken, and anyone but the secretary or president", async () => {
    const { association, secretary, voter } = await withGroups();
    const other = await makeBoard();
    const before = await footprint();
    expect(await createGroup(ctxOf(secretary.user, now), { associationId: association.id, name: "Subventions", referents: [other.voter.user.id] })).toEqual({ ok: false, reason: "REFERENT_NOT_MEMBER" });
    expect(await createGroup(ctxOf(secretary.user, now), { associationId: association.id, name: "technique", referents: [] })).toEqual({ ok: false, reason: "GROUP_NAME_TAKEN" });
    expect(await createGroup(ctxOf(voter.user, now), { associationId: association.id, name: "Subventions", referents: [] })).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect(await createGroup(ctxOf(other.secretary.user, now), { associationId: association.id, name: "Subventions", referents: [] })).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect(await footprint()).toEqual(before);
  });

  it("closing a group keeps it and its history; a referent who has left may stay named", async () => {
    const { association, president, tech, voter } = await withGroups();
    await db().membership.update({ where: { id: (await db().membership.findFirstOrThrow({ where: { userId: voter.user.id } })).id }, data: { endsOn: new Date("2026-01-01T00:00:00Z") } });
    const input = { associationId: association.id, groupId: tech, name: "Technique", description: "Les serveurs", referents: [voter.user.id, president.user.id], active: false };
    expect((await editGroup(ctxOf(president.user, now), input)).ok).toBe(true);
    const group = await groupDetail(association.id, tech);
    expect(group).toMatchObject({ active: false, description: "Les serveurs" });
    expect(group?.closedOn?.toISOString()).toBe("2026-03-10T00:00:00.000Z");
    const newcomer = await addMember(association.id, { startsOn: "2000-01-01", endsOn: "2025-01-01" });
    expect(await editGroup(ctxOf(president.user, now), { ...input, referents: [newcomer.user.id] })).toEqual({ ok: false, reason: "REFERENT_NOT_MEMBER" });
    const other = await withGroups();
    expect(await editGroup(ctxOf(president.user, now), { ...input, groupId: other.tech })).toEqual({ ok: false, reason: "NOT_FOUND" });
  });
});

describe("the working-groups follow-up at a meeting", () => {
  it("appends a section with one item per active group, presented by its referents", async () => {
    const { association, secretary, president, meeting, tech, fees, wiki, voter } = await withGroups();
    await editGroup(ctxOf(president.user, now), { associationId: association.id, groupId: wiki, name: "Restructuration du wiki", referents: [], active: false });
    const result = await addGroupsFollowUp(ctxOf(secretary.user, now), { associationId: association.id, meetingId: meeting.id });
    expect(result).toMatchObject({ ok: true, value: { added: 2 } });
    const section = await db().agendaItem.findFirstOrThrow({ where: { meetingId: meeting.id, kind: "SECTION" } });
    expect(section).toMatchObject({ position: 1, origin: "WORKING_GROUP", parentId: null });
    const items = await db().agendaItem.findMany({ where: { parentId: section.id }, orderBy: { position: "asc" }, include: { groupFollowUp: true } });
    expect(items.map((i) => [i.title, i.kind, i.groupFollowUp?.groupId])).toEqual([
      ["Cotisations", "FOLLOW_UP", fees],
      ["Technique", "FOLLOW_UP", tech],
    ]);
    expect(items[1]).toMatchObject({ presenterId: voter.user.id, presenterName: `${voter.user.name}, ${president.user.name}` });
    expect(await addGroupsFollowUp(ctxOf(secretary.user, now), { associationId: association.id, meetingId: meeting.id })).toMatchObject({ ok: true, value: { added: 0 } });
    expect(await db().groupFollowUp.count()).toBe(2);
  });

  it("the facilitator may add it; a voting member may not; another association's meeting is 'not found'", async () => {
    const { association, voter2, treasurer, meeting } = await withGroups();
    const other = await makeBoard();
    expect(await addGroupsFollowUp(ctxOf(treasurer.user, now), { associationId: association.id, meetingId: meeting.id })).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect(await addGroupsFollowUp(ctxOf(other.secretary.user, now), { associationId: other.association.id, meetingId: meeting.id })).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect((await addGroupsFollowUp(ctxOf(voter2.user, now), { associationId: association.id, meetingId: meeting.id })).ok).toBe(true);
  });

  it("the note written there is the group's history; referents and those who record write it, others may not", async () => {
    const { association, secretary, treasurer, voter, meeting, fees, tech } = await withGroups();
    await addGroupsFollowUp(ctxOf(secretary.user, now), { associationId: association.id, meetingId: meeting.id });
    const itemOf = async (groupId: string) => (await db().groupFollowUp.findFirstOrThrow({ where: { groupId } })).agendaItemId;
    expect((await recordGroupNote(ctxOf(treasurer.user, now), { associationId: association.id, agendaItemId: await itemOf(fees), note: "Environ 5 factures relancées sur 100." })).ok).toBe(true);
    expect(await recordGroupNote(ctxOf(voter.user, now), { associationId: association.id, agendaItemId: await itemOf(fees), note: "X" })).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect((await recordGroupNote(ctxOf(secretary.user, now), { associationId: association.id, agendaItemId: await itemOf(tech), note: "Voir les discussions précédentes." })).ok).toBe(true);
    const history = await groupDetail(association.id, fees);
    expect(history?.followUps.map((f) => [f.meeting.id, f.note, f.notedBy?.name])).toEqual([[meeting.id, "Environ 5 factures relancées sur 100.", treasurer.user.name]]);
    expect(await db().auditEvent.count({ where: { action: "group.note" } })).toBe(2);
    const other = await makeBoard();
    expect(await recordGroupNote(ctxOf(other.secretary.user, now), { associationId: other.association.id, agendaItemId: await itemOf(fees), note: "X" })).toEqual({ ok: false, reason: "NOT_FOUND" });
  });
});
