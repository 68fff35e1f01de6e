// The October 2008 board meeting of the reference minutes (in our own words, with invented
// names), its planned next dates, and the collective's 2023 general assembly.
import type { DemoDb, DemoIds } from "./people.ts";

type Kind = "SECTION" | "INFORMATION" | "DISCUSSION" | "DECISION" | "QUESTION" | "FOLLOW_UP";
type Origin = "DIRECT" | "MEMBER_QUESTION" | "WORKING_GROUP" | "ACTIONS_FOLLOW_UP" | "BACKLOG";
type Item = {
  key?: string;
  kind: Kind;
  title: string;
  description?: string;
  minutes?: number;
  presenter?: string;
  visibility?: "PUBLIC" | "MEMBERS" | "BOARD";
  origin?: Origin;
  askedBy?: string;
  askedByName?: string;
  askedOn?: string;
  children?: Item[];
};

const paris = (iso: string) => new Date(`${iso}+02:00`);
const parisWinter = (iso: string) => new Date(`${iso}+01:00`);

const OCTOBER_2008_AGENDA: Item[] = [
  {
    key: "organisation",
    kind: "DISCUSSION",
    title: "Organisation des prochains conseils",
    description: "Qui prépare les ordres du jour et publie les comptes rendus ; délai laissé au conseil pour réagir à un compte rendu.",
    minutes: 10,
    presenter: "yann",
    visibility: "PUBLIC",
  },
  {
    kind: "SECTION",
    title: "Points soumis à décision",
    visibility: "MEMBERS",
    children: [
      {
        key: "disks",
        kind: "DECISION",
        title: "Achat de disques pour le serveur de sauvegarde",
        description: "Trois disques sont nécessaires (73 Go ou 146 Go) : 681,72 € HT pour le lot le moins cher.",
        minutes: 15,
        presenter: "loic",
        visibility: "MEMBERS",
      },
    ],
  },
  {
    key: "hosting",
    kind: "SECTION",
    title: "L’hébergement et les questions posées au conseil",
    visibility: "MEMBERS",
    children: [
      { kind: "INFORMATION", title: "Rappel : l’hébergement reste la priorité de l’association", minutes: 5, presenter: "yann" },
      {
        key: "questions",
        kind: "SECTION",
        title: "Questions reçues",
        children: [
          {
            kind: "QUESTION",
            title: "Quelles actions contre les lenteurs signalées par les adhérents ?",
            origin: "MEMBER_QUESTION",
            askedByName: "Françoise Berthou (adhérente)",
            askedOn: "2008-09-25",
            minutes: 10,
          },
          {
            kind: "QUESTION",
            title: "Quel était le plan de secours, et lequel pour la suite ?",
            origin: "MEMBER_QUESTION",
            askedByName: "Olivier Arzel (adhérent)",
            askedOn: "2008-10-06",
            minutes: 10,
          },
          {
            kind: "QUESTION",
            title: "Faut-il louer un hébergement pour se concentrer sur les services ?",
            origin: "MEMBER_QUESTION",
            askedBy: "paul",
            askedOn: "2008-10-07",
            minutes: 10,
          },
        ],
      },
    ],
  },
  {
    key: "incidents",
    kind: "INFORMATION",
    title: "Point technique sur les pannes récentes",
    description: "Deux disques sur trois perdus sur le serveur principal ; restauration depuis la sauvegarde du jour de la panne, qui a aussi ramené des courriels et fichiers effacés.",
    minutes: 15,
    presenter: "loic",
    visibility: "BOARD",
  },
  { kind: "DISCUSSION", title: "Situation actuelle et conclusions", minutes: 15, presenter: "yann" },
  { key: "outsourcing", kind: "DISCUSSION", title: "Étudier l’infogérance d’un serveur dédié", minutes: 15, presenter: "soizic" },
  { key: "volunteers", kind: "DISCUSSION", title: "Accueillir et former de nouveaux bénévoles techniques", minutes: 10, presenter: "erwan" },
  {
    key: "groups",
    kind: "SECTION",
    title: "Suivi des groupes de travail",
    origin: "WORKING_GROUP",
    children: [
      { kind: "FOLLOW_UP", title: "Appels à projets", presenter: "anais", origin: "WORKING_GROUP", minutes: 3 },
      { kind: "FOLLOW_UP", title: "Cotisations", presenter: "gwen", origin: "WORKING_GROUP", minutes: 3 },
      { kind: "FOLLOW_UP", title: "Projets collaboratifs", presenter: "yann", origin: "WORKING_GROUP", minutes: 3 },
      { kind: "FOLLOW_UP", title: "Subventions", presenter: "katell", origin: "WORKING_GROUP", minutes: 3 },
      { kind: "FOLLOW_UP", title: "Technique", presenter: "loic", origin: "WORKING_GROUP", minutes: 3 },
      { kind: "FOLLOW_UP", title: "Restructuration du wiki", presenter: "mathis", origin: "WORKING_GROUP", minutes: 3 },
      { kind: "FOLLOW_UP", title: "Nouvelle grille de cotisation", presenter: "erwan", origin: "WORKING_GROUP", minutes: 5 },
    ],
  },
  { key: "followups", kind: "SECTION", title: "Suivi des actions en cours", origin: "ACTIONS_FOLLOW_UP", minutes: 10 },
  { kind: "INFORMATION", title: "Préparation du prochain conseil : dates et animation", minutes: 5, presenter: "yann", visibility: "PUBLIC" },
];

