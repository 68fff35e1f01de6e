import { describe, expect, it } from "vitest";
import { answerReview, giveOpinion, openReview, settleReview, withdrawResponse } from "@/features/approvals/commands";
import { loadReview, pendingApprovalsFor } from "@/features/approvals/queries";
import { answerSchema, opinionSchema } from "@/features/approvals/schema";
import { saveSection } from "@/features/minutes/commands";
import { db } from "@/lib/db";
import { addMember, ctxOf } from "./factories";
import { boardWithMinutes, boardWithReview, makeMeeting, sectionOf } from "./factories-minutes";

const at = (iso: string) => new Date(iso);

describe("opening a review", () => {
  it("freezes the electorate on the meeting date, closes at 23:59:59.999 Paris on day 15, and writes the opening e-mails", async () => {
    const board = await boardWithMinutes();
    // Joined after the meeting: not an elector. Left before: not an elector either.
    await addMember(board.association.id, { startsOn: "2008-10-08", name: "Nouvelle" });
    await addMember(board.association.id, { startsOn: "2000-01-01", endsOn: "2008-10-06", name: "Partie" });
    const result = await openReview(ctxOf(board.secretary.user, at("2008-10-08T08:00:00Z")), { associationId: board.association.id, meetingId: board.meeting.id });
    expect(result).toMatchObject({ ok: true, value: { closesAt: at("2008-10-23T21:59:59.999Z") } });
    const review = await db().minutesReview.findFirstOrThrow({ include: { voters: { include: { user: true } } } });
    expect(review).toMatchObject({ revisionNumber: 1, windowDays: 15, number: 1, openedById: board.secretary.user.id });
    expect(review.voters.filter((v) => v.role === "ELECTOR").map((v) => v.user.name).sort()).toEqual(["Présidente", "Secrétaire", "Trésorier", "Votant", "Votante"]);
    expect(review.voters.filter((v) => v.role === "ADVISORY").map((v) => v.user.name)).toEqual(["Consultative"]);
    const emails = await db().outboxEmail.findMany({ where: { dedupeKey: { contains: ":opening:" } } });
    expect(emails).toHaveLength(6);
    expect(emails.find((e) => e.toEmail === board.voter.user.email)?.text).toContain("23 octobre 2008");
  });

  it("is refused to a voting member who neither is secretary, president nor facilitator; allowed to the facilitator", async () => {
    const board = await boardWithMinutes();
    const input = { associationId: board.association.id, meetingId: board.meeting.id };
    expect(await openReview(ctxOf(board.voter.user), input)).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect(await openReview(ctxOf(board.adherent.user), input)).toEqual({ ok: false, reason: "FORBIDDEN" });
    await db().meeting.update({ where: { id: board.meeting.id }, data: { facilitatorId: board.voter.user.id } });
    expect((await openReview(ctxOf(board.voter.user), input)).ok).toBe(true);
    expect(await openReview(ctxOf(board.secretary.user), input)).toEqual({ ok: false, reason: "REVIEW_ALREADY_OPEN" });
    expect(await db().minutesReview.count()).toBe(1);
  });

  it("needs written minutes", async () => {
    const board = await boardWithMinutes();
    const bare = await makeMeeting(board.association.id);
    expect(await openReview(ctxOf(board.secretary.user), { associationId: board.association.id, meetingId: bare.id })).toEqual({ ok: false, reason: "NO_REVISION" });
  });

  it("in Pacific/Auckland, the closing day is counted in Auckland", async () => {
    // 20 Sep 2024 20:00 UTC is already 21 Sep 08:00 in Auckland.
    const board = await boardWithReview({ timezone: "Pacific/Auckland", openedAt: at("2024-09-20T20:00:00Z") });
    expect(board.closesAt.toISOString()).toBe("2024-10-06T10:59:59.999Z");
  });

  it("in America/Montreal, with a 10-day window across the November change", async () => {
    const board = await boardWithReview({ timezone: "America/Montreal", openedAt: at("2008-10-28T14:00:00Z"), approvalWindowDays: 10 });
    expect(board.closesAt.toISOString()).toBe("2008-11-08T04:59:59.999Z"); // 7 Nov 23:59:59.999 EST
  });
});

