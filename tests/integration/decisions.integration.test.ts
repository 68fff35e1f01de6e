import { describe, expect, it } from "vitest";
import { deleteDecision, editDecision, recordDecision } from "@/features/decisions/commands";
import { decisionRegister, decisionYears, meetingOutcomes, votersPresentAt } from "@/features/decisions/queries";
import { deleteDecisionSchema, recordDecisionSchema } from "@/features/decisions/schema";
import { loadActor } from "@/features/members/queries";
import { db } from "@/lib/db";
import { addMember, ctxOf, makeBoard } from "./factories";
import { attend, footprint, makeItem, makeMeeting } from "./factories-actions";

const now = new Date("2026-03-10T09:00:00Z");
const at = (hhmm: string) => ({ year: 2008, month: 10, day: 7, hour: Number(hhmm.slice(0, 2)), minute: Number(hhmm.slice(3)) });

/**
 * The board of the reference meeting, small: five voting members (president, secretary,
 * treasurer, two voters) and an advisory member. Four voters stay; the treasurer is on the
 * phone until 19:00; voter2 is excused; the advisory member is there but never votes.
 */
async function meetingInProgress() {
  const board = await makeBoard();
  const meeting = await makeMeeting(board.association.id, { facilitatorId: board.voter.user.id });
  const item = await makeItem(meeting, { title: "Achat de disques" });
  await attend(meeting, board.president.user.id);
  await attend(meeting, board.secretary.user.id);
  await attend(meeting, board.voter.user.id);
  await attend(meeting, board.treasurer.user.id, "REMOTE", { left: "19:00" });
  await attend(meeting, board.voter2.user.id, "EXCUSED");
  await attend(meeting, board.advisory.user.id);
  return { ...board, meeting, item };
}

const decision = (associationId: string, agendaItemId: string, extra: Partial<Parameters<typeof recordDecision>[1]> = {}) => ({
  associationId,
  agendaItemId,
  text: "Acheter trois disques de 146 Go dès que l’état de la trésorerie le permet",
  outcome: "ADOPTED" as const,
  majority: "SIMPLE" as const,
  amountTax: "HT" as const,
  ...extra,
});

