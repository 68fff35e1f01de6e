// What makes an association's settings valid: pure checks.

export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/;
export const RESERVED_SLUGS = new Set(["new", "admin", "api", "operator", "settings"]);

export function slugProblem(slug: string): "SLUG_INVALID" | "SLUG_RESERVED" | null {
  if (!SLUG_PATTERN.test(slug)) return "SLUG_INVALID";
  if (RESERVED_SLUGS.has(slug)) return "SLUG_RESERVED";
  return null;
}

/** "Infini Brest" → "infini-brest" */
export function slugFrom(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/, "");
}

export type QuorumRule = { kind: "NONE" } | { kind: "FRACTION"; numerator: number; denominator: number } | { kind: "COUNT"; count: number };

export function quorumRuleProblem(rule: QuorumRule): "QUORUM_INVALID" | null {
  if (rule.kind === "FRACTION" && !(rule.numerator >= 1 && rule.denominator >= 1 && rule.numerator <= rule.denominator)) return "QUORUM_INVALID";
  if (rule.kind === "COUNT" && !(rule.count >= 1)) return "QUORUM_INVALID";
  return null;
}
