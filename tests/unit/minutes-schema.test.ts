// Bad input is refused at the boundary (the server actions parse with these schemas).
import { describe, expect, it } from "vitest";
import { closeEarlySchema, settleSchema } from "@/features/approvals/schema";
import { addFreeSectionSchema, erratumSchema, removeSectionSchema, saveSectionSchema } from "@/features/minutes/schema";

const ids = { associationId: "0198a4f0-0000-7000-8000-000000000001", meetingId: "0198a4f0-0000-7000-8000-000000000002" };
const sectionId = "0198a4f0-0000-7000-8000-000000000003";

describe("minutes input", () => {
  it("a section save needs a known version, keeps the text as typed (line endings normalized) and caps its length", () => {
    const parsed = saveSectionSchema.parse({ ...ids, sectionId, baseVersion: "3", body: "Ligne 1\r\nLigne 2  \r\n", title: "", note: " Corrigé " });
    expect(parsed).toMatchObject({ baseVersion: 3, body: "Ligne 1\nLigne 2", title: undefined, note: "Corrigé" });
    expect(saveSectionSchema.safeParse({ ...ids, sectionId, baseVersion: "x", body: "a" }).success).toBe(false);
    expect(saveSectionSchema.safeParse({ ...ids, sectionId, baseVersion: "0", body: "a" }).success).toBe(false);
    expect(saveSectionSchema.safeParse({ ...ids, sectionId, baseVersion: "1", body: "a".repeat(50_001) }).success).toBe(false);
    expect(saveSectionSchema.safeParse({ ...ids, sectionId: "../etc", baseVersion: "1", body: "a" }).success).toBe(false);
  });

  it("a free section needs a title and a known visibility; removal and early close need the confirmation box", () => {
    expect(addFreeSectionSchema.safeParse({ ...ids, title: " ", visibility: "PUBLIC" }).success).toBe(false);
    expect(addFreeSectionSchema.safeParse({ ...ids, title: "Divers", visibility: "EVERYONE" }).success).toBe(false);
    expect(removeSectionSchema.safeParse({ ...ids, sectionId }).success).toBe(false);
    expect(closeEarlySchema.safeParse({ associationId: ids.associationId, reviewId: sectionId }).success).toBe(false);
    expect(erratumSchema.safeParse({ ...ids, text: "" }).success).toBe(false);
    expect(settleSchema.safeParse({ associationId: ids.associationId, reviewId: sectionId, meetingId: ids.meetingId, outcome: "MAYBE", confirm: "yes" }).success).toBe(false);
  });
});
