import { describe, expect, inject, it } from "vitest";
import { addActionsFollowUp } from "@/features/actions/commands";
import { dashboardActions } from "@/features/actions/queries";
import { decisionRegister } from "@/features/decisions/queries";
import { groupDetail } from "@/features/groups/queries";
import { loadActor } from "@/features/members/queries";
import { db } from "@/lib/db";
import { seedDemo } from "../../scripts/db/seed.ts";

const now = new Date("2026-11-22T10:00:00Z");

describe("the demo data of actions, decisions and working groups", () => {
  it("loads the October 2008 meeting's outcomes, its follow-ups and the 2023 assembly's decisions", async () => {
    expect(await seedDemo(inject("databaseUrl"))).toBe("seeded");
    const ponant = await db().association.findUniqueOrThrow({ where: { slug: "ponant" } });
    const yann = await db().user.findUniqueOrThrow({ where: { email: "yann@ponant.example" } });
    const secretary = (await loadActor(db(), yann.id, ponant.id, now))!;

    const [disks] = await decisionRegister(ponant.id, secretary, { q: "disques" }, ponant.timezone);
    expect(disks).toMatchObject({ outcome: "ADOPTED", amountCents: 68172, amountIncludesTax: false, votersPresent: 7, electorateSize: 10, quorumMet: true });
    // The three disks are committed on the 2008 hardware line, while the purchase waits.
    const plan = await db().budgetPlan.findFirstOrThrow({ where: { associationId: ponant.id, fiscalYear: 2008 } });
    const { committedByLine } = await import("@/features/budget/queries");
    expect([...(await committedByLine(db(), ponant.id, plan.id)).values()]).toEqual([68172]);

    const unassigned = await db().action.findMany({ where: { associationId: ponant.id, assigneeId: null, assigneeName: null }, orderBy: { title: "asc" } });
    expect(unassigned.map((a) => a.title)).toEqual(["Faire un point sur la trésorerie", "Lancer un appel aux bénévoles sur les listes de diffusion"]);
    const townHall = await db().action.findFirstOrThrow({ where: { title: { startsWith: "Demander à la mairie" } }, include: { updates: true } });
    expect(townHall).toMatchObject({ assigneeId: yann.id, status: "DONE" });

    const october = await db().meeting.findFirstOrThrow({ where: { associationId: ponant.id, title: { contains: "octobre 2008" } } });
    const octoberUpdates = await db().actionUpdate.findMany({ where: { meetingId: october.id } });
    expect(octoberUpdates.map((u) => u.kind).sort()).toEqual(["DONE", "DONE", "DONE", "IN_PROGRESS", "NOT_DISCUSSED", "NOT_DISCUSSED"]);

    const dashboard = await dashboardActions(ponant.id, secretary, new Date("2026-11-22T00:00:00Z"), true);
    expect(dashboard.unassigned).toHaveLength(2);
    expect(dashboard.overdue.map((a) => a.title)).toContain("Faire un point sur la trésorerie");

    const fees = await db().workingGroup.findFirstOrThrow({ where: { associationId: ponant.id, name: "Nouvelle grille de cotisation" } });
    const history = await groupDetail(ponant.id, fees.id);
    expect(history?.referents.map((r) => r.user.name)).toEqual(["Erwan Quéré", "Katell Prigent", "Yann Le Bihan"]);
    expect(history?.followUps[0].note).toContain("assemblée générale début février");
    expect(await db().workingGroup.count({ where: { associationId: ponant.id } })).toBe(7);

    // The coming meeting gets the follow-up of what is still to do.
    const next = await db().meeting.findFirstOrThrow({ where: { associationId: ponant.id, title: "Prochain conseil d’administration" } });
    const added = await addActionsFollowUp({ userId: yann.id, now }, { associationId: ponant.id, meetingId: next.id });
    expect(added).toMatchObject({ ok: true, value: { added: 7 } });

    const capucine = await db().association.findUniqueOrThrow({ where: { slug: "capucine" } });
    const chloe = await db().user.findUniqueOrThrow({ where: { email: "chloe@capucine.example" } });
    const assembly = await decisionRegister(capucine.id, (await loadActor(db(), chloe.id, capucine.id, now))!, { kind: "GENERAL_ASSEMBLY" }, capucine.timezone);
    expect(assembly.map((d) => [d.outcome, d.votersPresent, d.electorateSize, d.amountCents])).toEqual([
      ["ADOPTED", 6, 7, 1690000],
      ["ADOPTED", 6, 7, null],
      ["ADOPTED", 6, 7, null],
    ]);
  });
});
