import { describe, expect, it } from "vitest";
import { pullBacklog } from "@/features/agenda/commands-backlog";
import { agendaDashboard, agendaFor, agendaTextRows, backlogForMeeting, meetingOfAgenda, proposalsFor } from "@/features/agenda/queries";
import { isWellOrdered } from "@/features/agenda/rules";
import { proposeAgendaItem } from "@/features/agenda/commands-proposals";
import { agendaAsText } from "@/features/agenda/text";
import { loadActor } from "@/features/members/queries";
import { db } from "@/lib/db";
import { translatorFor } from "@/lib/i18n/messages";
import { ctxOf, makeBoard } from "./factories";
import { makeAgenda, makeMeeting } from "./factories-agenda";

const now = new Date("2026-09-30T08:00:00Z");

async function setUp() {
  const board = await makeBoard();
  const meeting = await makeMeeting(board.association.id, { startsAt: new Date("2026-10-06T16:00:00Z"), endsAt: new Date("2026-10-06T17:00:00Z") });
  const ids = await makeAgenda(meeting, [
    { title: "Accueil", minutes: 10, visibility: "PUBLIC" },
    { title: "Situation des serveurs", visibility: "BOARD", children: [{ title: "Panne du 25 septembre", minutes: 20, visibility: "MEMBERS" }] },
    { title: "Finances", children: [{ title: "Budget", minutes: 30 }, { title: "Salaire de la salariée", minutes: 15, visibility: "BOARD" }] },
  ]);
  await db().agendaItem.update({ where: { id: ids.get("Budget") }, data: { kind: "DECISION", presenterId: board.treasurer.user.id } });
  await db().agendaItem.update({ where: { id: ids.get("Finances") }, data: { kind: "SECTION" } });
  const found = await meetingOfAgenda(board.association.id, meeting.id);
  return { ...board, meeting: found!, ids };
}

const actorOf = async (user: { id: string }, associationId: string) => (await loadActor(db(), user.id, associationId, now))!;

describe("reading the agenda", () => {
  it("board members see everything, numbered, with the timing of the whole agenda", async () => {
    const { association, advisory, meeting } = await setUp();
    const view = await agendaFor(await actorOf(advisory.user, association.id), meeting);
    expect(view.rows.map((r) => r.title)).toHaveLength(6);
    expect(view.timing.totalMinutes).toBe(75);
    expect(view.timing.overrunMinutes).toBe(15);
  });

  it("association members never see board-only items, nor what lies under them, and the numbers have no gaps", async () => {
    const { association, adherent, meeting } = await setUp();
    const view = await agendaFor(await actorOf(adherent.user, association.id), meeting);
    expect(view.tree.map((n) => `${n.number} ${n.title}`)).toEqual(["1 Accueil", "2 Finances"]);
    expect(view.tree[1].children.map((n) => `${n.number} ${n.title}`)).toEqual(["2.1 Budget"]);
    expect(view.timing.totalMinutes).toBe(40);
  });

  it("a meeting of another association, or a malformed id, is not found", async () => {
    const { meeting } = await setUp();
    const other = await makeBoard();
    expect(await meetingOfAgenda(other.association.id, meeting.id)).toBeNull();
    expect(await meetingOfAgenda(other.association.id, "not-a-uuid")).toBeNull();
  });

  it("the proposer sees only their own proposals; the secretary sees every waiting one", async () => {
    const { association, voter, voter2, secretary, meeting } = await setUp();
    const scope = { slug: "asso", associationId: association.id, meetingId: meeting.id };
    await proposeAgendaItem(ctxOf(voter.user, now), { ...scope, kind: "ITEM", title: "De Votant", description: undefined, askedOn: "2026-09-30" });
    await proposeAgendaItem(ctxOf(voter2.user, now), { ...scope, kind: "QUESTION", title: "De Votante", description: undefined, askedOn: "2026-09-29" });
    const mine = await proposalsFor(await actorOf(voter.user, association.id), meeting);
    expect(mine.mine.map((p) => p.title)).toEqual(["De Votant"]);
    expect(mine.pending).toEqual([]);
    const all = await proposalsFor(await actorOf(secretary.user, association.id), meeting);
    expect(all.pending.map((p) => p.title)).toEqual(["De Votante", "De Votant"]);
  });

  it("lists the backlog waiting for a meeting", async () => {
    const { association, voter, meeting } = await setUp();
    await db().backlogItem.create({ data: { associationId: association.id, title: "En attente", addedById: voter.user.id } });
    expect((await backlogForMeeting(association.id, meeting)).map((b) => b.title)).toEqual(["En attente"]);
  });
});

