import { describe, expect, it } from "vitest";
import { deleteAgendaItem } from "@/features/agenda/commands";
import { acceptProposal, declineProposal, proposeAgendaItem, withdrawProposal } from "@/features/agenda/commands-proposals";
import { db } from "@/lib/db";
import { ctxOf, makeBoard } from "./factories";
import { makeAgenda, makeMeeting, outlineOf } from "./factories-agenda";

// 30 September 2026, 10:00 in Paris; the meeting is on 6 October at 18:00.
const now = new Date("2026-09-30T08:00:00Z");
const slug = "asso";

async function setUp() {
  const board = await makeBoard();
  const meeting = await makeMeeting(board.association.id, { startsAt: new Date("2026-10-06T16:00:00Z") });
  const scope = { slug, associationId: board.association.id, meetingId: meeting.id };
  return { ...board, meeting, scope };
}

const question = { kind: "QUESTION" as const, title: "Quel est le plan de secours ?", description: "Demandé par courriel", askedOn: "2026-09-25" };

describe("proposing", () => {
  it("a voting or advisory board member proposes for a coming meeting, with the day it was asked", async () => {
    const { voter, advisory, meeting, scope } = await setUp();
    const first = await proposeAgendaItem(ctxOf(voter.user, now), { ...scope, ...question });
    const second = await proposeAgendaItem(ctxOf(advisory.user, now), { ...scope, kind: "ITEM", title: "Convention avec la mairie", description: undefined, askedOn: "2026-09-30" });
    expect(first.ok && second.ok).toBe(true);
    const stored = await db().agendaProposal.findMany({ where: { meetingId: meeting.id }, orderBy: { askedOn: "asc" } });
    expect(stored.map((p) => [p.kind, p.status, p.askedOn.toISOString().slice(0, 10), p.proposedById])).toEqual([
      ["QUESTION", "PENDING", "2026-09-25", voter.user.id],
      ["ITEM", "PENDING", "2026-09-30", advisory.user.id],
    ]);
    expect(await db().auditEvent.count({ where: { action: "agenda.proposal.create" } })).toBe(2);
  });

  it("an association member (adherent) may not propose", async () => {
    const { adherent, scope } = await setUp();
    expect(await proposeAgendaItem(ctxOf(adherent.user, now), { ...scope, ...question })).toEqual({ ok: false, reason: "PROPOSAL_BOARD_ONLY" });
    expect(await db().agendaProposal.count()).toBe(0);
  });

  it("refuses a cancelled meeting, a past one, one that has just started, and a date to come", async () => {
    const { association, voter, scope } = await setUp();
    const cancelled = await makeMeeting(association.id, { status: "CANCELLED", startsAt: new Date("2026-10-20T16:00:00Z") });
    const past = await makeMeeting(association.id, { status: "HELD", startsAt: new Date("2026-09-01T16:00:00Z") });
    const starting = await makeMeeting(association.id, { startsAt: now });
    const ctx = ctxOf(voter.user, now);
    expect(await proposeAgendaItem(ctx, { ...scope, meetingId: cancelled.id, ...question })).toEqual({ ok: false, reason: "PROPOSAL_MEETING_CANCELLED" });
    expect(await proposeAgendaItem(ctx, { ...scope, meetingId: past.id, ...question })).toEqual({ ok: false, reason: "PROPOSAL_MEETING_PAST" });
    expect(await proposeAgendaItem(ctx, { ...scope, meetingId: starting.id, ...question })).toEqual({ ok: false, reason: "PROPOSAL_MEETING_PAST" });
    expect(await proposeAgendaItem(ctx, { ...scope, ...question, askedOn: "2026-10-01" })).toMatchObject({ ok: false, reason: "AGENDA_ASKED_IN_FUTURE" });
    expect(await db().agendaProposal.count()).toBe(0);
  });

  it("someone from another association gets 'not found'", async () => {
    const { scope } = await setUp();
    const other = await makeBoard();
    expect(await proposeAgendaItem(ctxOf(other.voter.user, now), { ...scope, ...question })).toEqual({ ok: false, reason: "NOT_FOUND" });
  });
});