describe("answers", () => {
  it("an elector objects then approves: one standing answer, the history keeps both", async () => {
    const board = await boardWithReview();
    const input = { associationId: board.association.id, reviewId: board.reviewId };
    await answerReview(ctxOf(board.voter.user, at("2008-10-09T08:00:00Z")), { ...input, kind: "OBJECT", note: "Le montant est faux" });
    await answerReview(ctxOf(board.voter.user, at("2008-10-10T08:00:00Z")), { ...input, kind: "APPROVE", note: null });
    const loaded = (await loadReview(db(), { id: board.reviewId, associationId: board.association.id }, at("2008-11-01T00:00:00Z"), "Europe/Paris"))!;
    expect(loaded.responses.map((r) => r.kind)).toEqual(["OBJECT", "APPROVE"]);
    expect(loaded.state.status).toBe("APPROVED");
    expect(await db().auditEvent.count({ where: { action: { startsWith: "review." } } })).toBe(3);
  });

  it("withdraw: the answer no longer stands; nothing to withdraw twice", async () => {
    const board = await boardWithReview();
    const input = { associationId: board.association.id, reviewId: board.reviewId };
    const ctx = ctxOf(board.voter.user, at("2008-10-09T08:00:00Z"));
    expect(await withdrawResponse(ctx, input)).toEqual({ ok: false, reason: "NOTHING_TO_WITHDRAW" });
    await answerReview(ctx, { ...input, kind: "OBJECT", note: "Non" });
    expect(await withdrawResponse(ctx, input)).toEqual({ ok: true, value: null });
    expect(await withdrawResponse(ctx, input)).toEqual({ ok: false, reason: "NOTHING_TO_WITHDRAW" });
    expect(await db().approvalResponse.count()).toBe(2);
  });

  it("the last millisecond is accepted, the next refused with WINDOW_CLOSED, and nothing is stored", async () => {
    const board = await boardWithReview();
    const input = { associationId: board.association.id, reviewId: board.reviewId, kind: "APPROVE" as const, note: null };
    expect((await answerReview(ctxOf(board.voter.user, at("2008-10-23T21:59:59.999Z")), input)).ok).toBe(true);
    expect(await answerReview(ctxOf(board.voter2.user, at("2008-10-23T22:00:00.000Z")), input)).toEqual({ ok: false, reason: "WINDOW_CLOSED" });
    expect(await withdrawResponse(ctxOf(board.voter.user, at("2008-10-23T22:00:00.000Z")), { associationId: board.association.id, reviewId: board.reviewId })).toEqual({ ok: false, reason: "WINDOW_CLOSED" });
    expect(await db().approvalResponse.count()).toBe(1);
  });

  it.each([
    ["an advisory member", "advisory", "ADVISORY_GIVES_OPINION"],
    ["an association member", "adherent", "NOT_AN_ELECTOR"],
  ] as const)("%s cannot approve (%s)", async (_label, who, reason) => {
    const board = await boardWithReview();
    expect(await answerReview(ctxOf(board[who].user, at("2008-10-09T08:00:00Z")), { associationId: board.association.id, reviewId: board.reviewId, kind: "APPROVE", note: null })).toEqual({ ok: false, reason });
    expect(await db().approvalResponse.count()).toBe(0);
  });

  it("a voting member who joined after the meeting date is not an elector", async () => {
    const board = await boardWithReview();
    const newcomer = await addMember(board.association.id, { startsOn: "2008-10-08", name: "Arrivée après" });
    expect(await answerReview(ctxOf(newcomer.user, at("2008-10-09T08:00:00Z")), { associationId: board.association.id, reviewId: board.reviewId, kind: "APPROVE", note: null })).toEqual({ ok: false, reason: "NOT_AN_ELECTOR" });
  });

  it("someone from another association gets 'not found'", async () => {
    const board = await boardWithReview();
    const other = await boardWithReview();
    expect(await answerReview(ctxOf(other.voter.user, at("2008-10-09T08:00:00Z")), { associationId: other.association.id, reviewId: board.reviewId, kind: "APPROVE", note: null })).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect(await answerReview(ctxOf(other.voter.user, at("2008-10-09T08:00:00Z")), { associationId: board.association.id, reviewId: board.reviewId, kind: "APPROVE", note: null })).toEqual({ ok: false, reason: "NOT_FOUND" });
  });

  it("the advisory member's opinion is recorded apart; electors cannot give one", async () => {
    const board = await boardWithReview();
    const input = { associationId: board.association.id, reviewId: board.reviewId, note: "Avis favorable" };
    expect(await giveOpinion(ctxOf(board.voter.user, at("2008-10-09T08:00:00Z")), input)).toEqual({ ok: false, reason: "NOT_ADVISORY" });
    expect(await giveOpinion(ctxOf(board.advisory.user, at("2008-10-09T08:00:00Z")), input)).toEqual({ ok: true, value: { revisionNumber: 1 } });
    expect(await db().approvalResponse.findFirstOrThrow()).toMatchObject({ kind: "OPINION", note: "Avis favorable", userId: board.advisory.user.id });
  });

  it("bad input is refused at the boundary: a reservation or an objection needs its note", () => {
    const base = { associationId: "0198a4f0-0000-7000-8000-000000000001", reviewId: "0198a4f0-0000-7000-8000-000000000002" };
    expect(answerSchema.safeParse({ ...base, kind: "OBJECT", note: "  " }).success).toBe(false);
    expect(answerSchema.safeParse({ ...base, kind: "APPROVE_WITH_RESERVATION" }).success).toBe(false);
    expect(answerSchema.safeParse({ ...base, kind: "MAYBE" }).success).toBe(false);
    expect(answerSchema.safeParse({ ...base, kind: "APPROVE", note: "" }).success).toBe(true);
    expect(answerSchema.safeParse({ ...base, kind: "OBJECT", note: "x".repeat(2001) }).success).toBe(false);
    expect(opinionSchema.safeParse({ ...base, note: "" }).success).toBe(false);
    expect(answerSchema.safeParse({ ...base, reviewId: "not-an-id", kind: "APPROVE" }).success).toBe(false);
  });

  it("an amendment after someone approved: the answer keeps its revision; later answers take the new one", async () => {
    const board = await boardWithReview();
    await answerReview(ctxOf(board.voter.user, at("2008-10-09T08:00:00Z")), { associationId: board.association.id, reviewId: board.reviewId, kind: "APPROVE", note: null });
    const section = await sectionOf(board.minutes.id, "Achat de disques");
    await saveSection(ctxOf(board.voter2.user, at("2008-10-10T08:00:00Z")), { associationId: board.association.id, meetingId: board.meeting.id, sectionId: section.id, baseVersion: 1, body: "Ajout", title: undefined, note: "Ajout d’une précision" });
    await answerReview(ctxOf(board.voter2.user, at("2008-10-10T09:00:00Z")), { associationId: board.association.id, reviewId: board.reviewId, kind: "APPROVE", note: null });
    const rows = await db().approvalResponse.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((r) => r.revisionNumber)).toEqual([1, 2]);
  });
});