describe("recording a decision", () => {
  it("stores the votes and the facts of the vote: voters present then, quorum, majority, amount in cents; audited", async () => {
    const { association, secretary, item, meeting } = await meetingInProgress();
    const result = await recordDecision(ctxOf(secretary.user, now), decision(association.id, item.id, { votesFor: 3, votesAgainst: 0, votesAbstain: 1, votedAt: at("18:45"), amount: 68172 }));
    if (!result.ok) throw new Error(result.reason);
    const stored = await db().decision.findUniqueOrThrow({ where: { id: result.value.decisionId } });
    expect(stored).toMatchObject({
      meetingId: meeting.id,
      agendaItemId: item.id,
      votesFor: 3,
      votesAgainst: 0,
      votesAbstain: 1,
      electorateSize: 5,
      votersPresent: 4,
      quorumRequired: 3,
      quorumMet: true,
      majorityMet: true,
      departedIds: [],
      amountCents: 68172,
      amountIncludesTax: false,
      budgetLineId: null,
      language: "fr",
      recordedById: secretary.user.id,
    });
    expect(stored.votedAt.toISOString()).toBe("2008-10-07T16:45:00.000Z");
    expect(await db().auditEvent.count({ where: { action: "decision.record", entityId: stored.id } })).toBe(1);
  });

  it("refuses more votes than voters present; members who had left are not counted; nothing is stored", async () => {
    const { association, secretary, item, treasurer } = await meetingInProgress();
    const before = await footprint();
    // At 19:15 the treasurer has hung up: three voters remain.
    expect(await recordDecision(ctxOf(secretary.user, now), decision(association.id, item.id, { votesFor: 3, votesAgainst: 1, votedAt: at("19:15") }))).toEqual({
      ok: false,
      reason: "VOTES_EXCEED_PRESENT",
      detail: { present: 3, cast: 4 },
    });
    expect(await footprint()).toEqual(before);
    // The same votes at 18:59 are fine: the treasurer was still on the line.
    expect((await recordDecision(ctxOf(secretary.user, now), decision(association.id, item.id, { votesFor: 3, votesAgainst: 1, votedAt: at("18:59") }))).ok).toBe(true);
    const late = await recordDecision(ctxOf(secretary.user, now), decision(association.id, item.id, { votesFor: 2, votesAgainst: 1, votedAt: at("19:15") }));
    if (!late.ok) throw new Error(late.reason);
    expect(await db().decision.findUniqueOrThrow({ where: { id: late.value.decisionId } })).toMatchObject({ votersPresent: 3, departedIds: [treasurer.user.id] });
  });

  it("the advisory member and excused members never add a voice", async () => {
    const { association, secretary, item } = await meetingInProgress();
    expect(await recordDecision(ctxOf(secretary.user, now), decision(association.id, item.id, { votesFor: 5, votedAt: at("18:30") }))).toMatchObject({ ok: false, detail: { present: 4, cast: 5 } });
  });

  it("records a decision taken without quorum and says so", async () => {
    const board = await makeBoard();
    const meeting = await makeMeeting(board.association.id);
    const item = await makeItem(meeting);
    await attend(meeting, board.secretary.user.id);
    await attend(meeting, board.president.user.id, "PRESENT", { left: "19:00" });
    const result = await recordDecision(ctxOf(board.secretary.user, now), decision(board.association.id, item.id, { votesFor: 1, votedAt: at("19:30") }));
    if (!result.ok) throw new Error(result.reason);
    expect(await db().decision.findUniqueOrThrow({ where: { id: result.value.decisionId } })).toMatchObject({ quorumMet: false, quorumRequired: 3, votersPresent: 1, majorityMet: true });
  });

  it("refuses an outcome the votes contradict, and stores a rejection that lacked the majority", async () => {
    const { association, secretary, item } = await meetingInProgress();
    expect(await recordDecision(ctxOf(secretary.user, now), decision(association.id, item.id, { votesFor: 2, votesAgainst: 1, majority: "TWO_THIRDS", votedAt: at("19:30") }))).toMatchObject({ ok: true });
    expect(await recordDecision(ctxOf(secretary.user, now), decision(association.id, item.id, { votesFor: 1, votesAgainst: 1, votedAt: at("19:30") }))).toMatchObject({ ok: false, reason: "ADOPTED_WITHOUT_MAJORITY" });
    const rejected = await recordDecision(ctxOf(secretary.user, now), decision(association.id, item.id, { outcome: "REJECTED", votesFor: 1, votesAgainst: 1, votedAt: at("19:30") }));
    if (!rejected.ok) throw new Error(rejected.reason);
    expect((await db().decision.findUniqueOrThrow({ where: { id: rejected.value.decisionId } })).majorityMet).toBe(false);
  });

  it("a postponed decision without votes: majority unknown, the time defaults to the end of a past meeting", async () => {
    const { association, president, item } = await meetingInProgress();
    const result = await recordDecision(ctxOf(president.user, now), decision(association.id, item.id, { outcome: "POSTPONED" }));
    if (!result.ok) throw new Error(result.reason);
    const stored = await db().decision.findUniqueOrThrow({ where: { id: result.value.decisionId } });
    expect(stored).toMatchObject({ majorityMet: null, votesFor: null, votersPresent: 3, departedIds: expect.any(Array) });
    expect(stored.votedAt.toISOString()).toBe("2008-10-07T18:30:00.000Z");
  });

  it("refuses a time of vote outside the meeting or still to come", async () => {
    const { association, secretary, item } = await meetingInProgress();
    expect(await recordDecision(ctxOf(secretary.user, now), decision(association.id, item.id, { votedAt: at("20:31") }))).toEqual({
      ok: false,
      reason: "VOTE_OUTSIDE_MEETING",
      detail: { start: "18:15", end: "20:30" },
    });
    const during = new Date("2008-10-07T17:00:00Z"); // 19:00 in Paris
    expect(await recordDecision(ctxOf(secretary.user, during), decision(association.id, item.id, { votedAt: at("19:30") }))).toMatchObject({ ok: false, reason: "VOTE_IN_FUTURE" });
    expect(await db().decision.count()).toBe(0);
  });

  it("at a general assembly every member votes, a represented member through the holder of the proxy", async () => {
    const board = await makeBoard();
    const meeting = await makeMeeting(board.association.id, { kind: "GENERAL_ASSEMBLY" });
    const item = await makeItem(meeting, { title: "Budget prévisionnel" });
    await attend(meeting, board.secretary.user.id);
    await attend(meeting, board.adherent.user.id, "PRESENT", { left: "20:00" });
    await attend(meeting, board.advisory.user.id, "REPRESENTED", { proxyUserId: board.adherent.user.id });
    await attend(meeting, board.voter.user.id, "REPRESENTED", { proxyUserId: board.secretary.user.id });
    const vote = (hhmm: string, votesFor: number) => recordDecision(ctxOf(board.secretary.user, now), decision(board.association.id, item.id, { votesFor, majority: "UNANIMITY", votedAt: at(hhmm) }));
    const before = await vote("19:00", 4);
    if (!before.ok) throw new Error(before.reason);
    expect(await db().decision.findUniqueOrThrow({ where: { id: before.value.decisionId } })).toMatchObject({ electorateSize: 7, votersPresent: 4, quorumMet: true });
    // The adherent left at 20:00 with the proxy they held.
    expect(await vote("20:00", 4)).toMatchObject({ ok: false, reason: "VOTES_EXCEED_PRESENT", detail: { present: 2 } });
  });

  it("the assembly's own quorum rule applies", async () => {
    const board = await makeBoard();
    await db().association.update({ where: { id: board.association.id }, data: { assemblyQuorumKind: "COUNT", assemblyQuorumCount: 5 } });
    const meeting = await makeMeeting(board.association.id, { kind: "GENERAL_ASSEMBLY" });
    const item = await makeItem(meeting);
    await attend(meeting, board.secretary.user.id);
    const result = await recordDecision(ctxOf(board.secretary.user, now), decision(board.association.id, item.id, { votesFor: 1, votedAt: at("19:00") }));
    if (!result.ok) throw new Error(result.reason);
    expect(await db().decision.findUniqueOrThrow({ where: { id: result.value.decisionId } })).toMatchObject({ quorumRequired: 5, quorumMet: false });
  });

  it("rights: the facilitator records; a voting member, another association or its items cannot", async () => {
    const { association, voter, voter2, item } = await meetingInProgress();
    const other = await meetingInProgress();
    expect((await recordDecision(ctxOf(voter.user, now), decision(association.id, item.id, { votedAt: at("19:00") }))).ok).toBe(true);
    const before = await footprint();
    expect(await recordDecision(ctxOf(voter2.user, now), decision(association.id, item.id))).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect(await recordDecision(ctxOf(other.secretary.user, now), decision(association.id, item.id))).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect(await recordDecision(ctxOf(other.secretary.user, now), decision(other.association.id, item.id))).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect(await footprint()).toEqual(before);
  });

  it("the form schema reads amounts in euros and the tax flag", () => {
    const base = { associationId: crypto.randomUUID(), agendaItemId: crypto.randomUUID(), text: "Budget", outcome: "ADOPTED" };
    expect(recordDecisionSchema.parse({ ...base, amount: "16 900,00", amountTax: "TTC" })).toMatchObject({ amount: 1690000, amountTax: "TTC" });
    expect(recordDecisionSchema.parse({ ...base, amount: "", votesFor: "" })).toMatchObject({ amount: undefined, votesFor: undefined });
    expect(recordDecisionSchema.safeParse({ ...base, amount: "beaucoup" }).success).toBe(false);
    expect(recordDecisionSchema.safeParse({ ...base, votesFor: "-1" }).success).toBe(false);
    expect(recordDecisionSchema.parse({ ...base, votedAt: "2008-10-07T19:15" }).votedAt).toEqual({ year: 2008, month: 10, day: 7, hour: 19, minute: 15 });
    expect(deleteDecisionSchema.safeParse({ associationId: base.associationId, decisionId: base.agendaItemId }).success).toBe(false);
  });
});

