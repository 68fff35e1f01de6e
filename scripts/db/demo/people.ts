import { hash } from "@node-rs/argon2";
import type { Prisma } from "../../../src/generated/prisma/client.ts";

export type DemoDb = Prisma.TransactionClient;
import { CAPUCINE, DEMO_PASSWORD, OPERATOR, PONANT, type DemoPerson, type DemoTerm } from "./accounts.ts";

export type DemoIds = { users: Map<string, string>; associations: Map<string, string> };

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Users, the two associations and their board terms. */
export async function seedPeople(db: DemoDb): Promise<DemoIds> {
  const passwordHash = await hash(DEMO_PASSWORD, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  const users = new Map<string, string>();
  const people: DemoPerson[] = [OPERATOR, ...PONANT.people, ...CAPUCINE.people];
  for (const person of people) {
    const user = await db.user.create({
      data: { email: person.email, name: person.name, passwordHash, locale: person.locale, isOperator: person.key === "operator" },
    });
    users.set(person.key, user.id);
  }
  const associations = new Map<string, string>();
  for (const spec of [PONANT, CAPUCINE]) {
    const association = await db.association.create({
      data: {
        slug: spec.slug,
        name: spec.name,
        address: spec.address,
        timezone: spec.timezone,
        locale: spec.locale,
        approvalWindowDays: 15,
        quorumKind: "FRACTION",
        quorumNumerator: 1,
        quorumDenominator: 2,
        publicMinutes: true,
      },
    });
    associations.set(spec.slug, association.id);
    for (const term of spec.terms as DemoTerm[]) {
      await db.membership.create({
        data: {
          associationId: association.id,
          userId: users.get(term.person)!,
          kind: term.kind,
          offices: term.offices,
          startsOn: day(term.startsOn),
          endsOn: term.endsOn ? day(term.endsOn) : null,
        },
      });
    }
  }
  return { users, associations };
}
