import { describe, expect, it } from "vitest";
import { addErratum, addFreeSection, removeFreeSection, saveSection, startFromAgenda } from "@/features/minutes/commands";
import { answerReview, closeReviewEarly } from "@/features/approvals/commands";
import { revisionSections } from "@/features/minutes/revision-store";
import { db } from "@/lib/db";
import { addMember, ctxOf, makeBoard } from "./factories";
import { addAgendaItem, boardWithMinutes, boardWithReview, makeMeeting, sectionOf } from "./factories-minutes";

const at = (iso: string) => new Date(iso);

describe("starting the minutes from the agenda", () => {
  it("creates a header and one section per agenda item, numbered and ordered like the agenda, as revision 1", async () => {
    const board = await makeBoard();
    const meeting = await makeMeeting(board.association.id);
    await db().attendance.create({ data: { associationId: board.association.id, meetingId: meeting.id, userId: board.voter.user.id, status: "PRESENT", leftAt: at("2008-10-07T17:30:00Z") } });
    const section = await addAgendaItem(meeting, { title: "Points soumis à décision", position: 1, kind: "SECTION", visibility: "BOARD" });
    await addAgendaItem(meeting, { title: "Achat de disques", position: 0, parentId: section.id, visibility: "PUBLIC" });
    await addAgendaItem(meeting, { title: "Organisation", position: 0, visibility: "PUBLIC" });
    const result = await startFromAgenda(ctxOf(board.secretary.user), { associationId: board.association.id, meetingId: meeting.id });
    expect(result).toEqual({ ok: true, value: { revision: 1, created: 3 } });
    const sections = await db().minutesSection.findMany({ where: { associationId: board.association.id }, orderBy: { position: "asc" } });
    expect(sections.map((s) => [s.kind, s.number, s.title, s.visibility])).toEqual([
      ["HEADER", null, "Ouverture de la séance", "PUBLIC"],
      ["ITEM", "1", "Organisation", "PUBLIC"],
      ["ITEM", "2", "Points soumis à décision", "BOARD"],
      ["ITEM", "2.1", "Achat de disques", "BOARD"], // inside a board-only section
    ]);
    // The header is drafted from the attendance, in the association's language and time zone.
    expect(sections[0].body).toContain("Présent·es : Votant (départ à 19:30)");
    const revision = await db().minutesRevision.findFirstOrThrow({ where: { number: 1 } });
    expect(revision.authorId).toBe(board.secretary.user.id);
    expect(revisionSections(revision.content)).toHaveLength(4);
    expect(await db().auditEvent.count({ where: { action: "minutes.fromAgenda" } })).toBe(1);
  });

  it("run again, adds only the new items and keeps the texts", async () => {
    const board = await boardWithMinutes();
    const header = board.minutes.sections[0];
    await saveSection(ctxOf(board.secretary.user), { associationId: board.association.id, meetingId: board.meeting.id, sectionId: header.id, baseVersion: 1, body: "Texte gardé", title: undefined, note: "" });
    await addAgendaItem(board.meeting, { title: "Question diverse", position: 3 });
    const again = await startFromAgenda(ctxOf(board.secretary.user), { associationId: board.association.id, meetingId: board.meeting.id });
    expect(again).toMatchObject({ ok: true, value: { created: 1, revision: 3 } });
    expect((await db().minutesSection.findUniqueOrThrow({ where: { id: header.id } })).body).toBe("Texte gardé");
    expect(await db().minutesSection.count({ where: { minutesId: board.minutes.id } })).toBe(5);
  });

  it.each([
    ["a voting member", "voter"],
    ["the treasurer", "treasurer"],
    ["an advisory member", "advisory"],
    ["an association member", "adherent"],
  ] as const)("is refused to %s, and nothing is created", async (_label, who) => {
    const board = await makeBoard();
    const meeting = await makeMeeting(board.association.id);
    const result = await startFromAgenda(ctxOf(board[who].user), { associationId: board.association.id, meetingId: meeting.id });
    expect(result).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect(await db().minutes.count()).toBe(0);
  });

  it("is open to the meeting's facilitator and to the president", async () => {
    const board = await makeBoard();
    const meeting = await makeMeeting(board.association.id, { facilitatorId: board.voter.user.id });
    expect((await startFromAgenda(ctxOf(board.voter.user), { associationId: board.association.id, meetingId: meeting.id })).ok).toBe(true);
    const other = await makeMeeting(board.association.id);
    expect((await startFromAgenda(ctxOf(board.president.user), { associationId: board.association.id, meetingId: other.id })).ok).toBe(true);
  });

  it("answers 'not found' for a meeting of another association", async () => {
    const board = await makeBoard();
    const elsewhere = await makeBoard();
    const meeting = await makeMeeting(elsewhere.association.id);
    expect(await startFromAgenda(ctxOf(board.secretary.user), { associationId: board.association.id, meetingId: meeting.id })).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect(await startFromAgenda(ctxOf(board.secretary.user), { associationId: elsewhere.association.id, meetingId: meeting.id })).toEqual({ ok: false, reason: "NOT_FOUND" });
  });
});

