import { describe, expect, it } from "vitest";
import { can, normalizeOffices, roleChangeProblem, termCovers, type Actor } from "@/features/members/rules";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const actor = (kind: Actor["role"] extends infer R ? (R extends { kind: infer K } ? K : never) : never, offices: ("PRESIDENT" | "SECRETARY" | "TREASURER")[] = []): Actor => ({
  userId: "u",
  associationId: "a",
  isOperator: false,
  membershipId: "m",
  role: { kind, offices },
});
const outsider: Actor = { userId: "u", associationId: "a", isOperator: true, membershipId: null, role: null };

describe("terms", () => {
  it("cover their first and last day, not the days around", () => {
    const term = { startsOn: d("2008-02-09"), endsOn: d("2009-02-07") };
    expect(termCovers(term, d("2008-02-08"))).toBe(false);
    expect(termCovers(term, d("2008-02-09"))).toBe(true);
    expect(termCovers(term, d("2009-02-07"))).toBe(true);
    expect(termCovers(term, d("2009-02-08"))).toBe(false);
    expect(termCovers({ startsOn: d("2008-02-09"), endsOn: null }, d("2030-01-01"))).toBe(true);
  });
});

describe("rights", () => {
  it.each([
    ["president", actor("VOTING", ["PRESIDENT"]), { manageRoles: true, invite: true, grantOffices: true, editSettings: true }],
    ["secretary", actor("VOTING", ["SECRETARY"]), { manageRoles: false, invite: true, grantOffices: false, editSettings: false }],
    ["treasurer", actor("VOTING", ["TREASURER"]), { manageRoles: false, invite: false, grantOffices: false, editSettings: false }],
    ["voting member", actor("VOTING"), { manageRoles: false, invite: false, grantOffices: false, editSettings: false }],
    ["advisory member", actor("ADVISORY"), { manageRoles: false, invite: false, grantOffices: false, editSettings: false }],
    ["adherent", actor("MEMBER"), { manageRoles: false, invite: false, grantOffices: false, editSettings: false }],
    ["instance operator, not a member", outsider, { manageRoles: false, invite: false, grantOffices: false, editSettings: false }],
  ])("%s", (_label, who, expected) => {
    expect({ manageRoles: can.manageRoles(who), invite: can.invite(who), grantOffices: can.grantOffices(who), editSettings: can.editSettings(who) }).toEqual(expected);
    expect(can.readMembers(who)).toBe(who.role !== null);
  });
});

describe("role changes", () => {
  it("keeps at least one president", () => {
    const president = { kind: "VOTING" as const, offices: ["PRESIDENT" as const] };
    expect(roleChangeProblem(president, { kind: "VOTING", offices: [] }, 0)).toBe("LAST_PRESIDENT");
    expect(roleChangeProblem(president, { kind: "VOTING", offices: [] }, 1)).toBeNull();
    expect(roleChangeProblem(president, { kind: "VOTING", offices: ["PRESIDENT", "TREASURER"] }, 0)).toBeNull();
  });

  it("gives offices to board members only", () => {
    expect(roleChangeProblem(null, { kind: "MEMBER", offices: ["TREASURER"] }, 1)).toBe("OFFICE_NEEDS_BOARD");
    expect(roleChangeProblem(null, { kind: "ADVISORY", offices: ["SECRETARY"] }, 1)).toBeNull();
  });

  it("orders offices and drops repeats", () => {
    expect(normalizeOffices(["TREASURER", "PRESIDENT", "TREASURER"])).toEqual(["PRESIDENT", "TREASURER"]);
  });
});