describe("correcting and deleting a decision", () => {
  it("a correction checks the votes again; a deletion keeps the decision in the audit trail", async () => {
    const { association, secretary, voter2, item } = await meetingInProgress();
    const created = await recordDecision(ctxOf(secretary.user, now), decision(association.id, item.id, { votesFor: 3, votedAt: at("18:30") }));
    if (!created.ok) throw new Error(created.reason);
    const decisionId = created.value.decisionId;
    expect(await editDecision(ctxOf(secretary.user, now), { ...decision(association.id, item.id, { votesFor: 4, votedAt: at("19:30") }), decisionId })).toMatchObject({
      ok: false,
      reason: "VOTES_EXCEED_PRESENT",
    });
    expect((await editDecision(ctxOf(secretary.user, now), { ...decision(association.id, item.id, { votesFor: 2, votesAgainst: 1, votedAt: at("19:30"), amount: 100 }), decisionId })).ok).toBe(true);
    expect(await db().decision.findUniqueOrThrow({ where: { id: decisionId } })).toMatchObject({ votesFor: 2, votesAgainst: 1, votersPresent: 3, amountCents: 100 });
    expect(await deleteDecision(ctxOf(voter2.user, now), { associationId: association.id, decisionId, confirm: "yes" })).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect((await deleteDecision(ctxOf(secretary.user, now), { associationId: association.id, decisionId, confirm: "yes" })).ok).toBe(true);
    expect(await db().decision.count()).toBe(0);
    const trail = await db().auditEvent.findMany({ where: { entityId: decisionId }, orderBy: { id: "asc" } });
    expect(trail.map((e) => e.action)).toEqual(["decision.record", "decision.edit", "decision.delete"]);
    expect(trail[2].before).toMatchObject({ votesFor: 2, text: expect.stringContaining("disques") });
  });
});