describe("saving a section", () => {
  it("makes a numbered revision with author, time and note", async () => {
    const board = await boardWithMinutes();
    const section = await sectionOf(board.minutes.id, "Achat de disques");
    const result = await saveSection(ctxOf(board.president.user, at("2008-10-08T09:00:00Z")), {
      associationId: board.association.id,
      meetingId: board.meeting.id,
      sectionId: section.id,
      baseVersion: 1,
      body: "Achat **validé**, en attente de la trésorerie.",
      title: "ignored for an agenda item",
      note: "Décision notée",
    });
    expect(result).toEqual({ ok: true, value: { revision: 2, version: 2 } });
    const revision = await db().minutesRevision.findFirstOrThrow({ where: { minutesId: board.minutes.id, number: 2 } });
    expect(revision).toMatchObject({ authorId: board.president.user.id, note: "Décision notée", createdAt: at("2008-10-08T09:00:00Z"), reviewId: null });
    expect(revisionSections(revision.content).find((s) => s.sectionId === section.id)).toMatchObject({ title: "Achat de disques", body: "Achat **validé**, en attente de la trésorerie." });
  });

  it("two people saving at once: the second is told the text changed and nothing of theirs is stored over the first", async () => {
    const board = await boardWithMinutes();
    const section = await sectionOf(board.minutes.id, "Organisation des conseils");
    const input = (body: string) => ({ associationId: board.association.id, meetingId: board.meeting.id, sectionId: section.id, baseVersion: 1, body, title: undefined, note: "" });
    const [first, second] = await Promise.all([saveSection(ctxOf(board.secretary.user), input("Version de la secrétaire")), saveSection(ctxOf(board.president.user), input("Version de la présidente"))]);
    const results = [first, second];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "TEXT_CHANGED", detail: { version: 2 } }]);
    const saved = await db().minutesSection.findUniqueOrThrow({ where: { id: section.id } });
    expect(["Version de la secrétaire", "Version de la présidente"]).toContain(saved.body);
    expect(await db().minutesRevision.count({ where: { minutesId: board.minutes.id } })).toBe(2);
  });

  it.each([
    ["bad version", { baseVersion: 7 }, "TEXT_CHANGED"],
    ["no change", { body: "" }, "NO_CHANGE"],
  ] as const)("refuses %s and changes nothing", async (_label, change, reason) => {
    const board = await boardWithMinutes();
    const section = await sectionOf(board.minutes.id, "Organisation des conseils");
    const result = await saveSection(ctxOf(board.secretary.user), { associationId: board.association.id, meetingId: board.meeting.id, sectionId: section.id, baseVersion: 1, body: "x", title: undefined, note: "", ...change });
    expect(result).toMatchObject({ ok: false, reason });
    expect(await db().minutesRevision.count()).toBe(1);
  });

  it("a section of another association's minutes is not found", async () => {
    const board = await boardWithMinutes();
    const other = await boardWithMinutes();
    const foreign = await sectionOf(other.minutes.id, "Organisation des conseils");
    const result = await saveSection(ctxOf(board.secretary.user), { associationId: board.association.id, meetingId: board.meeting.id, sectionId: foreign.id, baseVersion: 1, body: "x", title: undefined, note: "" });
    expect(result).toEqual({ ok: false, reason: "NOT_FOUND" });
  });

  it("during the window: electors amend (note required, window not restarted); others may not", async () => {
    const board = await boardWithReview();
    const section = await sectionOf(board.minutes.id, "Achat de disques");
    const input = { associationId: board.association.id, meetingId: board.meeting.id, sectionId: section.id, baseVersion: 1, body: "Précision ajoutée", title: undefined };
    const when = at("2008-10-15T10:00:00Z");
    expect(await saveSection(ctxOf(board.voter.user, when), { ...input, note: "" })).toEqual({ ok: false, reason: "CHANGE_NOTE_REQUIRED" });
    expect(await saveSection(ctxOf(board.advisory.user, when), { ...input, note: "x" })).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect(await saveSection(ctxOf(board.adherent.user, when), { ...input, note: "x" })).toEqual({ ok: false, reason: "FORBIDDEN" });
    const amended = await saveSection(ctxOf(board.voter.user, when), { ...input, note: "Précision sur l’achat" });
    expect(amended).toMatchObject({ ok: true, value: { revision: 2 } });
    const revision = await db().minutesRevision.findFirstOrThrow({ where: { number: 2 } });
    expect(revision).toMatchObject({ reviewId: board.reviewId, authorId: board.voter.user.id, note: "Précision sur l’achat" });
    const review = await db().minutesReview.findUniqueOrThrow({ where: { id: board.reviewId } });
    expect(review.closesAt).toEqual(board.closesAt);
    expect(review.revisionNumber).toBe(1);
  });

  it("after the close, approved minutes are locked: no amendment", async () => {
    const board = await boardWithReview();
    const section = await sectionOf(board.minutes.id, "Achat de disques");
    const late = new Date(board.closesAt.getTime() + 1);
    const result = await saveSection(ctxOf(board.secretary.user, late), { associationId: board.association.id, meetingId: board.meeting.id, sectionId: section.id, baseVersion: 1, body: "Trop tard", title: undefined, note: "x" });
    expect(result).toEqual({ ok: false, reason: "MINUTES_LOCKED" });
    // One millisecond earlier it was still an amendment.
    const lastMoment = await saveSection(ctxOf(board.secretary.user, board.closesAt), { associationId: board.association.id, meetingId: board.meeting.id, sectionId: section.id, baseVersion: 1, body: "Juste à temps", title: undefined, note: "x" });
    expect(lastMoment.ok).toBe(true);
  });
});

