// The October 2008 minutes of the Ponant board, written per agenda item in our own words, with
// the approval window opened on 8 Oct 2008 at 10:00 Paris time and answers like the reference's
// block (four board members stayed silent: tacit approvals). Also a recent board meeting of the
// Capucine collective whose minutes are under review now, so that the dashboard has something.
import type { Prisma } from "../../../src/generated/prisma/client.ts";
import { addDays, instantAt, localDateOf } from "../../../src/lib/zoned-time.ts";
import type { DemoMeetings } from "./meetings.ts";
import type { DemoDb, DemoIds } from "./people.ts";

const paris = (iso: string) => new Date(`${iso}+02:00`);

type Row = { id: string; parentId: string | null; position: number; title: string; visibility: "PUBLIC" | "MEMBERS" | "BOARD" };
type Section = { id: string; kind: "HEADER" | "ITEM" | "FREE"; number: string | null; title: string; body: string; visibility: Row["visibility"] };

const STRICT = { PUBLIC: 0, MEMBERS: 1, BOARD: 2 } as const;

/** The agenda in reading order, numbered "2.1", each item as confidential as its parents. */
function numbered(rows: Row[]) {
  const out: (Row & { number: string })[] = [];
  const walk = (parentId: string | null, prefix: string, inherited: Row["visibility"]) => {
    rows
      .filter((r) => r.parentId === parentId)
      .sort((a, b) => a.position - b.position)
      .forEach((row, index) => {
        const number = prefix ? `${prefix}.${index + 1}` : String(index + 1);
        const visibility = STRICT[row.visibility] >= STRICT[inherited] ? row.visibility : inherited;
        out.push({ ...row, number, visibility });
        walk(row.id, number, visibility);
      });
  };
  walk(null, "", "PUBLIC");
  return out;
}

// Notes per agenda item, by title (our own words, invented names).
const OCTOBER_NOTES: Record<string, string> = {
  "Organisation des prochains conseils":
    "Yann prépare désormais les ordres du jour et publie les comptes rendus.\n\nLe conseil se donne **quinze jours** pour réagir à chaque compte rendu, ici ou sur la liste du conseil ; passé ce délai, le silence vaut accord. Anaïs demande que son avis figure au compte rendu : il y figurera, à titre consultatif.",
  "Achat de disques pour le serveur de sauvegarde":
    "Trois disques sont nécessaires ; le lot le moins cher revient à 681,72 € HT. L’achat est urgent, mais il attend un état de la trésorerie, qui semble basse.\n\n- Action : faire un point sur la trésorerie — **attribuée à personne pour l’instant**.\n- Action : demander à la mairie quand la subvention sera versée — Yann.",
  "L’hébergement et les questions posées au conseil": "Le conseil de juillet l’avait rappelé : l’hébergement reste la priorité. Encore faut-il trouver des bénévoles pour améliorer la qualité des services et les moderniser.",
  "Quelles actions contre les lenteurs signalées par les adhérents ?": "Les lenteurs viennent surtout du serveur tombé en panne ; la migration vers une machine récente devrait les réduire. Une réponse écrite sera envoyée à l’adhérente.",
  "Quel était le plan de secours, et lequel pour la suite ?": "Il n’existait pas de plan de secours écrit. Le conseil reconnaît le retard pris sur la tolérance aux pannes ; le groupe technique proposera un plan à la prochaine réunion tech.",
  "Faut-il louer un hébergement pour se concentrer sur les services ?": "La question rejoint l’étude sur l’infogérance (voir plus bas).",
  "Point technique sur les pannes récentes":
    "Le serveur principal a perdu deux disques sur trois : ses données n’ont pas pu être récupérées. Les services ont été remontés dans un serveur virtuel sur une machine plus puissante, depuis la sauvegarde du matin de la panne.\n\nCette sauvegarde contenait aussi des fichiers déjà effacés : des adhérents ont retrouvé d’anciens courriels. Le disque du serveur de sauvegarde est plein ; un disque d’une autre machine a été monté en attendant.",
  "Situation actuelle et conclusions":
    "Les services fonctionnent et sont même plus rapides, mais : les sauvegardes sont à reprendre (Loïc s’en occupe), le serveur virtuel ne redémarre pas seul, les statistiques ne marchent plus et le gestionnaire de listes a des ratés.\n\nLa situation tient pour l’instant, pas au-delà de quelques mois : il faut faire évoluer la plateforme et remobiliser une équipe technique. Yann rappelle le manque criant de bénévoles. Nous devons aussi dire clairement aux adhérents que nous fonctionnons « au mieux », sans garantie de disponibilité professionnelle.",
  "Étudier l’infogérance d’un serveur dédié":
    "Action : chiffrer le passage à un serveur dédié loué (environ 69 € par mois) : quels services migrer, pour quel coût ? Cela nous déchargerait du matériel, mais la question reste posée : serait-ce sous-traiter notre rôle d’hébergeur ?",
  "Accueillir et former de nouveaux bénévoles techniques":
    "Les réunions techniques reprennent, une fois par mois : échanges sur la plateforme, formation des nouveaux, étudiants bienvenus. Première réunion mardi prochain à 18 h.\n\n- Action : recontacter les deux personnes qui ont proposé leur aide — Erwan.\n- Action : lancer un appel sur les listes — **à attribuer**.",
  Cotisations: "Environ cinq factures relancées sur cent pour 2007 ; le chiffre de 2008 est demandé à Gwenaëlle.",
  "Projets collaboratifs": "Le projet d’actualités locales avance : contacts pris avec la mairie et des conseils de quartier. Un compte rendu sera publié sur le wiki du groupe.",
  Subventions: "Où en est la convention ? La subvention municipale passe au vote le 17 octobre. Subvention régionale : à relancer.",
  "Restructuration du wiki": "Rien de nouveau ; prochaine réunion le mardi 14 à 17 h 35 au local.",
  "Nouvelle grille de cotisation":
    "Quelques sondages, pas encore assez. Mathis tient à un vote en assemblée générale et craint une rupture financière ; Erwan veut une mise en œuvre en 2009. Compromis proposé : une assemblée générale début février, pour lancer les appels à cotisation dès mars avec la nouvelle grille.",
  "Suivi des actions en cours": "Notification des interlocuteurs à la mairie : fait. Relance d’un impayé de 1 300 € : fait. Invitation à une manifestation culturelle et programme de formation des bénévoles : non traités.",
  "Préparation du prochain conseil : dates et animation": "Prochaines dates : 4 novembre, 2 décembre et 13 janvier, vers 18 h. Yann anime et publie les comptes rendus.",
};

