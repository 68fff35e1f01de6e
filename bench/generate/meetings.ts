// Ten years of monthly board meetings (and a yearly general assembly) per association, each with
// a nested agenda of about 30 items on three levels, attendance with late arrivals and early
// departures, guests, members' proposals and the "next agenda" backlog.
import { offsetAt } from "../../src/lib/zoned-time.ts";
import type { Batch } from "./copy.ts";
import {
  addMonths,
  boardOn,
  dateOf,
  membersOn,
  nthWeekday,
  officeHolder,
  type AgendaEntry,
  type AssociationPlan,
  type AttendanceEntry,
  type Day,
  type GeneratorModule,
  type MeetingEntry,
  type Person,
} from "./context.ts";
import {
  DECISION_TITLES,
  DEPARTURE_NOTES,
  DESCRIPTIONS,
  DISCUSSION_TITLES,
  FIRST_NAMES,
  FOLLOW_UP_TITLES,
  GROUP_NAMES,
  INFORMATION_TITLES,
  LAST_NAMES,
  PLACES,
  QUESTION_TITLES,
  SECTION_TITLES,
} from "./names.ts";
import type { Random } from "./random.ts";

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Evening meetings never fall in a daylight-saving change: the offset of the day is enough. */
function localInstant(day: Day, hour: number, minute: number, timeZone: string): Date {
  const naive = dateOf(day).getTime() + (hour * 60 + minute) * MINUTE;
  return new Date(naive - offsetAt(new Date(naive), timeZone));
}