describe("deciding on proposals", () => {
  async function proposed() {
    const setup = await setUp();
    const result = await proposeAgendaItem(ctxOf(setup.voter.user, now), { ...setup.scope, ...question });
    if (!result.ok) throw new Error(result.reason);
    return { ...setup, proposalId: result.value.proposalId };
  }

  it("the secretary accepts a question under a section: a QUESTION item keeping who asked and when", async () => {
    const { secretary, voter, meeting, scope, proposalId } = await proposed();
    const ids = await makeAgenda(meeting, [{ title: "Accueil" }, { title: "Questions reçues", children: [{ title: "Question d’une adhérente" }] }]);
    const result = await acceptProposal(ctxOf(secretary.user, now), { ...scope, proposalId, parentId: ids.get("Questions reçues"), note: undefined });
    expect(result.ok).toBe(true);
    expect(await outlineOf(meeting.id)).toEqual(["1 Accueil", "2 Questions reçues", "2.1 Question d’une adhérente", "2.2 Quel est le plan de secours ?"]);
    const item = await db().agendaItem.findFirstOrThrow({ where: { title: question.title } });
    expect(item).toMatchObject({ kind: "QUESTION", origin: "MEMBER_QUESTION", askedById: voter.user.id, askedOn: new Date("2026-09-25T00:00:00Z"), description: "Demandé par courriel" });
    expect(await db().agendaProposal.findUniqueOrThrow({ where: { id: proposalId } })).toMatchObject({ status: "ACCEPTED", agendaItemId: item.id, decidedById: secretary.user.id });
    expect(await db().auditEvent.count({ where: { action: "agenda.proposal.accept" } })).toBe(1);
  });

  it("an item proposal becomes a discussion item, proposed by its author", async () => {
    const { president, voter, meeting, scope } = await setUp();
    const proposal = await proposeAgendaItem(ctxOf(voter.user, now), { ...scope, kind: "ITEM", title: "Convention avec la mairie", description: undefined, askedOn: "2026-09-30" });
    if (!proposal.ok) throw new Error(proposal.reason);
    expect((await acceptProposal(ctxOf(president.user, now), { ...scope, proposalId: proposal.value.proposalId, parentId: undefined, note: "Bonne idée" })).ok).toBe(true);
    expect(await db().agendaItem.findFirstOrThrow({ where: { meetingId: meeting.id } })).toMatchObject({ kind: "DISCUSSION", origin: "PROPOSAL", askedById: voter.user.id });
  });

  it("accepting twice is refused; so is declining an accepted proposal", async () => {
    const { secretary, president, scope, proposalId, meeting } = await proposed();
    expect((await acceptProposal(ctxOf(secretary.user, now), { ...scope, proposalId, parentId: undefined, note: undefined })).ok).toBe(true);
    expect(await acceptProposal(ctxOf(president.user, now), { ...scope, proposalId, parentId: undefined, note: undefined })).toEqual({ ok: false, reason: "PROPOSAL_DECIDED" });
    expect(await declineProposal(ctxOf(president.user, now), { ...scope, proposalId, note: "Non" })).toEqual({ ok: false, reason: "PROPOSAL_DECIDED" });
    expect(await db().agendaItem.count({ where: { meetingId: meeting.id } })).toBe(1);
  });

  it("two secretaries accepting the same proposal at once make one item", async () => {
    const { secretary, president, scope, proposalId, meeting } = await proposed();
    const results = await Promise.all([secretary, president, secretary, president].map((who) => acceptProposal(ctxOf(who.user, now), { ...scope, proposalId, parentId: undefined, note: undefined })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.reason)).toEqual(["PROPOSAL_DECIDED", "PROPOSAL_DECIDED", "PROPOSAL_DECIDED"]);
    expect(await db().agendaItem.count({ where: { meetingId: meeting.id } })).toBe(1);
  });

  it("declines with a note the proposer reads", async () => {
    const { secretary, scope, proposalId } = await proposed();
    expect((await declineProposal(ctxOf(secretary.user, now), { ...scope, proposalId, note: "Déjà traité au conseil de septembre." })).ok).toBe(true);
    expect(await db().agendaProposal.findUniqueOrThrow({ where: { id: proposalId } })).toMatchObject({ status: "DECLINED", responseNote: "Déjà traité au conseil de septembre.", agendaItemId: null });
    expect(await db().agendaItem.count()).toBe(0);
  });

  it("only the secretary, the president or the facilitator decide", async () => {
    const { voter2, advisory, treasurer, scope, proposalId } = await proposed();
    for (const who of [voter2, advisory, treasurer]) {
      expect(await acceptProposal(ctxOf(who.user, now), { ...scope, proposalId, parentId: undefined, note: undefined })).toEqual({ ok: false, reason: "FORBIDDEN" });
      expect(await declineProposal(ctxOf(who.user, now), { ...scope, proposalId, note: "Non" })).toEqual({ ok: false, reason: "FORBIDDEN" });
    }
    expect((await db().agendaProposal.findUniqueOrThrow({ where: { id: proposalId } })).status).toBe("PENDING");
  });

  it("a proposal of another meeting, or under a section of another meeting, is refused", async () => {
    const { secretary, association, scope, proposalId } = await proposed();
    const other = await makeMeeting(association.id, { startsAt: new Date("2026-11-03T17:00:00Z") });
    expect(await acceptProposal(ctxOf(secretary.user, now), { ...scope, meetingId: other.id, proposalId, parentId: undefined, note: undefined })).toEqual({ ok: false, reason: "NOT_FOUND" });
    const section = (await makeAgenda(other, [{ title: "Ailleurs" }])).get("Ailleurs");
    expect(await acceptProposal(ctxOf(secretary.user, now), { ...scope, proposalId, parentId: section, note: undefined })).toEqual({ ok: false, reason: "AGENDA_OTHER_MEETING" });
    expect((await db().agendaProposal.findUniqueOrThrow({ where: { id: proposalId } })).status).toBe("PENDING");
  });

  it("a proposal cannot be accepted into a cancelled meeting", async () => {
    const { secretary, scope, proposalId, meeting } = await proposed();
    await db().meeting.update({ where: { id: meeting.id }, data: { status: "CANCELLED" } });
    expect(await acceptProposal(ctxOf(secretary.user, now), { ...scope, proposalId, parentId: undefined, note: undefined })).toEqual({ ok: false, reason: "AGENDA_MEETING_CANCELLED" });
  });

  it("deleting the accepted item puts the proposal back to waiting", async () => {
    const { secretary, scope, proposalId } = await proposed();
    const accepted = await acceptProposal(ctxOf(secretary.user, now), { ...scope, proposalId, parentId: undefined, note: undefined });
    if (!accepted.ok) throw new Error(accepted.reason);
    expect((await deleteAgendaItem(ctxOf(secretary.user, now), { ...scope, itemId: accepted.value.itemId, confirm: "yes" })).ok).toBe(true);
    expect(await db().agendaProposal.findUniqueOrThrow({ where: { id: proposalId } })).toMatchObject({ status: "PENDING", agendaItemId: null });
  });

  it("the proposer withdraws a waiting proposal; nobody else may", async () => {
    const { voter, president, scope, proposalId } = await proposed();
    expect(await withdrawProposal(ctxOf(president.user, now), { ...scope, proposalId })).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect((await withdrawProposal(ctxOf(voter.user, now), { ...scope, proposalId })).ok).toBe(true);
    expect(await db().agendaProposal.count()).toBe(0);
    expect(await db().auditEvent.count({ where: { action: "agenda.proposal.withdraw" } })).toBe(1);
  });
});