const OUTSOURCING_CLARIFICATION =
  "\n\nPrécision : l’étude porte sur la location du matériel seulement ; l’administration des services resterait assurée par nos bénévoles.";
const NEXT_AGENDA_FIRST = "- Journée de formation aux logiciels libres demandée par les bibliothèques : définir les besoins avec elles (qui s’en charge : Anaïs ?).";
const NEXT_AGENDA_BUDGET = "\n- Comment rendre le budget prévisionnel visible de tout le conseil ? Il manque aujourd’hui.";
const NEXT_AGENDA_CONVENTION = "\n- Convention de trois ans avec la mairie, détaillant toutes nos relations avec elle.";

async function snapshot(db: DemoDb, minutesId: string): Promise<Section[]> {
  const rows = await db.minutesSection.findMany({ where: { minutesId }, orderBy: { position: "asc" } });
  return rows.map((s) => ({ id: s.id, kind: s.kind, number: s.number, title: s.title, body: s.body, visibility: s.visibility }));
}

async function revision(db: DemoDb, minutes: { id: string; associationId: string }, number: number, authorId: string, note: string, at: Date, reviewId: string | null) {
  const content = (await snapshot(db, minutes.id)).map((s) => ({ sectionId: s.id, kind: s.kind, number: s.number, title: s.title, body: s.body, visibility: s.visibility }));
  await db.minutesRevision.create({ data: { associationId: minutes.associationId, minutesId: minutes.id, number, authorId, note, content: content as unknown as Prisma.InputJsonValue, reviewId, createdAt: at } });
  await db.minutes.update({ where: { id: minutes.id }, data: { currentRevision: number } });
}

async function amend(db: DemoDb, sectionId: string, append: string, by: string) {
  const section = await db.minutesSection.findUniqueOrThrow({ where: { id: sectionId } });
  await db.minutesSection.update({ where: { id: sectionId }, data: { body: section.body + append, version: { increment: 1 }, updatedById: by } });
}

const closesAt = (openedAt: Date, days: number, timeZone: string) =>
  instantAt({ ...addDays(localDateOf(openedAt, timeZone), days), hour: 23, minute: 59, second: 59, millisecond: 999 }, timeZone);