const ASSEMBLY_2023_AGENDA: Item[] = [
  { kind: "INFORMATION", title: "Bilan de l’année écoulée", minutes: 30, visibility: "PUBLIC", presenter: "alix" },
  { key: "direction", kind: "DECISION", title: "Priorité des six prochains mois : stabiliser les services", minutes: 30, visibility: "PUBLIC" },
  { kind: "DISCUSSION", title: "L’impact écologique de nos services", minutes: 45, visibility: "PUBLIC" },
  { key: "campaign", kind: "DECISION", title: "Campagne commune pour quitter les messageries des géants", minutes: 30, visibility: "PUBLIC" },
  {
    key: "statutory",
    kind: "SECTION",
    title: "Partie statutaire",
    visibility: "PUBLIC",
    children: [
      { kind: "DECISION", title: "Rapport moral et financier", minutes: 20, presenter: "bastien" },
      { key: "budget", kind: "DECISION", title: "Budget prévisionnel", minutes: 20, presenter: "bastien" },
      { kind: "DECISION", title: "Renouvellement de la direction collégiale", minutes: 15 },
    ],
  },
];

export type DemoMeetings = { meetings: Map<string, string>; items: Map<string, string> };

async function insertAgenda(db: DemoDb, ids: DemoIds, associationId: string, meetingId: string, items: Item[], prefix: string, found: Map<string, string>, parentId: string | null = null) {
  for (const [position, item] of items.entries()) {
    const created = await db.agendaItem.create({
      data: {
        associationId,
        meetingId,
        parentId,
        position,
        kind: item.kind,
        title: item.title,
        description: item.description,
        durationMinutes: item.minutes,
        presenterId: item.presenter ? ids.users.get(item.presenter) : undefined,
        visibility: item.visibility ?? "MEMBERS",
        origin: item.origin ?? "DIRECT",
        askedById: item.askedBy ? ids.users.get(item.askedBy) : undefined,
        askedByName: item.askedByName,
        askedOn: item.askedOn ? new Date(`${item.askedOn}T00:00:00Z`) : undefined,
      },
    });
    if (item.key) found.set(`${prefix}:${item.key}`, created.id);
    if (item.children) await insertAgenda(db, ids, associationId, meetingId, item.children, prefix, found, created.id);
  }
}

/** The first Tuesday of the month after `now`, at 18:00 Paris time: a meeting still to come. */
function nextFirstTuesday(now: Date): Date {
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  while (month.getUTCDay() !== 2) month.setUTCDate(month.getUTCDate() + 1);
  const iso = month.toISOString().slice(0, 10);
  const summer = month.getUTCMonth() >= 3 && month.getUTCMonth() <= 9;
  return summer ? paris(`${iso}T18:00:00`) : parisWinter(`${iso}T18:00:00`);
}