describe("free sections and errata", () => {
  it("adds and removes a free section (with revisions); agenda sections cannot be removed", async () => {
    const board = await boardWithMinutes();
    const added = await addFreeSection(ctxOf(board.secretary.user), { associationId: board.association.id, meetingId: board.meeting.id, title: "À mettre au prochain ordre du jour", visibility: "MEMBERS" });
    expect(added.ok).toBe(true);
    const sections = await db().minutesSection.findMany({ where: { minutesId: board.minutes.id }, orderBy: { position: "asc" } });
    expect(sections.at(-1)?.title).toBe("À mettre au prochain ordre du jour");
    const item = await sectionOf(board.minutes.id, "Achat de disques");
    expect(await removeFreeSection(ctxOf(board.secretary.user), { associationId: board.association.id, meetingId: board.meeting.id, sectionId: item.id, confirm: "yes" })).toEqual({ ok: false, reason: "ONLY_FREE_SECTIONS" });
    const removed = await removeFreeSection(ctxOf(board.secretary.user), { associationId: board.association.id, meetingId: board.meeting.id, sectionId: added.ok ? added.value.sectionId : "", confirm: "yes" });
    expect(removed).toEqual({ ok: true, value: { revision: 3 } });
  });

  it("errata: only on approved minutes, by the secretary or the president, with author and date", async () => {
    const board = await boardWithReview();
    const input = { associationId: board.association.id, meetingId: board.meeting.id, text: "Lire 681,72 € au point 2." };
    expect(await addErratum(ctxOf(board.secretary.user, at("2008-10-10T10:00:00Z")), input)).toEqual({ ok: false, reason: "ERRATUM_ONLY_WHEN_APPROVED" });
    const after = at("2008-11-01T10:00:00Z");
    expect(await addErratum(ctxOf(board.voter.user, after), input)).toEqual({ ok: false, reason: "FORBIDDEN" });
    const added = await addErratum(ctxOf(board.president.user, after), input);
    expect(added.ok).toBe(true);
    expect(await db().minutesErratum.findFirstOrThrow()).toMatchObject({ authorId: board.president.user.id, createdAt: after, text: input.text });
  });

  it("a contested review lets the drafters correct the text again", async () => {
    const board = await boardWithReview();
    const ctx = ctxOf(board.voter.user, at("2008-10-09T10:00:00Z"));
    await answerReview(ctx, { associationId: board.association.id, reviewId: board.reviewId, kind: "OBJECT", note: "Inexact" });
    const section = await sectionOf(board.minutes.id, "Achat de disques");
    const afterClose = new Date(board.closesAt.getTime() + 1);
    const input = { associationId: board.association.id, meetingId: board.meeting.id, sectionId: section.id, baseVersion: 1, body: "Corrigé", title: undefined, note: "" };
    expect(await saveSection(ctxOf(board.voter.user, afterClose), input)).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect((await saveSection(ctxOf(board.secretary.user, afterClose), input)).ok).toBe(true);
  });
});