describe("the agenda as text, for e-mails", () => {
  it("numbers and indents the items, with kind, presenter and duration, in the reader's language", async () => {
    const { association, meeting } = await setUp();
    const rows = await agendaTextRows(db(), association.id, meeting.id, ["PUBLIC", "MEMBERS", "BOARD"]);
    expect(agendaAsText(rows, translatorFor("fr"))).toBe(
      [
        "1. Accueil (Discussion, 10 min)",
        "2. Situation des serveurs (Discussion, 20 min)",
        "   2.1. Panne du 25 septembre (Discussion, 20 min)",
        "3. Finances (45 min)",
        "   3.1. Budget (Décision, Trésorier, 30 min)",
        "   3.2. Salaire de la salariée (Discussion, 15 min)",
      ].join("\n"),
    );
  });

  it("leaves out board-only items for association members", async () => {
    const { association, meeting } = await setUp();
    const rows = await agendaTextRows(db(), association.id, meeting.id, ["PUBLIC", "MEMBERS"]);
    expect(agendaAsText(rows, translatorFor("en"))).toBe(["1. Accueil (Discussion, 10 min)", "2. Finances (30 min)", "   2.1. Budget (Decision, Trésorier, 30 min)"].join("\n"));
  });
});

describe("the dashboard", () => {
  it("tells the secretary what waits for a decision, and a member what was answered", async () => {
    const { association, voter, secretary, meeting } = await setUp();
    const scope = { slug: "asso", associationId: association.id, meetingId: meeting.id };
    await proposeAgendaItem(ctxOf(voter.user, now), { ...scope, kind: "ITEM", title: "Un point", description: undefined, askedOn: "2026-09-30" });
    await db().backlogItem.create({ data: { associationId: association.id, title: "En attente", addedById: voter.user.id } });
    expect(await agendaDashboard(await actorOf(secretary.user, association.id), association.id, now)).toMatchObject({ next: { id: meeting.id }, toDecide: 1, backlog: 1, answered: 0 });
    expect(await agendaDashboard(await actorOf(voter.user, association.id), association.id, now)).toMatchObject({ toDecide: 0, backlog: 1 });
  });
});

describe("the demo data", () => {
  it("holds well-ordered agendas, and the October backlog goes into the coming board meeting", async () => {
    const { seedDemo } = await import("../../scripts/db/seed");
    expect(await seedDemo(process.env.DATABASE_URL!)).toBe("seeded");
    for (const meeting of await db().meeting.findMany({ select: { id: true } })) {
      expect(isWellOrdered(await db().agendaItem.findMany({ where: { meetingId: meeting.id }, select: { id: true, parentId: true, position: true } }))).toBe(true);
    }
    const yann = await db().user.findUniqueOrThrow({ where: { email: "yann@ponant.example" } });
    const ponant = await db().association.findUniqueOrThrow({ where: { slug: "ponant" } });
    const next = await db().meeting.findFirstOrThrow({ where: { associationId: ponant.id, title: "Prochain conseil d’administration" } });
    const pulled = await pullBacklog(ctxOf(yann), { slug: "ponant", associationId: ponant.id, meetingId: next.id, parentId: undefined });
    expect(pulled).toEqual({ ok: true, value: { pulled: 3 } });
    expect(await db().agendaProposal.count({ where: { meetingId: next.id, status: "PENDING" } })).toBe(1);
  });
});