describe("the decisions register", () => {
  async function register() {
    const { association, secretary, item, meeting, adherent, president } = await meetingInProgress();
    const secret = await makeItem(meeting, { title: "Point confidentiel", visibility: "BOARD" });
    const record = async (text: string, agendaItemId = item.id, outcome: "ADOPTED" | "POSTPONED" = "ADOPTED") => {
      const r = await recordDecision(ctxOf(secretary.user, now), decision(association.id, agendaItemId, { text, outcome, votedAt: at("19:00") }));
      if (!r.ok) throw new Error(r.reason);
    };
    await record("Acheter trois disques durs pour le serveur de sauvegarde", item.id, "POSTPONED");
    await record("Faire un point sur la trésorerie avant tout achat");
    await record("Étudier l’infogérance du serveur", secret.id);
    const assembly = await makeMeeting(association.id, { kind: "GENERAL_ASSEMBLY", startsAt: "2023-06-17T14:00:00+02:00", endsAt: "2023-06-17T18:30:00+02:00" });
    const budget = await makeItem(assembly, { title: "Budget" });
    const r = await recordDecision(ctxOf(secretary.user, now), decision(association.id, budget.id, { text: "Adopter le budget prévisionnel de 16 900 €", votedAt: { year: 2023, month: 6, day: 17, hour: 17, minute: 0 } }));
    if (!r.ok) throw new Error(r.reason);
    const actorOf = async (userId: string) => (await loadActor(db(), userId, association.id, now))!;
    return { association, secretary: await actorOf(secretary.user.id), adherent: await actorOf(adherent.user.id), president: await actorOf(president.user.id) };
  }

  it("finds French words whatever their form and accents; tenant-scoped", async () => {
    const { association, secretary } = await register();
    const search = async (q: string) => (await decisionRegister(association.id, secretary, { q }, "Europe/Paris")).map((d) => d.text);
    expect(await search("disque")).toEqual(["Acheter trois disques durs pour le serveur de sauvegarde"]);
    expect(await search("disques")).toHaveLength(1);
    expect(await search("tresorerie")).toEqual(["Faire un point sur la trésorerie avant tout achat"]);
    expect(await search("achat")).toHaveLength(1);
    expect(await search("serveur")).toHaveLength(2);
    expect(await search("serveur -sauvegarde")).toEqual(["Étudier l’infogérance du serveur"]);
    expect(await search("licorne")).toEqual([]);
    // Another association with the same words sees only its own.
    const other = await meetingInProgress();
    await recordDecision(ctxOf(other.secretary.user, now), decision(other.association.id, other.item.id, { text: "Acheter des disques", votedAt: at("19:00") }));
    expect(await search("disques")).toHaveLength(1);
  });

  it("searches English text with English stemming in an English-speaking association", async () => {
    const board = await makeBoard();
    await db().association.update({ where: { id: board.association.id }, data: { locale: "en" } });
    const meeting = await makeMeeting(board.association.id);
    const item = await makeItem(meeting);
    await attend(meeting, board.secretary.user.id);
    await recordDecision(ctxOf(board.secretary.user, now), decision(board.association.id, item.id, { text: "Buy three disks for the backup server", votedAt: at("19:00") }));
    const actor = (await loadActor(db(), board.secretary.user.id, board.association.id, now))!;
    const search = async (q: string) => (await decisionRegister(board.association.id, actor, { q }, "Europe/Paris")).length;
    expect(await search("disk")).toBe(1);
    expect(await search("buying")).toBe(1);
    expect(await search("servers")).toBe(1);
    expect(await search("disque")).toBe(0);
  });

  it("filters by year, kind of meeting and outcome; hides board-only items from adherents", async () => {
    const { association, secretary, adherent } = await register();
    const count = async (filters: Parameters<typeof decisionRegister>[2], actor = secretary) => (await decisionRegister(association.id, actor, filters, "Europe/Paris")).length;
    expect(await count({})).toBe(4);
    expect(await count({ year: 2008 })).toBe(3);
    expect(await count({ year: 2023 })).toBe(1);
    expect(await count({ kind: "GENERAL_ASSEMBLY" })).toBe(1);
    expect(await count({ kind: "BOARD", outcome: "POSTPONED" })).toBe(1);
    expect(await count({ outcome: "REJECTED" })).toBe(0);
    expect(await count({}, adherent)).toBe(3);
    expect(await count({ q: "infogerance" }, adherent)).toBe(0);
    expect(await decisionYears(association.id, "Europe/Paris")).toEqual([2023, 2008]);
  });

  it("a decision at 00:30 on 1 January in Paris belongs to the new year", async () => {
    const board = await makeBoard();
    const meeting = await makeMeeting(board.association.id, { startsAt: "2009-01-01T00:00:00+01:00", endsAt: "2009-01-01T01:00:00+01:00" });
    const item = await makeItem(meeting);
    await attend(meeting, board.secretary.user.id);
    const r = await recordDecision(ctxOf(board.secretary.user, now), decision(board.association.id, item.id, { votedAt: { year: 2009, month: 1, day: 1, hour: 0, minute: 30 } }));
    if (!r.ok) throw new Error(r.reason);
    const actor = (await loadActor(db(), board.secretary.user.id, board.association.id, now))!;
    expect(await decisionYears(board.association.id, "Europe/Paris")).toEqual([2009]);
    expect(await decisionRegister(board.association.id, actor, { year: 2008 }, "Europe/Paris")).toHaveLength(0);
    expect(await decisionRegister(board.association.id, actor, { year: 2009 }, "Europe/Paris")).toHaveLength(1);
  });
});