describe("at the same moment", () => {
  it("several electors answering and an amendment being saved lose nothing", async () => {
    const board = await boardWithReview();
    const when = at("2008-10-12T08:00:00Z");
    const section = await sectionOf(board.minutes.id, "Organisation des conseils");
    const answer = (who: { user: { id: string } }, kind: "APPROVE" | "OBJECT" | "APPROVE_WITH_RESERVATION") =>
      answerReview(ctxOf(who.user, when), { associationId: board.association.id, reviewId: board.reviewId, kind, note: kind === "APPROVE" ? null : "Note" });
    const results = await Promise.all([
      answer(board.president, "APPROVE"),
      answer(board.treasurer, "APPROVE_WITH_RESERVATION"),
      saveSection(ctxOf(board.secretary.user, when), { associationId: board.association.id, meetingId: board.meeting.id, sectionId: section.id, baseVersion: 1, body: "Amendement simultané", title: undefined, note: "Amendement" }),
      answer(board.voter, "OBJECT"),
      answer(board.voter2, "APPROVE"),
      giveOpinion(ctxOf(board.advisory.user, when), { associationId: board.association.id, reviewId: board.reviewId, note: "Avis" }),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await db().approvalResponse.count()).toBe(5);
    expect((await db().minutesSection.findUniqueOrThrow({ where: { id: section.id } })).body).toBe("Amendement simultané");
    expect(await db().minutesRevision.count({ where: { minutesId: board.minutes.id } })).toBe(2);
    // Each answer names a revision that existed when it was recorded: 1 or 2, never anything else.
    for (const row of await db().approvalResponse.findMany()) expect([1, 2]).toContain(row.revisionNumber);
  });
});

describe("settling a contested review and reopening it", () => {
  it("contested → corrected → a new window; or settled by a decision at a later meeting", async () => {
    const board = await boardWithReview();
    await answerReview(ctxOf(board.voter.user, at("2008-10-09T08:00:00Z")), { associationId: board.association.id, reviewId: board.reviewId, kind: "OBJECT", note: "Inexact" });
    const afterClose = at("2008-10-25T08:00:00Z");
    const input = { associationId: board.association.id, meetingId: board.meeting.id };
    expect(await openReview(ctxOf(board.secretary.user, afterClose), input)).toEqual({ ok: false, reason: "NEEDS_NEW_REVISION" });
    const early = await makeMeeting(board.association.id, { startsAt: "2008-10-20T16:00:00Z" });
    const later = await makeMeeting(board.association.id, { startsAt: "2008-11-04T17:00:00Z" });
    const settle = { associationId: board.association.id, reviewId: board.reviewId, outcome: "APPROVED" as const, note: null, confirm: "yes" as const };
    expect(await settleReview(ctxOf(board.voter.user, afterClose), { ...settle, meetingId: later.id })).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect(await settleReview(ctxOf(board.secretary.user, afterClose), { ...settle, meetingId: early.id })).toEqual({ ok: false, reason: "MEETING_BEFORE_CLOSE" });
    expect(await settleReview(ctxOf(board.secretary.user, afterClose), { ...settle, meetingId: later.id })).toEqual({ ok: true, value: null });
    const loaded = (await loadReview(db(), { id: board.reviewId, associationId: board.association.id }, afterClose, "Europe/Paris"))!;
    expect(loaded.state).toMatchObject({ status: "APPROVED", byDecision: true });
  });

  it("a new window on a corrected revision", async () => {
    const board = await boardWithReview();
    await answerReview(ctxOf(board.voter.user, at("2008-10-09T08:00:00Z")), { associationId: board.association.id, reviewId: board.reviewId, kind: "OBJECT", note: "Inexact" });
    const afterClose = at("2008-10-25T08:00:00Z");
    const section = await sectionOf(board.minutes.id, "Achat de disques");
    await saveSection(ctxOf(board.secretary.user, afterClose), { associationId: board.association.id, meetingId: board.meeting.id, sectionId: section.id, baseVersion: 1, body: "Corrigé", title: undefined, note: "" });
    const reopened = await openReview(ctxOf(board.secretary.user, afterClose), { associationId: board.association.id, meetingId: board.meeting.id });
    expect(reopened).toMatchObject({ ok: true, value: { closesAt: at("2008-11-09T22:59:59.999Z") } });
    expect(await db().minutesReview.findMany({ orderBy: { number: "asc" }, select: { number: true, revisionNumber: true } })).toEqual([
      { number: 1, revisionNumber: 1 },
      { number: 2, revisionNumber: 2 },
    ]);
    // The old window takes no more answers.
    expect(await answerReview(ctxOf(board.voter.user, afterClose), { associationId: board.association.id, reviewId: board.reviewId, kind: "APPROVE", note: null })).toEqual({ ok: false, reason: "WINDOW_CLOSED" });
  });
});

describe("the dashboard", () => {
  it("lists the open reviews waiting for my answer, with days left", async () => {
    const board = await boardWithReview();
    const now = at("2008-10-20T08:00:00Z");
    const pending = await pendingApprovalsFor(board.voter.user.id, board.association.id, now, "Europe/Paris");
    expect(pending).toEqual([expect.objectContaining({ reviewId: board.reviewId, daysLeft: 3, role: "ELECTOR" })]);
    await answerReview(ctxOf(board.voter.user, now), { associationId: board.association.id, reviewId: board.reviewId, kind: "APPROVE", note: null });
    expect(await pendingApprovalsFor(board.voter.user.id, board.association.id, now, "Europe/Paris")).toEqual([]);
    expect(await pendingApprovalsFor(board.adherent.user.id, board.association.id, now, "Europe/Paris")).toEqual([]);
    expect(await pendingApprovalsFor(board.voter2.user.id, board.association.id, at("2008-10-24T08:00:00Z"), "Europe/Paris")).toEqual([]);
  });
});
