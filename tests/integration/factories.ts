// Builds the records a test needs, straight in the database. Each test makes its own.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/password";

type Kind = "VOTING" | "ADVISORY" | "MEMBER";
type Office = "PRESIDENT" | "SECRETARY" | "TREASURER";

let passwordHash: Promise<string> | undefined;
export const TEST_PASSWORD = "correct-horse-battery";

export async function makeUser(overrides: { name?: string; email?: string; isOperator?: boolean; locale?: "fr" | "en" } = {}) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const tag = randomUUID().slice(0, 8);
  return db().user.create({
    data: {
      name: overrides.name ?? `Person ${tag}`,
      email: overrides.email ?? `person-${tag}@example.org`,
      passwordHash: await passwordHash,
      isOperator: overrides.isOperator ?? false,
      locale: overrides.locale,
    },
  });
}

export async function makeAssociation(overrides: { slug?: string; name?: string; timezone?: string; approvalWindowDays?: number } = {}) {
  const tag = randomUUID().slice(0, 8);
  return db().association.create({
    data: {
      slug: overrides.slug ?? `asso-${tag}`,
      name: overrides.name ?? `Association ${tag}`,
      timezone: overrides.timezone ?? "Europe/Paris",
      approvalWindowDays: overrides.approvalWindowDays ?? 15,
    },
  });
}

export async function addMember(
  associationId: string,
  role: { kind?: Kind; offices?: Office[]; startsOn?: string; endsOn?: string; name?: string } = {},
) {
  const user = await makeUser({ name: role.name });
  const membership = await db().membership.create({
    data: {
      associationId,
      userId: user.id,
      kind: role.kind ?? "VOTING",
      offices: role.offices ?? [],
      startsOn: new Date(`${role.startsOn ?? "2000-01-01"}T00:00:00Z`),
      endsOn: role.endsOn ? new Date(`${role.endsOn}T00:00:00Z`) : null,
    },
  });
  return { user, membership };
}

/** An association with a president, a secretary, a treasurer, two voting members, an advisory member and an adherent. */
export async function makeBoard(overrides: Parameters<typeof makeAssociation>[0] = {}) {
  const association = await makeAssociation(overrides);
  const president = await addMember(association.id, { offices: ["PRESIDENT"], name: "Présidente" });
  const secretary = await addMember(association.id, { offices: ["SECRETARY"], name: "Secrétaire" });
  const treasurer = await addMember(association.id, { offices: ["TREASURER"], name: "Trésorier" });
  const voter = await addMember(association.id, { name: "Votant" });
  const voter2 = await addMember(association.id, { name: "Votante" });
  const advisory = await addMember(association.id, { kind: "ADVISORY", name: "Consultative" });
  const adherent = await addMember(association.id, { kind: "MEMBER", name: "Adhérent" });
  return { association, president, secretary, treasurer, voter, voter2, advisory, adherent };
}

export const ctxOf = (user: { id: string }, now = new Date()) => ({ userId: user.id, now });
