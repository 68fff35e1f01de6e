// Associations, people and their terms: about 12 board members (president, secretary,
// treasurer, voting members, one advisory member) and some adherents; the board is renewed at
// each yearly general assembly (members leave, adherents join the board, offices change hands).
import type { Batch } from "./copy.ts";
import { addDays, dateOf, type AssociationPlan, type Day, type GeneratorModule, type MemberKind, type Office, type Person, type RunSettings } from "./context.ts";
import { FIRST_NAMES, LAST_NAMES, slugify } from "./names.ts";
import { Random } from "./random.ts";

const BOARD_VOTERS = 8; // besides the three officers
const at = (day: Day, hour: number) => new Date(dateOf(day).getTime() + hour * 3_600_000);

/** A person who also belongs to the next association (the switcher then shows both). */
export function sharedPerson(settings: RunSettings, index: number): Omit<Person, "terms"> {
  const random = new Random(settings.seed, "shared-person", index);
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(LAST_NAMES);
  return { id: random.uuid(new Date(settings.asOf.getTime() - settings.years * 365 * 86_400_000)), name: `${first} ${last}`, email: `${slugify(first)}.${slugify(last)}.shared${index + 1}@bench.quorum.example` };
}
export const hasSharedPerson = (index: number, settings: RunSettings) => index % 10 === 0 && index + 1 < settings.associations;