export async function seedMeetings(db: DemoDb, ids: DemoIds, now = new Date()): Promise<DemoMeetings> {
  const meetings = new Map<string, string>();
  const items = new Map<string, string>();
  const ponant = ids.associations.get("ponant")!;
  const capucine = ids.associations.get("capucine")!;
  const user = (key: string) => ids.users.get(key)!;

  const october = await db.meeting.create({
    data: {
      associationId: ponant,
      kind: "BOARD",
      title: "Conseil d’administration d’octobre 2008",
      startsAt: paris("2008-10-07T18:15:00"),
      endsAt: paris("2008-10-07T20:30:00"),
      place: "Local de l’association, 12 rue des Douves, Brest",
      remoteAccess: "Conférence téléphonique : 02 98 00 00 00, code 2008",
      facilitatorId: user("yann"),
      status: "HELD",
      convenedAt: paris("2008-09-30T09:00:00"),
    },
  });
  meetings.set("ponant-2008-10", october.id);
  await insertAgenda(db, ids, ponant, october.id, OCTOBER_2008_AGENDA, "ponant-2008-10", items);

  const attendance: { who: string; status: "PRESENT" | "REMOTE" | "EXCUSED" | "ABSENT"; left?: string; note?: string }[] = [
    { who: "yann", status: "PRESENT" },
    { who: "loic", status: "PRESENT" },
    { who: "soizic", status: "PRESENT" },
    { who: "erwan", status: "PRESENT" },
    { who: "tanguy", status: "PRESENT" },
    { who: "mathis", status: "PRESENT" },
    { who: "anais", status: "PRESENT", left: "19:30", note: "Partie à 19 h 30" },
    { who: "nolwenn", status: "REMOTE", left: "19:00", note: "Au téléphone, partie à 19 h" },
    { who: "paul", status: "REMOTE", left: "19:00", note: "Au téléphone ; partie à 19 h malgré elle, la conférence téléphonique a pris fin" },
    { who: "maelle", status: "EXCUSED" },
    { who: "gwen", status: "EXCUSED" },
    { who: "katell", status: "ABSENT" },
  ];
  for (const row of attendance) {
    await db.attendance.create({
      data: {
        associationId: ponant,
        meetingId: october.id,
        userId: user(row.who),
        status: row.status,
        arrivedAt: row.status === "PRESENT" || row.status === "REMOTE" ? paris("2008-10-07T18:15:00") : null,
        leftAt: row.left ? paris(`2008-10-07T${row.left}:00`) : null,
        note: row.note,
      },
    });
  }

  // The next dates planned at the October meeting: 4 Nov, 2 Dec, 13 Jan, around 18:00.
  for (const [key, date, title] of [
    ["ponant-2008-11", "2008-11-04", "Conseil d’administration de novembre 2008"],
    ["ponant-2008-12", "2008-12-02", "Conseil d’administration de décembre 2008"],
    ["ponant-2009-01", "2009-01-13", "Conseil d’administration de janvier 2009"],
  ] as const) {
    const meeting = await db.meeting.create({
      data: {
        associationId: ponant,
        kind: "BOARD",
        title,
        startsAt: parisWinter(`${date}T18:00:00`),
        endsAt: parisWinter(`${date}T20:00:00`),
        place: "Local de l’association, 12 rue des Douves, Brest",
        facilitatorId: user("yann"),
        status: key === "ponant-2008-11" ? "HELD" : "PLANNED",
      },
    });
    meetings.set(key, meeting.id);
  }

  // What the October board asked to put on the next agenda.
  for (const [title, by] of [
    ["Journée de formation aux logiciels libres demandée par les bibliothèques : définir les besoins", "anais"],
    ["Comment rendre le budget prévisionnel visible de tout le conseil ?", "mathis"],
    ["Convention de trois ans avec la mairie", "yann"],
  ] as const) {
    await db.backlogItem.create({ data: { associationId: ponant, title, addedById: user(by), raisedAtMeetingId: october.id, createdAt: paris("2008-10-07T20:15:00") } });
  }

  const upcoming = nextFirstTuesday(now);
  const next = await db.meeting.create({
    data: {
      associationId: ponant,
      kind: "BOARD",
      title: "Prochain conseil d’administration",
      startsAt: upcoming,
      endsAt: new Date(upcoming.getTime() + 2 * 3_600_000),
      place: "Local de l’association, 12 rue des Douves, Brest",
      remoteAccess: "Visioconférence : https://visio.example/ponant",
      facilitatorId: user("yann"),
    },
  });
  meetings.set("ponant-next", next.id);

  const assembly = await db.meeting.create({
    data: {
      associationId: capucine,
      kind: "GENERAL_ASSEMBLY",
      title: "Assemblée générale 2023",
      startsAt: paris("2023-06-17T14:00:00"),
      endsAt: paris("2023-06-17T18:30:00"),
      place: "Maison des associations, Rennes",
      facilitatorId: user("chloe"),
      status: "HELD",
    },
  });
  meetings.set("capucine-ag-2023", assembly.id);
  await insertAgenda(db, ids, capucine, assembly.id, ASSEMBLY_2023_AGENDA, "capucine-ag-2023", items);
  for (const who of ["alix", "bastien", "chloe", "djamel", "elsa", "felix", "yann"]) {
    await db.attendance.create({ data: { associationId: capucine, meetingId: assembly.id, userId: user(who), status: who === "yann" ? "EXCUSED" : "PRESENT" } });
  }
  return { meetings, items };
}
