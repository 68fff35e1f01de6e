import { describe, expect, it } from "vitest";
import { createAssociation, createAssociationFromCommandLine, updateSettings } from "@/features/associations/commands";
import { db } from "@/lib/db";
import { ctxOf, makeBoard, makeUser } from "./factories";

const now = new Date("2026-03-10T09:00:00Z");

describe("creating associations", () => {
  it("the instance operator creates one and its president is invited", async () => {
    const operator = await makeUser({ isOperator: true });
    const result = await createAssociation(ctxOf(operator, now), {
      name: "Les Amis du Lavoir",
      timezone: "Europe/Paris",
      locale: "fr",
      presidentName: "Jeanne",
      presidentEmail: "jeanne@example.org",
    });
    expect(result).toMatchObject({ ok: true, value: { slug: "les-amis-du-lavoir" } });
    const invitation = await db().invitation.findFirstOrThrow();
    expect(invitation).toMatchObject({ email: "jeanne@example.org", kind: "VOTING", offices: ["PRESIDENT"] });
    expect(await db().outboxEmail.count({ where: { toEmail: "jeanne@example.org" } })).toBe(1);
  });

  it("anyone else is refused, and a taken short name too", async () => {
    const user = await makeUser();
    const input = { name: "X", slug: "x-asso", timezone: "Europe/Paris", locale: "fr" as const, presidentName: "P", presidentEmail: "p@example.org" };
    expect(await createAssociation(ctxOf(user, now), input)).toEqual({ ok: false, reason: "FORBIDDEN" });
    const operator = await makeUser({ isOperator: true });
    expect((await createAssociation(ctxOf(operator, now), input)).ok).toBe(true);
    expect(await createAssociation(ctxOf(operator, now), input)).toEqual({ ok: false, reason: "SLUG_TAKEN" });
    expect(await db().association.count()).toBe(1);
  });
});

describe("the operator's command line", () => {
  it("creates an association and invites its president without anyone signed in", async () => {
    const result = await createAssociationFromCommandLine(
      { name: "Jardins Partagés", timezone: "Europe/Paris", locale: "fr", presidentName: "Rose", presidentEmail: "rose@example.org" },
      now,
    );
    expect(result).toMatchObject({ ok: true, value: { slug: "jardins-partages" } });
    expect(await db().invitation.findFirstOrThrow()).toMatchObject({ email: "rose@example.org", invitedById: null });
    expect(await db().auditEvent.findFirstOrThrow()).toMatchObject({ action: "association.create", actorUserId: null });
  });
});

describe("settings", () => {
  const settings = (associationId: string) => ({
    associationId,
    name: "Renamed",
    timezone: "America/Montreal",
    locale: "en" as const,
    approvalWindowDays: 10,
    quorumKind: "COUNT" as const,
    quorumNumerator: 1,
    quorumDenominator: 2,
    quorumCount: 4,
    publicMinutes: true,
  });

  it("the president changes them, with an audit event holding before and after", async () => {
    const { association, president } = await makeBoard();
    expect((await updateSettings(ctxOf(president.user, now), settings(association.id))).ok).toBe(true);
    expect(await db().association.findUniqueOrThrow({ where: { id: association.id } })).toMatchObject({ name: "Renamed", timezone: "America/Montreal", quorumCount: 4 });
    const event = await db().auditEvent.findFirstOrThrow({ where: { action: "settings.update" } });
    expect(event.before).toMatchObject({ name: association.name });
    expect(event.after).toMatchObject({ name: "Renamed" });
  });

  it("the secretary is refused", async () => {
    const { association, secretary } = await makeBoard();
    expect(await updateSettings(ctxOf(secretary.user, now), settings(association.id))).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect((await db().association.findUniqueOrThrow({ where: { id: association.id } })).name).toBe(association.name);
  });
});