const monthName = new Map<string, Intl.DateTimeFormat>();
function monthYear(day: Day, locale: "fr" | "en"): string {
  let format = monthName.get(locale);
  if (!format) monthName.set(locale, (format = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" })));
  return format.format(dateOf(day));
}

type Schedule = { kind: MeetingEntry["kind"]; day: Day };

function schedule(plan: AssociationPlan, random: Random, settings: { today: Day }): Schedule[] {
  const weekday = random.pick([2, 3, 4]);
  const nth = random.pick([1, 2]);
  const until = addMonths(settings.today, 3);
  const meetings: Schedule[] = plan.assemblyDays.slice(1).map((day) => ({ kind: "GENERAL_ASSEMBLY", day }));
  for (let month = addMonths(plan.foundedOn, 1); month < until; month = addMonths(month, 1)) {
    if (month.slice(5, 7) === "08") continue; // no board meeting in August
    meetings.push({ kind: "BOARD", day: nthWeekday(month, weekday, nth) });
  }
  return meetings.sort((a, b) => a.day.localeCompare(b.day));
}

type Pending = { id: string; title: string; addedById: string; raisedAtMeetingId: string; createdAt: Date };

export const meetingsModule: GeneratorModule = {
  name: "meetings",
  tables: ["Meeting", "AgendaItem", "Attendance", "Guest", "AgendaProposal", "BacklogItem"],
  generate(plan, out, random, settings) {
    const hour = random.pick([18, 18, 19, 20]);
    const minute = random.pick([0, 30]);
    const place = random.pick(PLACES);
    const remote = random.chance(0.4) ? `https://visio.example.org/${plan.slug}` : null;
    let backlog: Pending[] = [];
    let previous: MeetingEntry | null = null;
    const planned = schedule(plan, random, settings);

    planned.forEach(({ kind, day }, index) => {
      const startsAt = localInstant(day, kind === "BOARD" ? hour : 14, kind === "BOARD" ? minute : 0, plan.timezone);
      const endsAt = new Date(startsAt.getTime() + (kind === "BOARD" ? random.int(4, 6) * 30 : 180) * MINUTE);
      const held = startsAt.getTime() < settings.asOf.getTime();
      const status = held ? (random.chance(0.02) ? "CANCELLED" : "HELD") : "PLANNED";
      const board = boardOn(plan, day);
      const secretary = officeHolder(plan, "SECRETARY", day) ?? board[0]?.person;
      const president = officeHolder(plan, "PRESIDENT", day) ?? board[0]?.person;
      const createdAt = new Date(Math.max(startsAt.getTime() - 28 * DAY, dateOf(plan.foundedOn).getTime() + 10 * 3_600_000));
      const meeting: MeetingEntry = {
        id: random.uuid(createdAt),
        kind,
        title:
          kind === "BOARD"
            ? plan.locale === "fr"
              ? `Conseil d'administration de ${monthYear(day, "fr")}`
              : `Board meeting, ${monthYear(day, "en")}`
            : plan.locale === "fr"
              ? `Assemblée générale ${day.slice(0, 4)}`
              : `General assembly ${day.slice(0, 4)}`,
        day,
        startsAt,
        endsAt,
        status,
        facilitatorId: (random.chance(0.8) ? secretary : president)?.id ?? null,
        agenda: [],
        attendance: [],
      };
      const isNext = !held && (index === 0 || planned[index - 1].day < settings.today);
      const convenedAt = held || (isNext && startsAt.getTime() - settings.asOf.getTime() < 14 * DAY) ? new Date(startsAt.getTime() - 14 * DAY) : null;
      const edits = random.int(1, 40);
      out.add("Meeting", {
        id: meeting.id,
        associationId: plan.id,
        kind,
        title: meeting.title,
        startsAt,
        endsAt,
        place: kind === "BOARD" ? place : "Salle des fêtes",
        remoteAccess: kind === "BOARD" ? remote : null,
        facilitatorId: meeting.facilitatorId,
        status,
        convenedAt,
        version: edits,
        createdAt,
        updatedAt: held ? new Date(endsAt.getTime() + 2 * DAY) : createdAt,
      });
      plan.audit.push({ at: createdAt, actorUserId: secretary?.id ?? null, entity: "Meeting", entityId: meeting.id, action: "meeting.create", after: { title: meeting.title } });
      for (let i = random.int(1, 3); i > 0; i--) {
        plan.audit.push({ at: new Date(createdAt.getTime() + i * 3 * DAY), actorUserId: secretary?.id ?? null, entity: "Meeting", entityId: meeting.id, action: "agenda.update", after: { version: i } });
      }
      if (convenedAt) plan.audit.push({ at: convenedAt, actorUserId: secretary?.id ?? null, entity: "Meeting", entityId: meeting.id, action: "meeting.convene" });

      const proposals = proposalsFor(plan, out, random, meeting, board, held);
      const agenda = new AgendaBuilder(plan, out, random, meeting, createdAt, board.map((b) => b.person));
      if (kind === "BOARD") {
        boardAgenda(agenda, random, meeting, previous, backlog, proposals, membersOn(plan, day).map((m) => m.person));
        for (const item of backlog) {
          out.add("BacklogItem", {
            ...backlogRow(plan, item),
            pulledIntoMeetingId: meeting.id,
            agendaItemId: agenda.backlogItems.get(item.id) ?? null,
            pulledAt: createdAt,
          });
        }
        backlog = [];
      } else {
        assemblyAgenda(agenda, random);
      }
      for (const proposal of proposals) {
        out.add("AgendaProposal", { ...proposal.row, agendaItemId: proposal.row.status === "ACCEPTED" ? (agenda.proposalItems.get(proposal.row.id) ?? null) : null });
      }
      meeting.agenda = agenda.entries;

      if (status === "HELD") {
        meeting.attendance = attendance(plan, out, random, meeting, board, kind === "GENERAL_ASSEMBLY" ? membersOn(plan, day).map((m) => m.person) : []);
        guests(plan, out, random, meeting);
        plan.audit.push({ at: new Date(endsAt.getTime() + DAY), actorUserId: secretary?.id ?? null, entity: "Meeting", entityId: meeting.id, action: "attendance.record", after: { present: meeting.attendance.filter((a) => a.status === "PRESENT").length } });
        if (kind === "BOARD") {
          for (let i = random.weighted([[0, 4], [1, 4], [2, 2]]); i > 0; i--) {
            const by = random.pick(board).person;
            const at = new Date(endsAt.getTime() + random.int(1, 20) * DAY);
            backlog.push({ id: random.uuid(at), title: random.pick(DISCUSSION_TITLES), addedById: by.id, raisedAtMeetingId: meeting.id, createdAt: at });
          }
        }
      } else if (status === "PLANNED" && isNext) {
        for (const { person } of random.shuffle(board).slice(0, random.int(0, 2))) {
          meeting.attendance.push({ userId: person.id, status: "EXCUSED", leftAt: null });
          out.add("Attendance", { id: random.uuid(settings.asOf), associationId: plan.id, meetingId: meeting.id, userId: person.id, status: "EXCUSED", proxyUserId: null, arrivedAt: null, leftAt: null, note: null, updatedAt: settings.asOf });
        }
      }
      plan.meetings.push(meeting);
      if (kind === "BOARD") previous = meeting;
    });
    // Raised at the last meetings and not yet put on an agenda.
    for (const item of backlog) out.add("BacklogItem", { ...backlogRow(plan, item), pulledIntoMeetingId: null, agendaItemId: null, pulledAt: null });
  },
};

function backlogRow(plan: AssociationPlan, item: Pending) {
  return {
    id: item.id,
    associationId: plan.id,
    title: item.title,
    description: null,
    addedById: item.addedById,
    raisedAtMeetingId: item.raisedAtMeetingId,
  } as Record<string, string | null>;
}

type Proposal = { row: Record<string, string | Date | null> & { id: string; status: string; kind: string; title: string } };

function proposalsFor(plan: AssociationPlan, _out: Batch, random: Random, meeting: MeetingEntry, board: { person: Person }[], held: boolean): Proposal[] {
  const proposals: Proposal[] = [];
  const voters = board.filter((b) => b.person);
  if (!voters.length || meeting.kind !== "BOARD") return proposals;
  for (let i = random.weighted([[0, 5], [1, 4], [2, 2]]); i > 0; i--) {
    const kind = random.chance(0.6) ? "ITEM" : "QUESTION";
    const status = held ? random.weighted([["ACCEPTED", 7], ["DECLINED", 3]]) : random.weighted([["PENDING", 7], ["ACCEPTED", 3]]);
    const asked = new Date(meeting.startsAt.getTime() - random.int(8, 25) * DAY);
    const decider = voters[0].person;
    proposals.push({
      row: {
        id: random.uuid(asked),
        associationId: plan.id,
        meetingId: meeting.id,
        proposedById: random.pick(voters).person.id,
        kind,
        title: kind === "ITEM" ? random.pick(DISCUSSION_TITLES) : random.pick(QUESTION_TITLES),
        description: random.chance(0.5) ? random.pick(DESCRIPTIONS) : null,
        askedOn: asked.toISOString().slice(0, 10),
        status,
        responseNote: status === "DECLINED" ? "Déjà traité lors de la réunion précédente." : null,
        decidedById: status === "PENDING" ? null : decider.id,
        decidedAt: status === "PENDING" ? null : new Date(asked.getTime() + 2 * DAY),
        createdAt: asked,
      },
    });
  }
  return proposals;
}

class AgendaBuilder {
  entries: AgendaEntry[] = [];
  backlogItems = new Map<string, string>();
  proposalItems = new Map<string, string>();
  private tick = 0;
  private childCount = new Map<string | null, number>();

  constructor(
    private plan: AssociationPlan,
    private out: Batch,
    private random: Random,
    private meeting: MeetingEntry,
    private createdAt: Date,
    private board: Person[],
  ) {}

  add(
    parent: AgendaEntry | null,
    kind: AgendaEntry["kind"],
    title: string,
    extra: { origin?: string; askedById?: string | null; askedByName?: string | null; askedOn?: string | null; sourceItemId?: string | null; visibility?: string } = {},
  ): AgendaEntry {
    const random = this.random;
    const at = new Date(this.createdAt.getTime() + ++this.tick * 1000);
    const position = this.childCount.get(parent?.id ?? null) ?? 0;
    this.childCount.set(parent?.id ?? null, position + 1);
    const section = kind === "SECTION";
    const entry: AgendaEntry = { id: random.uuid(at), parentId: parent?.id ?? null, depth: parent ? parent.depth + 1 : 0, position, kind, title, origin: extra.origin ?? "DIRECT" };
    const presenter = !section && this.board.length && random.chance(0.5) ? random.pick(this.board) : null;
    this.out.add("AgendaItem", {
      id: entry.id,
      associationId: this.plan.id,
      meetingId: this.meeting.id,
      parentId: entry.parentId,
      position,
      kind,
      title,
      description: !section && random.chance(0.35) ? random.pick(DESCRIPTIONS) : null,
      presenterName: presenter ? null : !section && random.chance(0.05) ? `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)} (invité·e)` : null,
      presenterId: presenter?.id ?? null,
      durationMinutes: !section && random.chance(0.6) ? random.pick([5, 10, 10, 15, 20, 30]) : null,
      visibility: extra.visibility ?? (section ? "MEMBERS" : random.weighted([["PUBLIC", 30], ["MEMBERS", 55], ["BOARD", 15]])),
      origin: entry.origin,
      askedById: extra.askedById ?? null,
      askedByName: extra.askedByName ?? null,
      askedOn: extra.askedOn ?? null,
      sourceItemId: extra.sourceItemId ?? null,
      createdAt: at,
      updatedAt: at,
    });
    this.entries.push(entry);
    return entry;
  }
}

function boardAgenda(agenda: AgendaBuilder, random: Random, meeting: MeetingEntry, previous: MeetingEntry | null, backlog: Pending[], proposals: Proposal[], adherents: Person[]) {
  const opening = agenda.add(null, "SECTION", SECTION_TITLES.opening, { visibility: "PUBLIC" });
  agenda.add(opening, "DECISION", "Approbation du compte rendu de la réunion précédente", { visibility: "PUBLIC" });
  agenda.add(opening, "INFORMATION", "Adoption de l'ordre du jour", { visibility: "PUBLIC" });

  const followUp = agenda.add(null, "SECTION", SECTION_TITLES.followUp, { origin: "ACTIONS_FOLLOW_UP" });
  for (const title of random.shuffle(FOLLOW_UP_TITLES).slice(0, random.int(2, 4))) {
    const item = agenda.add(followUp, "FOLLOW_UP", title, { origin: "ACTIONS_FOLLOW_UP" });
    if (random.chance(0.3)) for (let i = random.int(1, 2); i > 0; i--) agenda.add(item, "INFORMATION", `Étape ${i} : ${random.pick(FOLLOW_UP_TITLES).toLowerCase()}`);
  }

  const decisions = agenda.add(null, "SECTION", SECTION_TITLES.decisions);
  for (const title of random.shuffle(DECISION_TITLES).slice(0, random.int(2, 4))) {
    const item = agenda.add(decisions, "DECISION", title);
    if (random.chance(0.4)) for (let i = 1; i <= random.int(1, 3); i++) agenda.add(item, "DISCUSSION", `Option ${String.fromCharCode(64 + i)}`);
  }
  const carried = previous ? random.shuffle(previous.agenda.filter((e) => e.depth === 1 && (e.kind === "DISCUSSION" || e.kind === "DECISION"))).slice(0, random.int(0, 2)) : [];
  for (const source of carried) agenda.add(decisions, source.kind, source.title, { origin: "CARRIED_OVER", sourceItemId: source.id });
  for (const proposal of proposals.filter((p) => p.row.status === "ACCEPTED" && p.row.kind === "ITEM")) {
    agenda.proposalItems.set(proposal.row.id, agenda.add(decisions, "DISCUSSION", proposal.row.title, { origin: "PROPOSAL" }).id);
  }

  const questions = agenda.add(null, "SECTION", SECTION_TITLES.questions);
  for (const title of random.shuffle(QUESTION_TITLES).slice(0, random.int(1, 3))) {
    const asker = adherents.length && random.chance(0.5) ? random.pick(adherents) : null;
    agenda.add(questions, "QUESTION", title, {
      origin: "MEMBER_QUESTION",
      askedById: asker?.id ?? null,
      askedByName: asker ? null : `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)} (adhérent·e)`,
      askedOn: new Date(meeting.startsAt.getTime() - random.int(5, 30) * DAY).toISOString().slice(0, 10),
    });
  }
  for (const proposal of proposals.filter((p) => p.row.status === "ACCEPTED" && p.row.kind === "QUESTION")) {
    agenda.proposalItems.set(proposal.row.id, agenda.add(questions, "QUESTION", proposal.row.title, { origin: "PROPOSAL", askedById: proposal.row.proposedById as string, askedOn: proposal.row.askedOn as string }).id);
  }

  const groups = agenda.add(null, "SECTION", SECTION_TITLES.groups, { origin: "WORKING_GROUP" });
  for (const name of random.shuffle(GROUP_NAMES).slice(0, random.int(2, 3))) {
    const group = agenda.add(groups, "FOLLOW_UP", `Groupe ${name}`, { origin: "WORKING_GROUP" });
    for (let i = random.int(1, 2); i > 0; i--) agenda.add(group, "INFORMATION", random.pick(INFORMATION_TITLES));
  }

  const information = agenda.add(null, "SECTION", SECTION_TITLES.information);
  for (const title of random.shuffle(INFORMATION_TITLES).slice(0, random.int(2, 4))) agenda.add(information, "INFORMATION", title);

  const other = agenda.add(null, "SECTION", SECTION_TITLES.other);
  for (const item of backlog) agenda.backlogItems.set(item.id, agenda.add(other, "DISCUSSION", item.title, { origin: "BACKLOG" }).id);
  for (const title of random.shuffle(DISCUSSION_TITLES).slice(0, random.int(0, 2))) agenda.add(other, "DISCUSSION", title);
}

function assemblyAgenda(agenda: AgendaBuilder, random: Random) {
  const reports = agenda.add(null, "SECTION", "Rapports de l'année", { visibility: "PUBLIC" });
  agenda.add(reports, "INFORMATION", "Rapport moral", { visibility: "PUBLIC" });
  const finance = agenda.add(reports, "INFORMATION", "Rapport financier", { visibility: "PUBLIC" });
  agenda.add(finance, "DECISION", "Approbation des comptes", { visibility: "PUBLIC" });
  agenda.add(finance, "DECISION", "Affectation du résultat", { visibility: "PUBLIC" });
  const votes = agenda.add(null, "SECTION", "Votes", { visibility: "PUBLIC" });
  agenda.add(votes, "DECISION", "Budget prévisionnel", { visibility: "PUBLIC" });
  agenda.add(votes, "DECISION", "Montant de la cotisation", { visibility: "PUBLIC" });
  const election = agenda.add(votes, "DECISION", "Élection du conseil d'administration", { visibility: "PUBLIC" });
  for (let i = random.int(2, 5); i > 0; i--) agenda.add(election, "INFORMATION", `Candidature de ${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`, { visibility: "PUBLIC" });
  const questions = agenda.add(null, "SECTION", "Questions des adhérents", { visibility: "PUBLIC" });
  for (const title of random.shuffle(QUESTION_TITLES).slice(0, random.int(2, 3))) agenda.add(questions, "QUESTION", title, { origin: "MEMBER_QUESTION", askedByName: "Question écrite", visibility: "PUBLIC" });
}

function attendance(plan: AssociationPlan, out: Batch, random: Random, meeting: MeetingEntry, board: { person: Person }[], adherents: Person[]): AttendanceEntry[] {
  const rows: AttendanceEntry[] = [];
  const present: string[] = [];
  const record = (person: Person, status: AttendanceEntry["status"], proxyUserId: string | null) => {
    const attends = status === "PRESENT" || status === "REMOTE";
    const late = attends && random.chance(0.15) ? random.int(5, 40) : 0;
    const leaves = attends && random.chance(0.08);
    const leftAt = leaves ? new Date(meeting.startsAt.getTime() + random.int(60, 110) * MINUTE) : null;
    rows.push({ userId: person.id, status, leftAt });
    out.add("Attendance", {
      id: random.uuid(meeting.endsAt),
      associationId: plan.id,
      meetingId: meeting.id,
      userId: person.id,
      status,
      proxyUserId,
      arrivedAt: attends ? new Date(meeting.startsAt.getTime() + late * MINUTE) : null,
      leftAt,
      note: leaves ? random.pick(DEPARTURE_NOTES) : late ? `Arrivé·e avec ${late} min de retard` : null,
      updatedAt: new Date(meeting.endsAt.getTime() + DAY),
    });
    if (status === "PRESENT") present.push(person.id);
  };
  for (const { person } of board) record(person, random.weighted([["PRESENT", 70], ["REMOTE", meeting.kind === "BOARD" ? 10 : 0], ["EXCUSED", 12], ["ABSENT", 8]] as const), null);
  for (const person of adherents) {
    const status = random.weighted([["PRESENT", 50], ["REPRESENTED", present.length ? 20 : 0], ["EXCUSED", 15], ["ABSENT", 15]] as const);
    record(person, status, status === "REPRESENTED" ? random.pick(present) : null);
  }
  return rows;
}

function guests(plan: AssociationPlan, out: Batch, random: Random, meeting: MeetingEntry) {
  if (!random.chance(0.15)) return;
  for (let i = random.int(1, 2); i > 0; i--) {
    out.add("Guest", {
      id: random.uuid(meeting.startsAt),
      associationId: plan.id,
      meetingId: meeting.id,
      name: `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`,
      note: random.pick(["Invité·e pour le point sur les travaux", "Représentant·e de la mairie", "Futur·e bénévole"]),
      arrivedAt: meeting.startsAt,
      leftAt: random.chance(0.5) ? new Date(meeting.startsAt.getTime() + 45 * MINUTE) : null,
      createdAt: new Date(meeting.startsAt.getTime() - 2 * DAY),
    });
  }
}
