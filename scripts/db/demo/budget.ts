// Budgets of the two demo associations: the collective's 2023 plan as its general assembly
// adopted it (the reference's lines and amounts, balanced at 16 900 €), and the Ponant's 2008
// plan with a treasury that runs low just when three disks must be bought (681,72 € excl. tax).
import type { DemoDb, DemoIds } from "./people.ts";

type Line = { key: string; kind: "EXPENSE" | "INCOME"; label: string; euros: number; remark?: string; category?: string };
type Entry = { line: string; date: string; cents: number; label: string; reference?: string };

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const CAPUCINE_2023: Line[] = [
  { key: "servers", kind: "EXPENSE", label: "Location de serveurs", euros: 2_500, remark: "Ajout d’un troisième serveur mutualisé", category: "Infrastructure" },
  { key: "hardware", kind: "EXPENSE", label: "Achat de matériel (serveurs)", euros: 2_000, category: "Infrastructure" },
  { key: "printing", kind: "EXPENSE", label: "Communication et impressions", euros: 300, category: "Communication" },
  { key: "campaign", kind: "EXPENSE", label: "Campagne de communication", euros: 5_000, remark: "Cofinancée avec d’autres hébergeurs", category: "Communication" },
  { key: "salaries", kind: "EXPENSE", label: "Salaires", euros: 4_000, remark: "Deux mois à temps plein" },
  { key: "bank", kind: "EXPENSE", label: "Banque et frais", euros: 100 },
  { key: "software", kind: "EXPENSE", label: "Soutien aux logiciels libres", euros: 3_000, remark: "20 %" },
  { key: "fees", kind: "INCOME", label: "Cotisations des membres", euros: 7_000 },
  { key: "services", kind: "INCOME", label: "Prestations de service", euros: 7_500 },
  { key: "donations", kind: "INCOME", label: "Dons", euros: 400 },
  { key: "reserves", kind: "INCOME", label: "(Trésorerie)", euros: 2_000, remark: "Prélevés sur les réserves" },
];

const CAPUCINE_2023_ENTRIES: Entry[] = [
  { line: "servers", date: "2023-01-10", cents: 62_500, label: "Location serveurs, 1er trimestre", reference: "OVH-2023-01" },
  { line: "servers", date: "2023-04-10", cents: 62_500, label: "Location serveurs, 2e trimestre", reference: "OVH-2023-04" },
  { line: "servers", date: "2023-07-10", cents: 62_500, label: "Location serveurs, 3e trimestre", reference: "OVH-2023-07" },
  { line: "servers", date: "2023-10-10", cents: 62_500, label: "Location serveurs, 4e trimestre", reference: "OVH-2023-10" },
  { line: "hardware", date: "2023-11-18", cents: 148_000, label: "Machine pour les répliques Garage", reference: "F-2023-031" },
  { line: "printing", date: "2023-09-04", cents: 21_240, label: "Flyers de rentrée", reference: "F-2023-022" },
  { line: "campaign", date: "2023-12-12", cents: 150_000, label: "Acompte pour la campagne commune", reference: "F-2023-040" },
  { line: "bank", date: "2023-03-31", cents: 2_160, label: "Frais de tenue de compte T1" },
  { line: "bank", date: "2023-06-30", cents: 2_160, label: "Frais de tenue de compte T2" },
  { line: "bank", date: "2023-09-30", cents: 2_160, label: "Frais de tenue de compte T3" },
  { line: "bank", date: "2023-12-31", cents: 2_160, label: "Frais de tenue de compte T4" },
  { line: "software", date: "2023-07-03", cents: 50_000, label: "Soutien à un client WebDAV libre" },
  { line: "software", date: "2023-10-16", cents: 50_000, label: "Soutien à un explorateur de fichiers en ligne" },
  { line: "software", date: "2023-12-15", cents: 50_000, label: "Soutien à un outil de synchronisation" },
  { line: "fees", date: "2023-02-01", cents: 245_000, label: "Cotisations de janvier" },
  { line: "fees", date: "2023-06-17", cents: 310_000, label: "Cotisations de l’assemblée générale" },
  { line: "fees", date: "2023-10-02", cents: 127_000, label: "Cotisations de rentrée" },
  { line: "services", date: "2023-03-15", cents: 180_000, label: "Hébergement d’un collectif de quartier" },
  { line: "services", date: "2023-06-20", cents: 246_000, label: "Installation d’un Nextcloud associatif" },
  { line: "services", date: "2023-11-30", cents: 370_000, label: "Accompagnement d’une fédération" },
  { line: "donations", date: "2023-06-17", cents: 21_500, label: "Dons reçus pendant l’assemblée" },
  { line: "donations", date: "2023-12-20", cents: 15_000, label: "Dons de fin d’année" },
];