describe("the meeting's page data", () => {
  it("gathers decisions with the names of those who had left, and the voters present at a moment", async () => {
    const { association, secretary, item, meeting, treasurer } = await meetingInProgress();
    await recordDecision(ctxOf(secretary.user, now), decision(association.id, item.id, { votesFor: 3, votedAt: at("19:30") }));
    const actor = (await loadActor(db(), secretary.user.id, association.id, now))!;
    const outcomes = await meetingOutcomes(association.id, meeting.id, actor);
    expect(outcomes?.decisions).toHaveLength(1);
    expect(outcomes?.nameOf(outcomes.decisions[0].departedIds[0])).toBe(treasurer.user.name);
    expect(outcomes?.items.map((i) => i.number)).toEqual(["1"]);
    expect(await votersPresentAt(association.id, meeting, new Date("2008-10-07T16:30:00Z"))).toMatchObject({ present: 4, electorate: 5, required: 3, recorded: true });
    const other = await makeBoard();
    const stranger = (await loadActor(db(), other.secretary.user.id, other.association.id, now))!;
    expect(await meetingOutcomes(other.association.id, meeting.id, stranger)).toBeNull();
    await addMember(association.id); // a later member changes nothing about 2008
    expect((await votersPresentAt(association.id, meeting, new Date("2008-10-07T16:30:00Z"))).electorate).toBe(6);
  });
});
