import { describe, expect, it } from "vitest";
import { loadReview, pendingApprovalsFor } from "@/features/approvals/queries";
import { approvalTable } from "@/features/approvals/rules";
import { approvedMinutes } from "@/features/minutes/publication";
import { db } from "@/lib/db";
import { seedDemo } from "../../scripts/db/seed.ts";

describe("the demo minutes", () => {
  it("October 2008: approved at the close with four tacit approvals, amendments kept as revisions", async () => {
    expect(await seedDemo(process.env.DATABASE_URL!)).toBe("seeded");
    const ponant = await db().association.findUniqueOrThrow({ where: { slug: "ponant" } });
    const meeting = await db().meeting.findFirstOrThrow({ where: { associationId: ponant.id, title: "Conseil d’administration d’octobre 2008" }, include: { minutes: true } });
    const loaded = (await loadReview(db(), { minutesId: meeting.minutes!.id, latest: true }, new Date(), ponant.timezone))!;
    expect(loaded.review.closesAt.toISOString()).toBe("2008-10-23T21:59:59.999Z");
    expect(loaded.state.status).toBe("APPROVED");
    const table = approvalTable(loaded.voters, loaded.responses, loaded.state, meeting.minutes!.currentRevision);
    const names = new Map((await db().user.findMany()).map((u) => [u.id, u.name]));
    const byName = Object.fromEntries(table.electors.map((l) => [names.get(l.userId), l]));
    expect(Object.keys(byName)).toHaveLength(10);
    for (const silent of ["Katell Prigent", "Nolwenn Abgrall", "Tanguy Riou", "Gwenaëlle Tanguy"]) expect(byName[silent].answer).toBe("TACIT");
    expect(byName["Loïc Morvan"]).toMatchObject({ answer: "APPROVE_WITH_RESERVATION", revisionNumber: 4 });
    expect(byName["Erwan Quéré"]).toMatchObject({ answer: "APPROVE", revisionNumber: 1, outdated: true });
    expect(table.opinions.map((o) => names.get(o.userId))).toEqual(["Anaïs Guéguen"]);
    const revisions = await db().minutesRevision.findMany({ where: { minutesId: meeting.minutes!.id }, orderBy: { number: "asc" }, include: { author: true } });
    expect(revisions.map((r) => r.author?.name)).toEqual(["Yann Le Bihan", "Soizic Le Gall", "Mathis Cadiou", "Maëlle Kerjean"]);

    // The public page: no board-only item, and the approval block.
    const published = (await approvedMinutes({ associationId: ponant.id, minutesId: meeting.minutes!.id }, "PUBLIC", new Date()))!;
    expect(published.sections.map((s) => s.title)).not.toContain("Point technique sur les pannes récentes");
    expect(published.sections.map((s) => s.title)).toContain("Organisation des prochains conseils");
    expect(published.block.electors.filter((l) => l.answer === "TACIT")).toHaveLength(4);
    const board = (await approvedMinutes({ associationId: ponant.id, minutesId: meeting.minutes!.id }, "BOARD", new Date()))!;
    expect(board.sections.map((s) => s.title)).toContain("Point technique sur les pannes récentes");

    // The collective's recent minutes are under review: Alix sees them on her dashboard.
    const capucine = await db().association.findUniqueOrThrow({ where: { slug: "capucine" } });
    const alix = await db().user.findUniqueOrThrow({ where: { email: "alix@capucine.example" } });
    const pending = await pendingApprovalsFor(alix.id, capucine.id, new Date(), capucine.timezone);
    expect(pending).toHaveLength(1);
    expect(pending[0].daysLeft).toBeGreaterThan(9);
  });
});
