import { describe, expect, it } from "vitest";
import { acceptInvitation, acceptInvitationAsNewUser, changeMemberRole, endMembership, inviteMember } from "@/features/members/commands";
import { loadActor } from "@/features/members/queries";
import { db } from "@/lib/db";
import { addMember, ctxOf, makeAssociation, makeBoard, makeUser } from "./factories";

const now = new Date("2026-03-10T09:00:00Z");

describe("changing a member's role", () => {
  it("the president makes a voting member treasurer: the old term ends the day before, audited", async () => {
    const { association, president, voter } = await makeBoard();
    const result = await changeMemberRole(ctxOf(president.user, now), {
      associationId: association.id,
      membershipId: voter.membership.id,
      kind: "VOTING",
      offices: ["TREASURER"],
      effectiveOn: "2026-03-10",
    });
    expect(result.ok).toBe(true);
    const terms = await db().membership.findMany({ where: { userId: voter.user.id }, orderBy: { startsOn: "asc" } });
    expect(terms.map((t) => [t.offices, t.startsOn.toISOString().slice(0, 10), t.endsOn?.toISOString().slice(0, 10) ?? null])).toEqual([
      [[], "2000-01-01", "2026-03-09"],
      [["TREASURER"], "2026-03-10", null],
    ]);
    const audit = await db().auditEvent.findMany({ where: { associationId: association.id, action: "role.change" } });
    expect(audit).toHaveLength(1);
    expect(audit[0].actorUserId).toBe(president.user.id);
    expect(await loadActor(db(), voter.user.id, association.id, now)).toMatchObject({ role: { offices: ["TREASURER"] } });
  });

  it.each(["secretary", "treasurer", "voter", "advisory", "adherent"] as const)("the %s may not change roles: nothing changes", async (who) => {
    const board = await makeBoard();
    const result = await changeMemberRole(ctxOf(board[who].user, now), {
      associationId: board.association.id,
      membershipId: board.voter2.membership.id,
      kind: "VOTING",
      offices: ["PRESIDENT"],
    });
    expect(result).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect(await db().membership.count({ where: { userId: board.voter2.user.id } })).toBe(1);
    expect(await db().auditEvent.count()).toBe(0);
  });

  it("a president of another association gets 'not found' for this one", async () => {
    const board = await makeBoard();
    const other = await makeBoard();
    const result = await changeMemberRole(ctxOf(other.president.user, now), {
      associationId: board.association.id,
      membershipId: board.voter.membership.id,
      kind: "ADVISORY",
      offices: [],
    });
    expect(result).toEqual({ ok: false, reason: "NOT_FOUND" });
  });

  it("a membership id from another association is 'not found', even with the right association", async () => {
    const board = await makeBoard();
    const other = await makeBoard();
    const result = await changeMemberRole(ctxOf(board.president.user, now), {
      associationId: board.association.id,
      membershipId: other.voter.membership.id,
      kind: "ADVISORY",
      offices: [],
    });
    expect(result).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect((await db().membership.findUniqueOrThrow({ where: { id: other.voter.membership.id } })).kind).toBe("VOTING");
  });

  it("refuses to leave the association without a president", async () => {
    const { association, president } = await makeBoard();
    const result = await changeMemberRole(ctxOf(president.user, now), {
      associationId: association.id,
      membershipId: president.membership.id,
      kind: "VOTING",
      offices: [],
    });
    expect(result).toEqual({ ok: false, reason: "LAST_PRESIDENT" });
  });

  it("refuses offices for an adherent", async () => {
    const { association, president, adherent } = await makeBoard();
    const result = await changeMemberRole(ctxOf(president.user, now), {
      associationId: association.id,
      membershipId: adherent.membership.id,
      kind: "MEMBER",
      offices: ["SECRETARY"],
    });
    expect(result).toEqual({ ok: false, reason: "OFFICE_NEEDS_BOARD" });
  });

  it("ends a membership, keeping the term in the history", async () => {
    const { association, president, voter } = await makeBoard();
    expect((await endMembership(ctxOf(president.user, now), { associationId: association.id, membershipId: voter.membership.id, endsOn: "2026-03-09", confirm: "yes" })).ok).toBe(true);
    expect(await loadActor(db(), voter.user.id, association.id, now)).toMatchObject({ role: null });
    expect(await db().membership.count({ where: { userId: voter.user.id } })).toBe(1);
  });
});

