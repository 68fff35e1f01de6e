import { describe, expect, it } from "vitest";
import { quorumRuleProblem, slugFrom, slugProblem } from "@/features/associations/rules";

describe("association short names", () => {
  it.each([
    ["Les Hébergeurs du Ponant", "les-hebergeurs-du-ponant"],
    ["  Collectif  Nuage — Capucine! ", "collectif-nuage-capucine"],
    ["Ça & Là", "ca-la"],
  ])("%s → %s", (name, slug) => {
    expect(slugFrom(name)).toBe(slug);
    expect(slugProblem(slugFrom(name))).toBeNull();
  });

  it.each([["Ponant", "SLUG_INVALID"], ["-ponant", "SLUG_INVALID"], ["", "SLUG_INVALID"], ["api", "SLUG_RESERVED"], ["a".repeat(49), "SLUG_INVALID"]])(
    "%s is refused: %s",
    (slug, problem) => {
      expect(slugProblem(slug)).toBe(problem);
    },
  );
});

describe("quorum rules", () => {
  it("accepts shares up to the whole and positive counts", () => {
    expect(quorumRuleProblem({ kind: "FRACTION", numerator: 1, denominator: 2 })).toBeNull();
    expect(quorumRuleProblem({ kind: "FRACTION", numerator: 2, denominator: 2 })).toBeNull();
    expect(quorumRuleProblem({ kind: "FRACTION", numerator: 3, denominator: 2 })).toBe("QUORUM_INVALID");
    expect(quorumRuleProblem({ kind: "COUNT", count: 0 })).toBe("QUORUM_INVALID");
    expect(quorumRuleProblem({ kind: "NONE" })).toBeNull();
  });
});