describe("early close by the secretary", () => {
  it("an elector whose term ended before the meeting is not asked", async () => {
    const board = await makeBoard();
    await addMember(board.association.id, { startsOn: "2000-01-01", endsOn: "2008-10-06", name: "Ancienne" });
    const meeting = await makeMeeting(board.association.id);
    await addAgendaItem(meeting, { title: "Point", position: 0 });
    await startFromAgenda(ctxOf(board.secretary.user, at("2008-10-08T07:00:00Z")), { associationId: board.association.id, meetingId: meeting.id });
    const { openReview } = await import("@/features/approvals/commands");
    const opened = await openReview(ctxOf(board.secretary.user, at("2008-10-08T08:00:00Z")), { associationId: board.association.id, meetingId: meeting.id });
    expect(opened.ok).toBe(true);
    const voters = await db().minutesReviewVoter.findMany({ include: { user: { select: { name: true } } } });
    expect(voters.map((v) => v.user.name).sort()).toEqual(["Consultative", "Présidente", "Secrétaire", "Trésorier", "Votant", "Votante"]);
    // Everyone but the one whose term ended answers: the secretary can close early.
    const now = at("2008-10-09T08:00:00Z");
    const reviewId = opened.ok ? opened.value.reviewId : "";
    for (const who of [board.president, board.secretary, board.treasurer, board.voter]) {
      await answerReview(ctxOf(who.user, now), { associationId: board.association.id, reviewId, kind: "APPROVE", note: null });
    }
    expect(await closeReviewEarly(ctxOf(board.secretary.user, now), { associationId: board.association.id, reviewId, confirm: "yes" })).toEqual({ ok: false, reason: "NOT_EVERYONE_ANSWERED", detail: { missing: 1 } });
    await answerReview(ctxOf(board.voter2.user, now), { associationId: board.association.id, reviewId, kind: "APPROVE_WITH_RESERVATION", note: "Réserve" });
    expect(await closeReviewEarly(ctxOf(board.president.user, now), { associationId: board.association.id, reviewId, confirm: "yes" })).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect(await closeReviewEarly(ctxOf(board.secretary.user, now), { associationId: board.association.id, reviewId, confirm: "yes" })).toEqual({ ok: true, value: { status: "APPROVED" } });
    // Acted on at once: the result is in the outbox, and answers are now refused.
    expect(await db().outboxEmail.count({ where: { dedupeKey: { contains: ":result:" } } })).toBe(6);
    expect(await answerReview(ctxOf(board.voter.user, now), { associationId: board.association.id, reviewId, kind: "OBJECT", note: "x" })).toEqual({ ok: false, reason: "WINDOW_CLOSED" });
  });
});
