import { describe, expect, it } from "vitest";
import { addActionsFollowUp, changeActionStatus, createAction, editAction, recordActionFollowUp } from "@/features/actions/commands";
import { actionDetail, actionsList, dashboardActions } from "@/features/actions/queries";
import { changeStatusSchema, createActionSchema } from "@/features/actions/schema";
import { loadActor } from "@/features/members/queries";
import { db } from "@/lib/db";
import { addMember, ctxOf, makeBoard } from "./factories";
import { footprint, makeItem, makeMeeting } from "./factories-actions";

const now = new Date("2026-03-10T09:00:00Z");
const today = new Date("2026-03-10T00:00:00Z");
const later = new Date(now.getTime() + 60_000);

async function boardWithMeeting() {
  const board = await makeBoard();
  const meeting = await makeMeeting(board.association.id, { facilitatorId: board.voter2.user.id });
  const item = await makeItem(meeting, { title: "Achat de disques" });
  return { ...board, meeting, item };
}

const nobody = { kind: "nobody" as const };
const member = (userId: string) => ({ kind: "member" as const, userId });

describe("creating an action from an agenda item", () => {
  it("the secretary assigns a member: the action, an e-mail with links to the action and its meeting, an audit event", async () => {
    const { association, secretary, voter, meeting, item } = await boardWithMeeting();
    const result = await createAction(ctxOf(secretary.user, now), {
      associationId: association.id,
      agendaItemId: item.id,
      title: "Demander à la mairie la date de versement des subventions",
      assignee: member(voter.user.id),
      dueOn: "2008-10-31",
    });
    if (!result.ok) throw new Error(result.reason);
    const action = await db().action.findUniqueOrThrow({ where: { id: result.value.actionId } });
    expect(action).toMatchObject({ assigneeId: voter.user.id, assigneeName: null, meetingId: meeting.id, agendaItemId: item.id, status: "OPEN", createdById: secretary.user.id });
    expect(action.dueOn?.toISOString()).toBe("2008-10-31T00:00:00.000Z");
    const emails = await db().outboxEmail.findMany();
    expect(emails).toHaveLength(1);
    expect(emails[0].toEmail).toBe(voter.user.email);
    expect(emails[0].text).toContain(`http://quorum.test/a/${association.slug}/actions/${action.id}`);
    expect(emails[0].text).toContain(`http://quorum.test/a/${association.slug}/meetings/${meeting.id}`);
    expect(emails[0].subject).toContain("Demander à la mairie");
    const audit = await db().auditEvent.findMany({ where: { action: "action.create" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ associationId: association.id, actorUserId: secretary.user.id, entityId: action.id });
  });

  it("an action nobody took is stored without assignee and sends no e-mail; a free-text name neither", async () => {
    const { association, president, item } = await boardWithMeeting();
    const unassigned = await createAction(ctxOf(president.user, now), { associationId: association.id, agendaItemId: item.id, title: "Faire un point sur la trésorerie", assignee: nobody });
    const named = await createAction(ctxOf(president.user, now), { associationId: association.id, agendaItemId: item.id, title: "Relire la convention", assignee: { kind: "name", name: "Françoise (mairie)" } });
    expect(unassigned.ok && named.ok).toBe(true);
    const actions = await db().action.findMany({ orderBy: { title: "asc" } });
    expect(actions.map((a) => [a.title, a.assigneeId, a.assigneeName])).toEqual([
      ["Faire un point sur la trésorerie", null, null],
      ["Relire la convention", null, "Françoise (mairie)"],
    ]);
    expect(await db().outboxEmail.count()).toBe(0);
  });

  it("the meeting's facilitator records actions on it, not on another meeting", async () => {
    const { association, voter2, item } = await boardWithMeeting();
    const other = await makeMeeting(association.id, { facilitatorId: undefined, startsAt: "2008-11-04T18:00:00+01:00", endsAt: "2008-11-04T20:00:00+01:00" });
    const otherItem = await makeItem(other);
    expect((await createAction(ctxOf(voter2.user, now), { associationId: association.id, agendaItemId: item.id, title: "Contacter les bénévoles", assignee: nobody })).ok).toBe(true);
    expect(await createAction(ctxOf(voter2.user, now), { associationId: association.id, agendaItemId: otherItem.id, title: "X", assignee: nobody })).toEqual({ ok: false, reason: "FORBIDDEN" });
  });

  it.each(["treasurer", "voter", "advisory", "adherent"] as const)("the %s may not record actions: nothing changes", async (who) => {
    const board = await boardWithMeeting();
    const before = await footprint();
    expect(await createAction(ctxOf(board[who].user, now), { associationId: board.association.id, agendaItemId: board.item.id, title: "X", assignee: nobody })).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect(await footprint()).toEqual(before);
  });

  it("refuses a due date before the meeting's day, in the association's calendar", async () => {
    const board = await makeBoard();
    // Just after midnight in Paris on 8 October: still 7 October in UTC.
    const meeting = await makeMeeting(board.association.id, { startsAt: "2008-10-08T00:30:00+02:00", endsAt: "2008-10-08T01:30:00+02:00" });
    const item = await makeItem(meeting);
    const input = { associationId: board.association.id, agendaItemId: item.id, title: "Acheter les disques", assignee: nobody };
    const before = await footprint();
    expect(await createAction(ctxOf(board.secretary.user, now), { ...input, dueOn: "2008-10-07" })).toEqual({ ok: false, reason: "DUE_BEFORE_MEETING", detail: { date: "2008-10-08" } });
    expect(await footprint()).toEqual(before);
    expect((await createAction(ctxOf(board.secretary.user, now), { ...input, dueOn: "2008-10-08" })).ok).toBe(true);
  });

  it("refuses an assignee from another association, or a former member: nothing changes", async () => {
    const board = await boardWithMeeting();
    const other = await makeBoard();
    const former = await addMember(board.association.id, { startsOn: "2000-01-01", endsOn: "2020-12-31" });
    const before = await footprint();
    for (const userId of [other.voter.user.id, former.user.id]) {
      expect(await createAction(ctxOf(board.secretary.user, now), { associationId: board.association.id, agendaItemId: board.item.id, title: "X", assignee: member(userId) })).toEqual({
        ok: false,
        reason: "ASSIGNEE_NOT_MEMBER",
      });
    }
    expect(await footprint()).toEqual(before);
  });

  it("another association's agenda item, or a non-member, is 'not found'", async () => {
    const board = await boardWithMeeting();
    const other = await boardWithMeeting();
    expect(await createAction(ctxOf(board.secretary.user, now), { associationId: board.association.id, agendaItemId: other.item.id, title: "X", assignee: nobody })).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect(await createAction(ctxOf(other.secretary.user, now), { associationId: board.association.id, agendaItemId: board.item.id, title: "X", assignee: nobody })).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect(await db().action.count()).toBe(0);
  });

  it("refuses an action on a cancelled meeting", async () => {
    const board = await makeBoard();
    const meeting = await makeMeeting(board.association.id, { status: "CANCELLED" });
    const item = await makeItem(meeting);
    expect(await createAction(ctxOf(board.secretary.user, now), { associationId: board.association.id, agendaItemId: item.id, title: "X", assignee: nobody })).toEqual({ ok: false, reason: "MEETING_WAS_CANCELLED" });
  });
});

describe("an action on its own", () => {
  it("the secretary or the president creates one; nobody else, not even a facilitator", async () => {
    const { association, secretary, voter2 } = await boardWithMeeting();
    expect((await createAction(ctxOf(secretary.user, now), { associationId: association.id, title: "Mettre à jour le wiki", assignee: member(voter2.user.id), dueOn: "2000-01-01" })).ok).toBe(true);
    expect(await createAction(ctxOf(voter2.user, now), { associationId: association.id, title: "X", assignee: nobody })).toEqual({ ok: false, reason: "FORBIDDEN" });
    const action = await db().action.findFirstOrThrow();
    expect(action.meetingId).toBeNull();
    expect((await db().outboxEmail.findFirstOrThrow()).text).toContain("hors réunion");
  });
});

describe("status changes", () => {
  async function withAction() {
    const board = await boardWithMeeting();
    const created = await createAction(ctxOf(board.secretary.user, now), { associationId: board.association.id, agendaItemId: board.item.id, title: "Acheter les disques", assignee: member(board.voter.user.id) });
    if (!created.ok) throw new Error(created.reason);
    return { ...board, actionId: created.value.actionId };
  }

  it("the assignee updates their own action with a note, kept in its history", async () => {
    const { association, voter, actionId } = await withAction();
    expect((await changeActionStatus(ctxOf(voter.user, now), { associationId: association.id, actionId, status: "IN_PROGRESS", note: "Devis demandé" })).ok).toBe(true);
    expect((await changeActionStatus(ctxOf(voter.user, later), { associationId: association.id, actionId, status: "DONE" })).ok).toBe(true);
    const actor = (await loadActor(db(), voter.user.id, association.id, now))!;
    const detail = await actionDetail(association.id, actionId, actor);
    expect(detail?.status).toBe("DONE");
    expect(detail?.updates.map((u) => [u.kind, u.statusBefore, u.statusAfter, u.note])).toEqual([
      ["IN_PROGRESS", "OPEN", "IN_PROGRESS", "Devis demandé"],
      ["DONE", "IN_PROGRESS", "DONE", null],
    ]);
    expect(await db().auditEvent.count({ where: { action: "action.status" } })).toBe(2);
  });

  it("the assignee may not cancel it: cancelling is for those who record", async () => {
    const { association, voter, actionId } = await withAction();
    expect(await changeActionStatus(ctxOf(voter.user, now), { associationId: association.id, actionId, status: "CANCELLED", confirm: "yes" })).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect((await db().action.findUniqueOrThrow({ where: { id: actionId } })).status).toBe("OPEN");
  });

  it("another member may not change it", async () => {
    const { association, voter2, treasurer, actionId } = await withAction();
    expect(await changeActionStatus(ctxOf(treasurer.user, now), { associationId: association.id, actionId, status: "DONE" })).toEqual({ ok: false, reason: "FORBIDDEN" });
    // voter2 facilitates the meeting the action came from: they record, so they may.
    expect((await changeActionStatus(ctxOf(voter2.user, now), { associationId: association.id, actionId, status: "IN_PROGRESS" })).ok).toBe(true);
  });

  it("a cancelled action is closed for good: status, edits and follow-ups are refused, nothing changes", async () => {
    const { association, secretary, voter, actionId } = await withAction();
    expect((await changeActionStatus(ctxOf(secretary.user, now), { associationId: association.id, actionId, status: "CANCELLED", note: "Plus utile", confirm: "yes" })).ok).toBe(true);
    const before = await footprint();
    expect(await changeActionStatus(ctxOf(voter.user, now), { associationId: association.id, actionId, status: "DONE" })).toEqual({ ok: false, reason: "ACTION_CANCELLED" });
    expect(await editAction(ctxOf(secretary.user, now), { associationId: association.id, actionId, title: "Autre", assignee: nobody })).toEqual({ ok: false, reason: "ACTION_CANCELLED" });
    expect(await footprint()).toEqual(before);
    expect((await db().action.findUniqueOrThrow({ where: { id: actionId } })).status).toBe("CANCELLED");
  });

  it("cancelling asks for confirmation (form schema)", () => {
    const base = { associationId: crypto.randomUUID(), actionId: crypto.randomUUID(), status: "CANCELLED" };
    expect(changeStatusSchema.safeParse(base).success).toBe(false);
    expect(changeStatusSchema.safeParse({ ...base, confirm: "yes" }).success).toBe(true);
    expect(changeStatusSchema.safeParse({ ...base, status: "DONE" }).success).toBe(true);
  });

  it("another association's action id is 'not found'", async () => {
    const one = await withAction();
    const two = await boardWithMeeting();
    expect(await changeActionStatus(ctxOf(two.secretary.user, now), { associationId: two.association.id, actionId: one.actionId, status: "DONE" })).toEqual({ ok: false, reason: "NOT_FOUND" });
  });
});

describe("editing an action", () => {
  it("a new member assignee is told by e-mail; the old assignee who has left may stay", async () => {
    const board = await boardWithMeeting();
    const created = await createAction(ctxOf(board.secretary.user, now), { associationId: board.association.id, agendaItemId: board.item.id, title: "Étude des coûts", assignee: nobody });
    if (!created.ok) throw new Error(created.reason);
    const input = { associationId: board.association.id, actionId: created.value.actionId, title: "Étude des coûts d’infogérance", assignee: member(board.treasurer.user.id), dueOn: "2008-11-04" };
    expect((await editAction(ctxOf(board.secretary.user, now), input)).ok).toBe(true);
    expect((await db().outboxEmail.findMany()).map((e) => e.toEmail)).toEqual([board.treasurer.user.email]);
    // The treasurer leaves the association; the action can still be edited with them on it.
    await db().membership.update({ where: { id: board.treasurer.membership.id }, data: { endsOn: new Date("2026-01-01T00:00:00Z") } });
    expect((await editAction(ctxOf(board.secretary.user, now), { ...input, title: "Étude des coûts (suite)" })).ok).toBe(true);
    expect(await db().outboxEmail.count()).toBe(1);
    expect(await editAction(ctxOf(board.secretary.user, now), { ...input, dueOn: "2008-10-06" })).toMatchObject({ ok: false, reason: "DUE_BEFORE_MEETING" });
    expect(await editAction(ctxOf(board.voter.user, now), input)).toEqual({ ok: false, reason: "FORBIDDEN" });
  });
});

describe("follow-up of earlier actions at a later meeting", () => {
  async function twoMeetings() {
    const board = await boardWithMeeting();
    const november = await makeMeeting(board.association.id, { title: "Conseil de novembre", startsAt: "2008-11-04T18:00:00+01:00", endsAt: "2008-11-04T20:00:00+01:00" });
    await makeItem(november, { title: "Approbation du compte rendu", kind: "DECISION" });
    await makeItem(november, { title: "Convention avec la mairie", kind: "DISCUSSION" });
    const make = async (title: string, agendaItemId: string | undefined, assignee: Parameters<typeof createAction>[1]["assignee"] = nobody) => {
      const created = await createAction(ctxOf(board.secretary.user, now), { associationId: board.association.id, agendaItemId, title, assignee });
      if (!created.ok) throw new Error(created.reason);
      return created.value.actionId;
    };
    const treasury = await make("Faire un point sur la trésorerie", board.item.id);
    const townHall = await make("Demander la date des subventions", board.item.id, member(board.voter.user.id));
    const done = await make("Envoyer la relance de 1 300 €", board.item.id);
    await db().action.update({ where: { id: done }, data: { status: "DONE" } });
    const novemberItem = await db().agendaItem.findFirstOrThrow({ where: { meetingId: november.id, position: 1 } });
    const later = await make("Action décidée en novembre", novemberItem.id);
    return { ...board, november, treasury, townHall, done, later };
  }

  it("appends a section at the end of the agenda with one linked item per open action of earlier meetings", async () => {
    const { association, secretary, november, treasury, townHall, voter } = await twoMeetings();
    const result = await addActionsFollowUp(ctxOf(secretary.user, now), { associationId: association.id, meetingId: november.id });
    expect(result).toMatchObject({ ok: true, value: { added: 2 } });
    const root = await db().agendaItem.findMany({ where: { meetingId: november.id, parentId: null }, orderBy: { position: "asc" } });
    expect(root.map((i) => [i.position, i.kind, i.origin])).toEqual([
      [0, "DECISION", "DIRECT"],
      [1, "DISCUSSION", "DIRECT"],
      [2, "SECTION", "ACTIONS_FOLLOW_UP"],
    ]);
    const children = await db().agendaItem.findMany({ where: { parentId: root[2].id }, orderBy: { position: "asc" }, include: { actionFollowUp: true } });
    expect(children.map((c) => [c.position, c.kind, c.origin, c.actionFollowUp?.actionId].join(" "))).toEqual([
      `0 FOLLOW_UP ACTIONS_FOLLOW_UP ${treasury}`,
      `1 FOLLOW_UP ACTIONS_FOLLOW_UP ${townHall}`,
    ]);
    expect(children[1].presenterId).toBe(voter.user.id);
    expect((await db().meeting.findUniqueOrThrow({ where: { id: november.id } })).version).toBe(2);
    expect(await db().auditEvent.count({ where: { action: "agenda.actionsFollowUp" } })).toBe(1);
  });

  it("never lists an action twice, even when asked twice at once; a new open action joins the same section", async () => {
    const { association, secretary, president, november, item } = await twoMeetings();
    const input = { associationId: association.id, meetingId: november.id };
    const results = await Promise.all([addActionsFollowUp(ctxOf(secretary.user, now), input), addActionsFollowUp(ctxOf(president.user, now), input)]);
    expect(results.map((r) => (r.ok ? r.value.added : -1)).sort()).toEqual([0, 2]);
    expect(await db().actionFollowUp.count()).toBe(2);
    await createAction(ctxOf(secretary.user, now), { associationId: association.id, agendaItemId: item.id, title: "Lancer un appel aux listes de diffusion", assignee: nobody });
    expect(await addActionsFollowUp(ctxOf(secretary.user, now), input)).toMatchObject({ ok: true, value: { added: 1 } });
    expect(await db().agendaItem.count({ where: { meetingId: november.id, kind: "SECTION" } })).toBe(1);
    expect(await db().actionFollowUp.count()).toBe(3);
  });

  it("uses the follow-up section already on the agenda", async () => {
    const { association, secretary, november } = await twoMeetings();
    const section = await makeItem(november, { title: "Suivi des actions", kind: "SECTION", origin: "ACTIONS_FOLLOW_UP", position: 0 });
    expect(await addActionsFollowUp(ctxOf(secretary.user, now), { associationId: association.id, meetingId: november.id })).toMatchObject({ ok: true, value: { sectionId: section.id } });
  });

  it("records done, in progress and not discussed; done changes the status, not discussed does not; a correction is possible", async () => {
    const { association, secretary, november, treasury, townHall } = await twoMeetings();
    await addActionsFollowUp(ctxOf(secretary.user, now), { associationId: association.id, meetingId: november.id });
    const itemOf = async (actionId: string) => (await db().actionFollowUp.findFirstOrThrow({ where: { actionId, meetingId: november.id } })).agendaItemId;
    const ctx = ctxOf(secretary.user, now);
    expect((await recordActionFollowUp(ctx, { associationId: association.id, agendaItemId: await itemOf(townHall), outcome: "DONE", note: "Versement prévu en décembre" })).ok).toBe(true);
    expect((await recordActionFollowUp(ctxOf(secretary.user, later), { associationId: association.id, agendaItemId: await itemOf(treasury), outcome: "NOT_DISCUSSED" })).ok).toBe(true);
    expect((await db().action.findUniqueOrThrow({ where: { id: townHall } })).status).toBe("DONE");
    expect((await db().action.findUniqueOrThrow({ where: { id: treasury } })).status).toBe("OPEN");
    const updates = await db().actionUpdate.findMany({ where: { meetingId: november.id }, orderBy: { recordedAt: "asc" } });
    expect(updates.map((u) => [u.actionId, u.kind, u.note])).toEqual([
      [townHall, "DONE", "Versement prévu en décembre"],
      [treasury, "NOT_DISCUSSED", null],
    ]);
    // The secretary clicked "done" on the wrong line: correcting it restores the earlier status.
    expect((await recordActionFollowUp(ctx, { associationId: association.id, agendaItemId: await itemOf(townHall), outcome: "IN_PROGRESS" })).ok).toBe(true);
    expect((await db().action.findUniqueOrThrow({ where: { id: townHall } })).status).toBe("IN_PROGRESS");
    expect(await db().actionUpdate.count({ where: { actionId: townHall } })).toBe(1);
  });

  it("refuses a follow-up on a cancelled action, by someone who does not record, or from another association", async () => {
    const { association, secretary, voter, november, treasury } = await twoMeetings();
    await addActionsFollowUp(ctxOf(secretary.user, now), { associationId: association.id, meetingId: november.id });
    const agendaItemId = (await db().actionFollowUp.findFirstOrThrow({ where: { actionId: treasury } })).agendaItemId;
    expect(await recordActionFollowUp(ctxOf(voter.user, now), { associationId: association.id, agendaItemId, outcome: "DONE" })).toEqual({ ok: false, reason: "FORBIDDEN" });
    const other = await makeBoard();
    expect(await recordActionFollowUp(ctxOf(other.secretary.user, now), { associationId: other.association.id, agendaItemId, outcome: "DONE" })).toEqual({ ok: false, reason: "NOT_FOUND" });
    await changeActionStatus(ctxOf(secretary.user, now), { associationId: association.id, actionId: treasury, status: "CANCELLED", confirm: "yes" });
    const before = await footprint();
    expect(await recordActionFollowUp(ctxOf(secretary.user, now), { associationId: association.id, agendaItemId, outcome: "DONE" })).toEqual({ ok: false, reason: "ACTION_CANCELLED" });
    expect(await footprint()).toEqual(before);
  });

  it("only those who record add the section; another association's meeting is 'not found'", async () => {
    const { association, voter, november } = await twoMeetings();
    const other = await makeBoard();
    const before = await footprint();
    expect(await addActionsFollowUp(ctxOf(voter.user, now), { associationId: association.id, meetingId: november.id })).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect(await addActionsFollowUp(ctxOf(other.secretary.user, now), { associationId: other.association.id, meetingId: november.id })).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect(await footprint()).toEqual(before);
  });
});

describe("the actions list and the dashboards", () => {
  it("filters by assignee (including nobody), status, meeting and overdue; hides board-only items from adherents", async () => {
    const board = await boardWithMeeting();
    const secret = await makeItem(board.meeting, { title: "Point confidentiel", visibility: "BOARD" });
    const ctx = ctxOf(board.secretary.user, now);
    const add = async (title: string, agendaItemId: string | undefined, assignee: Parameters<typeof createAction>[1]["assignee"], dueOn?: string) => {
      const r = await createAction(ctx, { associationId: board.association.id, agendaItemId, title, assignee, dueOn });
      if (!r.ok) throw new Error(r.reason);
      return r.value.actionId;
    };
    await add("Trésorerie", board.item.id, nobody, "2008-10-31");
    await add("Mairie", board.item.id, member(board.voter.user.id), "2030-01-01");
    const doneId = await add("Wiki", undefined, member(board.voter.user.id));
    await add("Confidentiel", secret.id, member(board.adherent.user.id));
    await changeActionStatus(ctx, { associationId: board.association.id, actionId: doneId, status: "DONE" });
    const secretary = (await loadActor(db(), board.secretary.user.id, board.association.id, now))!;
    const titles = async (filters: Partial<Parameters<typeof actionsList>[2]>, actor = secretary) =>
      (await actionsList(board.association.id, actor, { status: "pending", overdue: false, ...filters }, today)).map((a) => a.title).sort();
    expect(await titles({})).toEqual(["Confidentiel", "Mairie", "Trésorerie"]);
    expect(await titles({ assignee: "nobody" })).toEqual(["Trésorerie"]);
    expect(await titles({ assignee: board.voter.user.id, status: "all" })).toEqual(["Mairie", "Wiki"]);
    expect(await titles({ status: "DONE" })).toEqual(["Wiki"]);
    expect(await titles({ meeting: "none", status: "all" })).toEqual(["Wiki"]);
    expect(await titles({ meeting: board.meeting.id })).toEqual(["Confidentiel", "Mairie", "Trésorerie"]);
    expect(await titles({ overdue: true })).toEqual(["Trésorerie"]);
    const adherent = (await loadActor(db(), board.adherent.user.id, board.association.id, now))!;
    expect(await titles({}, adherent)).toEqual(["Mairie", "Trésorerie"]);
    expect(await titles({ assignee: "me" }, (await loadActor(db(), board.voter.user.id, board.association.id, now))!)).toEqual(["Mairie"]);
    // Another association sees none of them.
    const other = await makeBoard();
    const stranger = (await loadActor(db(), other.secretary.user.id, other.association.id, now))!;
    expect(await actionsList(other.association.id, stranger, { status: "all", overdue: false }, today)).toEqual([]);

    const forVoter = await dashboardActions(board.association.id, (await loadActor(db(), board.voter.user.id, board.association.id, now))!, today, false);
    expect(forVoter.mine.map((a) => a.title)).toEqual(["Mairie"]);
    expect(forVoter.unassigned).toEqual([]);
    const forSecretary = await dashboardActions(board.association.id, secretary, today, true);
    expect(forSecretary.unassigned.map((a) => a.title)).toEqual(["Trésorerie"]);
    expect(forSecretary.overdue.map((a) => a.title)).toEqual(["Trésorerie"]);
  });

  it("the form schema turns the assignee select into nobody, a member or a typed name", () => {
    const base = { associationId: crypto.randomUUID(), title: "Faire" };
    expect(createActionSchema.parse({ ...base, assignee: "" }).assignee).toEqual({ kind: "nobody" });
    const id = crypto.randomUUID();
    expect(createActionSchema.parse({ ...base, assignee: id }).assignee).toEqual({ kind: "member", userId: id });
    expect(createActionSchema.parse({ ...base, assignee: "other", assigneeName: " Françoise " }).assignee).toEqual({ kind: "name", name: "Françoise" });
    expect(createActionSchema.safeParse({ ...base, assignee: "other", assigneeName: "" }).success).toBe(false);
    expect(createActionSchema.safeParse({ ...base, assignee: "not-an-id" }).success).toBe(false);
  });
});