export const peopleModule: GeneratorModule = {
  name: "people",
  tables: ["Association", "User", "Membership", "Invitation"],
  generate(plan, out, random, settings) {
    out.add("Association", {
      id: plan.id,
      slug: plan.slug,
      name: plan.name,
      address: `${random.int(1, 120)} rue ${random.pick(LAST_NAMES)}`,
      timezone: plan.timezone,
      locale: plan.locale,
      currency: "EUR",
      approvalWindowDays: random.weighted([[15, 8], [8, 1], [10, 1], [21, 1]]),
      quorumKind: "FRACTION",
      quorumNumerator: 1,
      quorumDenominator: 2,
      publicMinutes: random.chance(0.3),
      createdAt: at(plan.foundedOn, 9),
    });

    let counter = 0;
    const newPerson = (since: Day): Person => {
      counter += 1;
      const first = random.pick(FIRST_NAMES);
      const last = random.pick(LAST_NAMES);
      const person: Person = { id: random.uuid(at(since, 8)), name: `${first} ${last}`, email: `${slugify(first)}.${slugify(last)}.${plan.index + 1}-${counter}@bench.quorum.example`, terms: [] };
      plan.people.push(person);
      return person;
    };
    const start = (person: Person, kind: MemberKind, offices: Office[], day: Day) => {
      person.terms.push({ id: random.uuid(at(day, 10)), kind, offices, startsOn: day, endsOn: null });
      plan.audit.push({ at: at(day, 10), actorUserId: null, entity: "Membership", entityId: person.id, action: "membership.start", after: { kind, offices } });
    };
    const end = (person: Person, day: Day) => {
      const term = person.terms.find((t) => t.endsOn === null);
      if (term) term.endsOn = day;
      plan.audit.push({ at: at(day, 22), actorUserId: null, entity: "Membership", entityId: person.id, action: "membership.end", before: { kind: term?.kind } });
    };

    // The founding board and adherents.
    const founded = plan.foundedOn;
    const seats: { person: Person; kind: MemberKind; offices: Office[] }[] = [
      { person: newPerson(founded), kind: "VOTING", offices: ["PRESIDENT"] },
      { person: newPerson(founded), kind: "VOTING", offices: ["SECRETARY"] },
      { person: newPerson(founded), kind: "VOTING", offices: ["TREASURER"] },
      ...Array.from({ length: BOARD_VOTERS }, () => ({ person: newPerson(founded), kind: "VOTING" as MemberKind, offices: [] as Office[] })),
      { person: newPerson(founded), kind: "ADVISORY", offices: [] },
    ];
    if (hasSharedPerson(plan.index, settings)) {
      const shared = { ...sharedPerson(settings, plan.index), terms: [] };
      plan.people.push(shared);
      plan.people.splice(plan.people.indexOf(seats[3].person), 1);
      seats[3].person = shared;
    }
    for (const seat of seats) start(seat.person, seat.kind, seat.offices, founded);
    let adherents: Person[] = Array.from({ length: random.int(6, 12) }, () => newPerson(founded));
    for (const person of adherents) start(person, "MEMBER", [], founded);
    if (plan.index > 0 && hasSharedPerson(plan.index - 1, settings)) {
      const shared = { ...sharedPerson(settings, plan.index - 1), terms: [] };
      plan.people.push(shared);
      start(shared, "MEMBER", [], founded);
      adherents.push(shared);
    }

    // Each general assembly renews part of the board; the new terms start the next day.
    for (const assembly of plan.assemblyDays.slice(1)) {
      const next = addDays(assembly, 1);
      const change = (seat: (typeof seats)[number], kind: MemberKind, offices: Office[]) => {
        end(seat.person, assembly);
        seat.kind = kind;
        seat.offices = offices;
        start(seat.person, kind, offices, next);
      };
      const voterSeats = () => seats.filter((s) => s.kind === "VOTING" && s.offices.length === 0);
      for (const seat of random.shuffle(voterSeats()).slice(0, random.int(1, 3))) {
        end(seat.person, assembly);
        if (random.chance(0.5)) {
          start(seat.person, "MEMBER", [], next);
          adherents.push(seat.person);
        }
        const promoted = adherents.length > 4 && random.chance(0.5) ? adherents.splice(random.int(0, adherents.length - 1), 1)[0] : null;
        if (promoted) end(promoted, assembly);
        seat.person = promoted ?? newPerson(next);
        start(seat.person, "VOTING", [], next);
      }
      // Offices change hands now and then: the officer goes back to a plain voting seat.
      for (const office of ["PRESIDENT", "SECRETARY", "TREASURER"] as const) {
        if (!random.chance(office === "PRESIDENT" ? 0.3 : 0.2)) continue;
        const holder = seats.find((s) => s.offices.includes(office))!;
        const successor = random.pick(voterSeats());
        change(holder, "VOTING", []);
        change(successor, "VOTING", [office]);
      }
      if (random.chance(0.2)) {
        const advisory = seats.find((s) => s.kind === "ADVISORY")!;
        end(advisory.person, assembly);
        advisory.person = newPerson(next);
        start(advisory.person, "ADVISORY", [], next);
      }
      const leaving = random.shuffle(adherents).slice(0, random.int(1, 3));
      for (const person of leaving) end(person, assembly);
      adherents = adherents.filter((p) => !leaving.includes(p));
      for (let i = random.int(1, 3); i > 0; i--) {
        const person = newPerson(next);
        start(person, "MEMBER", [], next);
        adherents.push(person);
      }
    }

    for (const person of plan.people) {
      const shared = person.email.includes(".shared");
      // A shared person's user row belongs to the association that created it.
      if (!shared || (hasSharedPerson(plan.index, settings) && person.id === sharedPerson(settings, plan.index).id)) {
        out.add("User", {
          id: person.id,
          email: person.email,
          name: person.name,
          passwordHash: settings.passwordHash,
          locale: random.weighted([[null, 90], ["fr", 5], ["en", 5]]),
          isOperator: false,
          sessionVersion: 1,
          createdAt: at(person.terms[0].startsOn, 8),
        });
      }
      for (const term of person.terms) {
        out.add("Membership", {
          id: term.id,
          associationId: plan.id,
          userId: person.id,
          kind: term.kind,
          offices: term.offices,
          startsOn: term.startsOn,
          endsOn: term.endsOn,
          createdAt: at(term.startsOn, 10),
        });
      }
    }
    invitations(plan, out, random, settings);
  },
};

/** A few invitations waiting to be accepted. */
function invitations(plan: AssociationPlan, out: Batch, random: Random, settings: RunSettings) {
  const secretary = plan.people.find((p) => p.terms.some((t) => t.offices.includes("SECRETARY") && t.endsOn === null));
  for (let i = random.int(0, 2); i > 0; i--) {
    const sent = new Date(settings.asOf.getTime() - random.int(1, 5) * 86_400_000);
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    out.add("Invitation", {
      id: random.uuid(sent),
      associationId: plan.id,
      email: `${slugify(first)}.${slugify(last)}.invited-${plan.index + 1}-${i}@bench.quorum.example`,
      name: `${first} ${last}`,
      kind: "MEMBER",
      offices: [],
      tokenHash: random.hex(64),
      expiresAt: new Date(sent.getTime() + 14 * 86_400_000),
      acceptedAt: null,
      invitedById: secretary?.id ?? null,
      createdAt: sent,
    });
  }
}