export async function seedMinutes(db: DemoDb, ids: DemoIds, found: DemoMeetings, now = new Date()): Promise<void> {
  const user = (key: string) => ids.users.get(key)!;
  const ponant = ids.associations.get("ponant")!;
  const meetingId = found.meetings.get("ponant-2008-10")!;
  const minutes = await db.minutes.create({ data: { associationId: ponant, meetingId, createdById: user("yann"), createdAt: paris("2008-10-08T09:30:00") } });
  const agenda = numbered(await db.agendaItem.findMany({ where: { meetingId }, select: { id: true, parentId: true, position: true, title: true, visibility: true } }));
  await db.minutesSection.create({
    data: {
      associationId: ponant,
      minutesId: minutes.id,
      kind: "HEADER",
      position: 0,
      title: "Ouverture de la séance",
      visibility: "PUBLIC",
      updatedById: user("yann"),
      body: "Réunion tenue le mardi 7 octobre 2008 à 18 h 15 au local, 12 rue des Douves à Brest.\n\nPrésent·es : Yann Le Bihan, Loïc Morvan, Soizic Le Gall, Erwan Quéré, Tanguy Riou, Mathis Cadiou, Anaïs Guéguen (voix consultative, départ à 19 h 30).\n\nAu téléphone : Nolwenn Abgrall (départ à 19 h), Paul Ropars (départ à 19 h, fin de la conférence téléphonique).\n\nExcusées : Maëlle Kerjean, Gwenaëlle Tanguy. Absente : Katell Prigent.",
    },
  });
  const sectionIds = new Map<string, string>();
  for (const [index, item] of agenda.entries()) {
    const section = await db.minutesSection.create({
      data: { associationId: ponant, minutesId: minutes.id, kind: "ITEM", agendaItemId: item.id, position: index + 1, number: item.number, title: item.title, visibility: item.visibility, body: OCTOBER_NOTES[item.title] ?? "", updatedById: user("yann") },
    });
    sectionIds.set(item.title, section.id);
  }
  const nextAgenda = await db.minutesSection.create({
    data: { associationId: ponant, minutesId: minutes.id, kind: "FREE", position: agenda.length + 1, title: "À mettre à l’ordre du jour du prochain conseil", visibility: "MEMBERS", body: NEXT_AGENDA_FIRST, updatedById: user("yann") },
  });
  await revision(db, minutes, 1, user("yann"), "Compte rendu rédigé à partir de l’ordre du jour", paris("2008-10-08T09:45:00"), null);

  const openedAt = paris("2008-10-08T10:00:00");
  const review = await db.minutesReview.create({
    data: {
      associationId: ponant,
      minutesId: minutes.id,
      number: 1,
      revisionNumber: 1,
      windowDays: 15,
      openedById: user("yann"),
      openedAt,
      closesAt: closesAt(openedAt, 15, "Europe/Paris"), // 23 Oct 2008, 23:59:59.999 Paris
      // The job acted on it back then: no result e-mail goes out when the demo starts.
      outcomeRecordedAt: paris("2008-10-24T00:05:00"),
      voters: {
        createMany: {
          data: [
            ...["katell", "maelle", "nolwenn", "loic", "erwan", "soizic", "tanguy", "mathis", "yann", "gwen"].map((key) => ({ userId: user(key), role: "ELECTOR" as const })),
            { userId: user("anais"), role: "ADVISORY" as const },
          ],
        },
      },
    },
  });
  const answer = (key: string, kind: "APPROVE" | "APPROVE_WITH_RESERVATION" | "OPINION", at: string, revisionNumber: number, note: string | null = null) =>
    db.approvalResponse.create({ data: { associationId: ponant, reviewId: review.id, userId: user(key), kind, note, revisionNumber, at: paris(at) } });

  await answer("erwan", "APPROVE", "2008-10-08T18:20:00", 1);
  await answer("yann", "APPROVE", "2008-10-10T11:00:00", 1);
  await answer("anais", "OPINION", "2008-10-12T16:30:00", 1, "Avis favorable. Pour la formation demandée par les bibliothèques, je peux préparer une liste de leurs besoins.");
  await amend(db, sectionIds.get("Étudier l’infogérance d’un serveur dédié")!, OUTSOURCING_CLARIFICATION, user("soizic"));
  await revision(db, minutes, 2, user("soizic"), "Précision ajoutée sur l’infogérance", paris("2008-10-15T12:10:00"), review.id);
  await answer("soizic", "APPROVE", "2008-10-15T12:12:00", 2);
  await amend(db, nextAgenda.id, NEXT_AGENDA_BUDGET, user("mathis"));
  await revision(db, minutes, 3, user("mathis"), "Point ajouté pour le prochain conseil : l’absence de budget prévisionnel", paris("2008-10-17T21:00:00"), review.id);
  await answer("mathis", "APPROVE", "2008-10-17T21:02:00", 3);
  await amend(db, nextAgenda.id, NEXT_AGENDA_CONVENTION, user("maelle"));
  await revision(db, minutes, 4, user("maelle"), "Dernier paragraphe ajouté pour le prochain conseil", paris("2008-10-20T09:15:00"), review.id);
  await answer("maelle", "APPROVE", "2008-10-20T09:16:00", 4);
  await answer("loic", "APPROVE_WITH_RESERVATION", "2008-10-20T14:40:00", 4, "Réserve sur l’infogérance : louer un serveur ne doit pas nous faire perdre la main sur notre rôle d’hébergeur.");
  await answer("yann", "APPROVE", "2008-10-20T18:30:00", 4);
  // Katell, Nolwenn, Tanguy and Gwenaëlle said nothing: four tacit approvals at the close.

  await seedOpenReview(db, ids, now);
}

