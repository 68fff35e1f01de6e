// What the October 2008 board meeting produced (in our own words): its decision on the backup
// disks, its actions (two of them taken by nobody), the follow-up of earlier actions, the
// working groups with their notes; the November meeting's follow-up; and the decisions of the
// collective's 2023 general assembly.
import { checkVote, electorateOf, quorumRuleFor, type DecisionOutcome, type Votes } from "../../../src/features/decisions/rules.ts";
import { todayIn } from "../../../src/lib/zoned-time.ts";
import type { DemoBudget } from "./budget.ts";
import type { DemoMeetings } from "./meetings.ts";
import type { DemoDb, DemoIds } from "./people.ts";

const paris = (iso: string) => new Date(`${iso}+02:00`);
const parisWinter = (iso: string) => new Date(`${iso}+01:00`);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

type Status = "OPEN" | "IN_PROGRESS" | "DONE" | "CANCELLED";
type FollowUp = "DONE" | "IN_PROGRESS" | "NOT_DISCUSSED";

export async function seedActions(db: DemoDb, ids: DemoIds, found: DemoMeetings, budget?: DemoBudget): Promise<void> {
  const user = (key: string) => ids.users.get(key)!;
  const meeting = (key: string) => found.meetings.get(key)!;
  const item = (key: string) => found.items.get(key)!;
  const ponant = ids.associations.get("ponant")!;
  const capucine = ids.associations.get("capucine")!;

  async function action(input: {
    associationId?: string;
    title: string;
    detail?: string;
    assignee?: string;
    assigneeName?: string;
    dueOn?: string;
    meetingKey?: string;
    agendaItemId?: string;
    createdBy: string;
    createdAt: Date;
    status?: Status;
  }) {
    return db.action.create({
      data: {
        associationId: input.associationId ?? ponant,
        title: input.title,
        detail: input.detail,
        assigneeId: input.assignee ? user(input.assignee) : null,
        assigneeName: input.assigneeName ?? null,
        dueOn: input.dueOn ? day(input.dueOn) : null,
        status: input.status ?? "OPEN",
        meetingId: input.meetingKey ? meeting(input.meetingKey) : null,
        agendaItemId: input.agendaItemId ?? null,
        createdById: user(input.createdBy),
        createdAt: input.createdAt,
      },
    });
  }

  /** One FOLLOW_UP item per action under `sectionId`, linked, with the update recorded at the meeting. */
  async function followUps(meetingId: string, sectionId: string, at: Date, rows: { action: { id: string; title: string; status: Status; assigneeId: string | null; assigneeName: string | null; agendaItemId: string | null }; outcome?: FollowUp; note?: string }[]) {
    const last = await db.agendaItem.aggregate({ where: { meetingId, parentId: sectionId }, _max: { position: true } });
    let position = (last._max.position ?? -1) + 1;
    for (const row of rows) {
      const followUp = await db.agendaItem.create({
        data: {
          associationId: ponant,
          meetingId,
          parentId: sectionId,
          position: position++,
          kind: "FOLLOW_UP",
          title: row.action.title,
          presenterId: row.action.assigneeId,
          presenterName: row.action.assigneeName,
          origin: "ACTIONS_FOLLOW_UP",
          sourceItemId: row.action.agendaItemId,
          durationMinutes: 2,
        },
      });
      await db.actionFollowUp.create({ data: { agendaItemId: followUp.id, associationId: ponant, meetingId, actionId: row.action.id, createdAt: at } });
      if (!row.outcome) continue;
      const after: Status = row.outcome === "NOT_DISCUSSED" ? row.action.status : row.outcome;
      await db.actionUpdate.create({
        data: {
          associationId: ponant,
          actionId: row.action.id,
          kind: row.outcome,
          note: row.note,
          statusBefore: row.action.status,
          statusAfter: after,
          meetingId,
          followUpItemId: followUp.id,
          recordedById: user("yann"),
          recordedAt: at,
        },
      });
      await db.action.update({ where: { id: row.action.id }, data: { status: after } });
      row.action.status = after;
    }
  }

  async function decision(input: {
    associationId: string;
    meetingKey: string;
    itemKey: string;
    text: string;
    outcome: DecisionOutcome;
    votes: Votes | null;
    votedAt: Date;
    amountCents?: number;
    includesTax?: boolean;
    budgetLineKey?: string;
    recordedBy: string;
  }) {
    const held = await db.meeting.findUniqueOrThrow({ where: { id: meeting(input.meetingKey) }, include: { association: true, attendances: true } });
    const terms = await db.membership.findMany({ where: { associationId: input.associationId } });
    const checked = checkVote({
      meeting: { rule: quorumRuleFor(held.kind, held.association), electorate: electorateOf(held.kind, terms, todayIn(held.startsAt, held.association.timezone)), attendance: held.attendances },
      votedAt: input.votedAt,
      votes: input.votes,
      majority: "SIMPLE",
      outcome: input.outcome,
    });
    if (!checked.ok) throw new Error(`Demo decision "${input.text}": ${checked.problem}`);
    const created = await db.decision.create({
      data: {
        associationId: input.associationId,
        meetingId: held.id,
        agendaItemId: item(input.itemKey),
        text: input.text,
        outcome: input.outcome,
        majority: "SIMPLE",
        votesFor: input.votes?.for ?? null,
        votesAgainst: input.votes?.against ?? null,
        votesAbstain: input.votes?.abstain ?? null,
        votedAt: input.votedAt,
        ...checked.facts,
        amountCents: input.amountCents ?? null,
        amountIncludesTax: input.amountCents === undefined ? null : (input.includesTax ?? false),
        budgetLineId: input.budgetLineKey ? (budget?.lines.get(input.budgetLineKey) ?? null) : null,
        language: held.association.locale,
        recordedById: user(input.recordedBy),
        createdAt: input.votedAt,
      },
    });
    return created.id;
  }

  // ── Earlier actions, decided in September, followed up at the October meeting.
  const september = paris("2008-09-16T20:00:00");
  const earlier = {
    notice: await action({ title: "Envoyer à la mairie la notification des interlocuteurs désignés", assignee: "yann", createdBy: "yann", createdAt: september, detail: "Décidé au conseil de septembre." }),
    reminder: await action({ title: "Relancer le paiement de 1 300 € dû par le syndicat numérique", assignee: "gwen", createdBy: "yann", createdAt: september }),
    wiki: await action({ title: "Publier sur le wiki la page du projet de wiki collaboratif", assignee: "mathis", createdBy: "yann", createdAt: september }),
    servers: await action({
      title: "Préciser dans la convention qui administre les serveurs de la mairie",
      detail: "Un serveur dédié ? Administré par qui, côté mairie ?",
      assignee: "maelle",
      createdBy: "yann",
      createdAt: paris("2008-06-23T21:00:00"),
    }),
    festival: await action({ title: "Répondre à l’invitation du collectif Les Escargots pour le festival des 10–12 octobre", assignee: "maelle", createdBy: "yann", createdAt: september }),
    training: await action({ title: "Relayer le programme de formation des bénévoles associatifs de la mairie", assignee: "anais", createdBy: "yann", createdAt: september }),
  };
  const october = meeting("ponant-2008-10");
  const octoberFollowUps = item("ponant-2008-10:followups");
  await followUps(october, octoberFollowUps, paris("2008-10-07T20:05:00"), [
    { action: earlier.notice, outcome: "DONE" },
    { action: earlier.reminder, outcome: "DONE" },
    { action: earlier.wiki, outcome: "DONE" },
    { action: earlier.servers, outcome: "IN_PROGRESS", note: "Plutôt une convention de trois ans qui règle toutes nos relations avec la mairie : à faire au plus tôt." },
    { action: earlier.festival, outcome: "NOT_DISCUSSED" },
    { action: earlier.training, outcome: "NOT_DISCUSSED" },
  ]);
  const serversFollowUp = await db.actionFollowUp.findFirstOrThrow({ where: { actionId: earlier.servers.id, meetingId: october } });

  // ── The October meeting's decision and actions.
  await decision({
    associationId: ponant,
    meetingKey: "ponant-2008-10",
    itemKey: "ponant-2008-10:disks",
    text: "Acheter trois disques de 146 Go pour le serveur de sauvegarde, vite, mais seulement après un point sur l’état de la trésorerie, qui semble faible.",
    // Agreed, to be carried out once the treasury allows it: the amount is committed on the
    // hardware line while the purchase waits.
    outcome: "ADOPTED",
    votes: null,
    votedAt: paris("2008-10-07T18:40:00"),
    amountCents: 68_172,
    includesTax: false,
    budgetLineKey: "ponant-2008:hardware",
    recordedBy: "yann",
  });
  const at = (hhmm: string) => paris(`2008-10-07T${hhmm}:00`);
  const octoberActions = {
    disks: await action({
      title: "Commander les trois disques du serveur de sauvegarde",
      detail: "Référence chez le fournisseur habituel ; 681,72 € HT. En attente du point de trésorerie.",
      assignee: "loic",
      meetingKey: "ponant-2008-10",
      agendaItemId: item("ponant-2008-10:disks"),
      createdBy: "yann",
      createdAt: at("18:41"),
    }),
    treasury: await action({
      title: "Faire un point sur la trésorerie",
      meetingKey: "ponant-2008-10",
      agendaItemId: item("ponant-2008-10:disks"),
      dueOn: "2008-10-31",
      createdBy: "yann",
      createdAt: at("18:42"),
    }),
    townHall: await action({
      title: "Demander à la mairie une date approximative de versement des subventions",
      assignee: "yann",
      meetingKey: "ponant-2008-10",
      agendaItemId: item("ponant-2008-10:disks"),
      dueOn: "2008-10-31",
      createdBy: "yann",
      createdAt: at("18:43"),
    }),
    outsourcing: await action({
      title: "Étudier le coût d’une infogérance",
      detail: "Quels services migrer, pour quel coût ? Ordre de grandeur : 69 € par mois pour un serveur dédié suffisant. Et la question de fond : serait-ce sous-traiter notre rôle d’hébergeur ?",
      assignee: "soizic",
      meetingKey: "ponant-2008-10",
      agendaItemId: item("ponant-2008-10:outsourcing"),
      createdBy: "yann",
      createdAt: at("19:20"),
    }),
    helpers: await action({
      title: "Prendre contact avec les deux personnes qui proposent un coup de main technique",
      assignee: "yann",
      meetingKey: "ponant-2008-10",
      agendaItemId: item("ponant-2008-10:volunteers"),
      createdBy: "yann",
      createdAt: at("19:35"),
    }),
    lists: await action({
      title: "Lancer un appel aux bénévoles sur les listes de diffusion",
      meetingKey: "ponant-2008-10",
      agendaItemId: item("ponant-2008-10:volunteers"),
      createdBy: "yann",
      createdAt: at("19:36"),
    }),
    convention: await action({
      title: "Mettre la convention de trois ans avec la mairie à l’ordre du jour du prochain conseil",
      assignee: "yann",
      meetingKey: "ponant-2008-10",
      agendaItemId: serversFollowUp.agendaItemId,
      dueOn: "2008-11-04",
      createdBy: "yann",
      createdAt: at("20:06"),
    }),
  };

  // ── Working groups, their referents, and the notes from the October follow-up.
  const groups: [string, string | null, string[], string | null][] = [
    ["Appels à projets", "Repérer les appels à projets utiles à l’association et y répondre.", ["anais"], null],
    ["Cotisations", "Appels et relances de cotisation.", ["gwen"], "Environ 5 factures de 2007 sur 100 restent à relancer ; les chiffres de 2008 sont demandés. Le groupe a été relancé plusieurs fois."],
    [
      "Projets collaboratifs",
      "Les sites et outils que nous construisons avec d’autres associations.",
      ["yann"],
      "Plusieurs projets en cours, surtout le site d’actualités de la ville. Contact pris avec la mairie ; des conseils de quartier se sont manifestés. Un compte rendu suivra sur le wiki du groupe.",
    ],
    ["Subventions", "Demandes de subvention et convention avec la mairie.", ["katell"], "Où en est la convention ? La subvention passe au vote du conseil municipal du 17 octobre, rendez-vous pour la convention courant octobre. Et le conseil régional ?"],
    ["Technique", "Les serveurs, les sauvegardes, l’accueil des nouveaux bénévoles techniques.", ["loic", "yann"], "Voir les points techniques plus haut."],
    ["Restructuration du wiki", null, ["mathis"], "Rien à signaler. Prochaine réunion le mardi 14 octobre à 17 h 30 au local."],
    [
      "Nouvelle grille de cotisation",
      "Mettre en œuvre la nouvelle grille de cotisation.",
      ["erwan", "katell", "yann"],
      "Quelques sondages, pas encore assez. Certains tiennent à une validation en assemblée générale, d’autres à une mise en œuvre dès 2009. Compromis proposé : assemblée générale début février, appels à cotisation en mars avec la nouvelle grille.",
    ],
  ];
  const groupsSection = item("ponant-2008-10:groups");
  const groupItems = await db.agendaItem.findMany({ where: { parentId: groupsSection }, select: { id: true, title: true } });
  for (const [name, description, referents, note] of groups) {
    const group = await db.workingGroup.create({
      data: {
        associationId: ponant,
        name,
        description,
        createdAt: paris("2008-02-09T12:00:00"),
        referents: { create: referents.map((key, position) => ({ userId: user(key), associationId: ponant, position })) },
      },
    });
    const agendaItem = groupItems.find((i) => i.title === name);
    if (agendaItem) {
      await db.groupFollowUp.create({
        data: { agendaItemId: agendaItem.id, associationId: ponant, meetingId: october, groupId: group.id, note, notedById: note ? user("yann") : null, notedAt: note ? paris("2008-10-07T19:55:00") : null },
      });
    }
  }

  // ── The November meeting follows up October's actions.
  const november = meeting("ponant-2008-11");
  const rootEnd = await db.agendaItem.aggregate({ where: { meetingId: november, parentId: null }, _max: { position: true } });
  const novemberSection = await db.agendaItem.create({
    data: { associationId: ponant, meetingId: november, parentId: null, position: (rootEnd._max.position ?? -1) + 1, kind: "SECTION", title: "Suivi des actions", origin: "ACTIONS_FOLLOW_UP" },
  });
  await followUps(november, novemberSection.id, parisWinter("2008-11-04T19:30:00"), [
    { action: octoberActions.disks, outcome: "IN_PROGRESS", note: "Devis à jour ; commande dès que la trésorerie le permet." },
    { action: octoberActions.treasury, outcome: "NOT_DISCUSSED" },
    { action: octoberActions.townHall, outcome: "DONE", note: "Versement annoncé pour la mi-décembre." },
    { action: octoberActions.outsourcing, outcome: "NOT_DISCUSSED" },
    { action: octoberActions.helpers, outcome: "DONE", note: "L’un des deux viendra à la prochaine réunion technique." },
    { action: octoberActions.lists, outcome: "NOT_DISCUSSED" },
    { action: octoberActions.convention, outcome: "DONE" },
    { action: earlier.servers, outcome: "IN_PROGRESS", note: "Attend la convention de trois ans." },
  ]);

  // ── The collective's 2023 general assembly.
  const assemblyAt = (hhmm: string) => paris(`2023-06-17T${hhmm}:00`);
  await decision({
    associationId: capucine,
    meetingKey: "capucine-ag-2023",
    itemKey: "capucine-ag-2023:direction",
    text: "Consacrer les six prochains mois à stabiliser les services existants ; les nouvelles fonctionnalités attendront.",
    outcome: "ADOPTED",
    votes: { for: 6, against: 0, abstain: 0 },
    votedAt: assemblyAt("15:05"),
    recordedBy: "chloe",
  });
  await decision({
    associationId: capucine,
    meetingKey: "capucine-ag-2023",
    itemKey: "capucine-ag-2023:campaign",
    text: "Rejoindre avec d’autres hébergeurs une campagne pour aider les gens à quitter les messageries des géants du numérique ; Djamel lance la dynamique pour savoir combien de collectifs s’engagent.",
    outcome: "ADOPTED",
    votes: { for: 5, against: 0, abstain: 1 },
    votedAt: assemblyAt("16:40"),
    recordedBy: "chloe",
  });
  const budgetAdoption = await decision({
    associationId: capucine,
    meetingKey: "capucine-ag-2023",
    itemKey: "capucine-ag-2023:budget",
    text: "Adopter le budget prévisionnel : 16 900 € de dépenses, 16 900 € de recettes.",
    outcome: "ADOPTED",
    votes: { for: 6, against: 0, abstain: 0 },
    votedAt: assemblyAt("17:45"),
    amountCents: 1_690_000,
    includesTax: true,
    recordedBy: "chloe",
  });
  // The plan adopted by that vote.
  const plan = budget?.plans.get("capucine-2023");
  if (plan) await db.budgetPlan.update({ where: { id: plan }, data: { adoptedByDecisionId: budgetAdoption } });
  await action({
    associationId: capucine,
    title: "Lancer la dynamique de la campagne : combien de collectifs s’engagent ?",
    assignee: "djamel",
    meetingKey: "capucine-ag-2023",
    agendaItemId: item("capucine-ag-2023:campaign"),
    dueOn: "2023-12-31",
    createdBy: "chloe",
    createdAt: assemblyAt("16:42"),
  });
  await action({
    associationId: capucine,
    title: "Se renseigner : allumer et éteindre chaque jour un disque dur l’use-t-il plus vite ?",
    meetingKey: "capucine-ag-2023",
    agendaItemId: item("capucine-ag-2023:budget"),
    createdBy: "chloe",
    createdAt: assemblyAt("17:50"),
  });
}