const CAPUCINE_TREASURY = [
  { on: "2023-01-02", cents: 521_480, note: "Report de 2022" },
  { on: "2023-06-30", cents: 910_235, note: null },
  { on: "2023-12-29", cents: 1_136_625, note: "Avant le paiement du solde de la machine de réplication" },
];

const PONANT_2008: Line[] = [
  { key: "hardware", kind: "EXPENSE", label: "Achat de matériel (serveurs, disques)", euros: 1_000, remark: "Disques du serveur de sauvegarde", category: "Infrastructure" },
  { key: "repairs", kind: "EXPENSE", label: "Entretien et réparations", euros: 300, category: "Infrastructure" },
  { key: "hosting", kind: "EXPENSE", label: "Hébergement et bande passante", euros: 900, remark: "Baie partagée, 75 € par mois", category: "Infrastructure" },
  { key: "domains", kind: "EXPENSE", label: "Noms de domaine et certificats", euros: 120 },
  { key: "insurance", kind: "EXPENSE", label: "Assurance", euros: 250 },
  { key: "bank", kind: "EXPENSE", label: "Frais bancaires", euros: 60 },
  { key: "printing", kind: "EXPENSE", label: "Communication et impressions", euros: 150 },
  { key: "fees", kind: "INCOME", label: "Cotisations", euros: 1_800, remark: "Environ 90 adhérents" },
  { key: "donations", kind: "INCOME", label: "Dons", euros: 300 },
  { key: "grant", kind: "INCOME", label: "Subvention de la mairie", euros: 680, remark: "Convention de trois ans en discussion" },
];

const hosting = (month: string) => ({ line: "hosting", date: `2008-${month}-05`, cents: 7_500, label: `Hébergement, ${month}/2008`, reference: `BAIE-08-${month}` });

const PONANT_2008_ENTRIES: Entry[] = [
  ...["01", "02", "03", "04", "05", "06", "07", "08", "09"].map(hosting),
  { line: "domains", date: "2008-03-12", cents: 11_840, label: "Renouvellement des noms de domaine", reference: "GANDI-0312" },
  { line: "insurance", date: "2008-04-02", cents: 24_312, label: "Assurance responsabilité civile", reference: "MAIF-2008" },
  { line: "bank", date: "2008-03-31", cents: 1_450, label: "Frais bancaires T1" },
  { line: "bank", date: "2008-06-30", cents: 1_450, label: "Frais bancaires T2" },
  { line: "bank", date: "2008-09-30", cents: 1_450, label: "Frais bancaires T3" },
  { line: "repairs", date: "2008-06-14", cents: 12_900, label: "Alimentation de rechange pour le serveur principal", reference: "F-08-017" },
  { line: "repairs", date: "2008-09-22", cents: 18_990, label: "Disque de secours après la panne", reference: "F-08-024" },
  { line: "printing", date: "2008-09-08", cents: 8_690, label: "Affiches du forum des associations", reference: "F-08-021" },
  { line: "fees", date: "2008-01-31", cents: 42_000, label: "Cotisations de janvier" },
  { line: "fees", date: "2008-02-29", cents: 24_000, label: "Cotisations de février" },
  { line: "fees", date: "2008-03-31", cents: 12_000, label: "Cotisations de mars" },
  { line: "fees", date: "2008-05-15", cents: 24_000, label: "Cotisations du printemps" },
  { line: "fees", date: "2008-09-15", cents: 12_000, label: "Cotisations de rentrée" },
  { line: "donations", date: "2008-02-09", cents: 4_000, label: "Dons de l’assemblée générale" },
  { line: "donations", date: "2008-05-20", cents: 2_500, label: "Don d’un adhérent" },
  { line: "donations", date: "2008-09-15", cents: 2_000, label: "Dons du forum des associations" },
];