describe("invitations", () => {
  it("the secretary invites by e-mail: one invitation, one e-mail in the outbox with the link", async () => {
    const { association, secretary } = await makeBoard();
    const result = await inviteMember(ctxOf(secretary.user, now), { associationId: association.id, email: "new@example.org", name: "Nouvelle", kind: "VOTING", offices: [] });
    expect(result.ok).toBe(true);
    const emails = await db().outboxEmail.findMany();
    expect(emails).toHaveLength(1);
    expect(emails[0].toEmail).toBe("new@example.org");
    expect(emails[0].text).toContain(`http://quorum.test/invitations/${result.ok ? result.value.secret : ""}`);
  });

  it("only the president hands out offices in an invitation", async () => {
    const { association, secretary } = await makeBoard();
    const result = await inviteMember(ctxOf(secretary.user, now), { associationId: association.id, email: "t@example.org", name: "T", kind: "VOTING", offices: ["TREASURER"] });
    expect(result).toEqual({ ok: false, reason: "OFFICES_PRESIDENT_ONLY" });
    expect(await db().invitation.count()).toBe(0);
    expect(await db().outboxEmail.count()).toBe(0);
  });

  it("a voting member may not invite", async () => {
    const { association, voter } = await makeBoard();
    expect(await inviteMember(ctxOf(voter.user, now), { associationId: association.id, email: "x@example.org", name: "X", kind: "MEMBER", offices: [] })).toEqual({ ok: false, reason: "FORBIDDEN" });
  });

  it("a new person accepts: account and membership created, the link cannot be used again", async () => {
    const { association, president } = await makeBoard();
    const invited = await inviteMember(ctxOf(president.user, now), { associationId: association.id, email: "nina@example.org", name: "Nina", kind: "ADVISORY", offices: [] });
    if (!invited.ok) throw new Error(invited.reason);
    const input = { token: invited.value.secret, name: "Nina Le Floch", password: "une phrase secrète", confirm: "une phrase secrète" };
    const accepted = await acceptInvitationAsNewUser(now, input);
    expect(accepted).toEqual({ ok: true, value: { associationSlug: association.slug, email: "nina@example.org" } });
    const user = await db().user.findUniqueOrThrow({ where: { email: "nina@example.org" } });
    expect(await loadActor(db(), user.id, association.id, now)).toMatchObject({ role: { kind: "ADVISORY" } });
    expect(await acceptInvitationAsNewUser(now, input)).toEqual({ ok: false, reason: "INVITATION_USED" });
  });

  it("an invitation expires after seven days", async () => {
    const { association, president } = await makeBoard();
    const invited = await inviteMember(ctxOf(president.user, now), { associationId: association.id, email: "late@example.org", name: "Late", kind: "VOTING", offices: [] });
    if (!invited.ok) throw new Error(invited.reason);
    const sevenDaysLater = new Date(now.getTime() + 7 * 24 * 3_600_000);
    const input = { token: invited.value.secret, name: "Late", password: "une phrase secrète", confirm: "une phrase secrète" };
    expect(await acceptInvitationAsNewUser(sevenDaysLater, input)).toEqual({ ok: false, reason: "INVITATION_EXPIRED" });
    expect(await db().user.count({ where: { email: "late@example.org" } })).toBe(0);
    expect((await acceptInvitationAsNewUser(new Date(sevenDaysLater.getTime() - 1), input)).ok).toBe(true);
  });

  it("an existing account accepts while signed in; someone else's account cannot", async () => {
    const association = await makeAssociation();
    const president = await addMember(association.id, { offices: ["PRESIDENT"] });
    const existing = await makeUser({ email: "known@example.org" });
    const stranger = await makeUser();
    const invited = await inviteMember(ctxOf(president.user, now), { associationId: association.id, email: "known@example.org", name: "Known", kind: "VOTING", offices: [] });
    if (!invited.ok) throw new Error(invited.reason);
    expect(await acceptInvitation(ctxOf(stranger, now), invited.value.secret)).toEqual({ ok: false, reason: "INVITATION_OTHER_EMAIL" });
    expect((await acceptInvitation(ctxOf(existing, now), invited.value.secret)).ok).toBe(true);
  });

  it("two clicks on the same link at once create one membership", async () => {
    const { association, president } = await makeBoard();
    const invited = await inviteMember(ctxOf(president.user, now), { associationId: association.id, email: "twice@example.org", name: "Twice", kind: "VOTING", offices: [] });
    if (!invited.ok) throw new Error(invited.reason);
    const input = { token: invited.value.secret, name: "Twice", password: "une phrase secrète", confirm: "une phrase secrète" };
    const results = await Promise.all([acceptInvitationAsNewUser(now, input), acceptInvitationAsNewUser(now, input)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db().membership.count({ where: { user: { email: "twice@example.org" } } })).toBe(1);
  });

  it("refuses a weak password and creates nothing", async () => {
    const { association, president } = await makeBoard();
    const invited = await inviteMember(ctxOf(president.user, now), { associationId: association.id, email: "weak@example.org", name: "Weak", kind: "VOTING", offices: [] });
    if (!invited.ok) throw new Error(invited.reason);
    expect(await acceptInvitationAsNewUser(now, { token: invited.value.secret, name: "Weak", password: "motdepasse123", confirm: "motdepasse123" })).toEqual({
      ok: false,
      reason: "PASSWORD_TOO_COMMON",
    });
    expect(await db().user.count({ where: { email: "weak@example.org" } })).toBe(0);
  });
});