/** A Capucine board meeting a few days ago, its minutes under review now (relative to the seed time). */
async function seedOpenReview(db: DemoDb, ids: DemoIds, now: Date) {
  const user = (key: string) => ids.users.get(key)!;
  const capucine = ids.associations.get("capucine")!;
  const day = 86_400_000;
  const startsAt = new Date(now.getTime() - 6 * day);
  const meeting = await db.meeting.create({
    data: { associationId: capucine, kind: "BOARD", title: "Réunion de la direction collégiale", startsAt, endsAt: new Date(startsAt.getTime() + 2 * 3_600_000), place: "En visioconférence", facilitatorId: user("chloe"), status: "HELD" },
  });
  const items = [
    { title: "Bilan de la migration des boîtes aux lettres", body: "La migration est terminée pour 140 boîtes sur 150 ; les dix dernières attendent la réponse de leurs titulaires.", visibility: "PUBLIC" as const },
    { title: "Choix d’un nouvel hébergeur de sauvegardes", body: "Deux devis reçus. Le collectif retient l’offre la moins chère si la clause de réversibilité est confirmée (Bastien vérifie).", visibility: "MEMBERS" as const },
  ];
  const minutes = await db.minutes.create({ data: { associationId: capucine, meetingId: meeting.id, createdById: user("chloe") } });
  await db.minutesSection.create({ data: { associationId: capucine, minutesId: minutes.id, kind: "HEADER", position: 0, title: "Ouverture de la séance", visibility: "PUBLIC", body: "Présent·es : Alix Fontaine, Bastien Roux, Chloé Marchand, Djamel Haddad, Elsa Moreau.", updatedById: user("chloe") } });
  for (const [index, item] of items.entries()) {
    const agendaItem = await db.agendaItem.create({ data: { associationId: capucine, meetingId: meeting.id, position: index, title: item.title, visibility: item.visibility, kind: "DISCUSSION" } });
    await db.minutesSection.create({ data: { associationId: capucine, minutesId: minutes.id, kind: "ITEM", agendaItemId: agendaItem.id, position: index + 1, number: String(index + 1), title: item.title, visibility: item.visibility, body: item.body, updatedById: user("chloe") } });
  }
  await revision(db, minutes, 1, user("chloe"), "Compte rendu rédigé à partir de l’ordre du jour", new Date(now.getTime() - 4 * day), null);
  const openedAt = new Date(now.getTime() - 4 * day + 3_600_000);
  const review = await db.minutesReview.create({
    data: {
      associationId: capucine,
      minutesId: minutes.id,
      number: 1,
      revisionNumber: 1,
      windowDays: 15,
      openedById: user("chloe"),
      openedAt,
      closesAt: closesAt(openedAt, 15, "Europe/Paris"),
      voters: { createMany: { data: ["alix", "bastien", "chloe", "djamel", "elsa"].map((key) => ({ userId: user(key), role: "ELECTOR" as const })) } },
    },
  });
  await db.approvalResponse.create({ data: { associationId: capucine, reviewId: review.id, userId: user("chloe"), kind: "APPROVE", revisionNumber: 1, at: new Date(openedAt.getTime() + 60_000) } });
  await db.approvalResponse.create({
    data: { associationId: capucine, reviewId: review.id, userId: user("bastien"), kind: "APPROVE_WITH_RESERVATION", note: "Préciser que la clause de réversibilité est une condition.", revisionNumber: 1, at: new Date(openedAt.getTime() + day) },
  });
}