// Balances that follow the entries above from 850,00 € on 1 January; by the October board,
// less than the 681,72 € the three disks cost.
const PONANT_TREASURY = [
  { on: "2008-01-01", cents: 85_000, note: "Report de 2007" },
  { on: "2008-03-31", cents: 131_210, note: null },
  { on: "2008-06-30", cents: 96_548, note: null },
  { on: "2008-09-30", cents: 58_918, note: "Trésorerie faible : l’achat des trois disques (681,72 € HT) attend un point de trésorerie" },
];

async function insertPlan(db: DemoDb, associationId: string, fiscalYear: number, adoptedOn: string, lines: Line[], entries: Entry[]) {
  const plan = await db.budgetPlan.create({
    data: { associationId, fiscalYear, startsOn: day(`${fiscalYear}-01-01`), endsOn: day(`${fiscalYear}-12-31`), status: "ADOPTED", adoptedOn: day(adoptedOn) },
  });
  const lineIds = new Map<string, string>();
  const positions = { EXPENSE: 0, INCOME: 0 };
  for (const line of lines) {
    const created = await db.budgetLine.create({
      data: {
        associationId,
        planId: plan.id,
        kind: line.kind,
        position: positions[line.kind]++,
        label: line.label,
        amountCents: BigInt(line.euros * 100),
        remark: line.remark,
        category: line.category,
      },
    });
    lineIds.set(line.key, created.id);
  }
  await db.budgetEntry.createMany({
    data: entries.map((e) => ({ associationId, lineId: lineIds.get(e.line)!, date: day(e.date), amountCents: BigInt(e.cents), label: e.label, reference: e.reference, source: "MANUAL" as const })),
  });
  return { planId: plan.id, lineIds };
}

export type DemoBudget = { plans: Map<string, string>; lines: Map<string, string> };

/**
 * Returns the plan and line ids ("capucine-2023", "ponant-2008:hardware"…) so that the decisions'
 * demo data can link the general assembly's decision and commit the disks to the hardware line.
 */
export async function seedBudget(db: DemoDb, ids: DemoIds): Promise<DemoBudget> {
  const capucine = ids.associations.get("capucine")!;
  const ponant = ids.associations.get("ponant")!;
  const plans = new Map<string, string>();
  const lines = new Map<string, string>();

  const collective = await insertPlan(db, capucine, 2023, "2023-06-17", CAPUCINE_2023, CAPUCINE_2023_ENTRIES);
  plans.set("capucine-2023", collective.planId);
  for (const [key, id] of collective.lineIds) lines.set(`capucine-2023:${key}`, id);
  await db.association.update({ where: { id: capucine }, data: { membersSeeBudget: true } });

  const hosts = await insertPlan(db, ponant, 2008, "2008-02-09", PONANT_2008, PONANT_2008_ENTRIES);
  plans.set("ponant-2008", hosts.planId);
  for (const [key, id] of hosts.lineIds) lines.set(`ponant-2008:${key}`, id);

  for (const [associationId, snapshots] of [
    [capucine, CAPUCINE_TREASURY],
    [ponant, PONANT_TREASURY],
  ] as const) {
    await db.treasurySnapshot.createMany({ data: snapshots.map((s) => ({ associationId, on: day(s.on), balanceCents: BigInt(s.cents), note: s.note })) });
  }
  return { plans, lines };
}
