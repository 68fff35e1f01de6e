// Budget data for browser journeys, written straight into the e2e server's database.
import type { Seeder } from "./fixtures.ts";

type Line = { kind: "EXPENSE" | "INCOME"; label: string; cents: number; remark?: string };

export async function seedPlan(seed: Seeder, associationId: string, options: { year: number; status: "DRAFT" | "ADOPTED"; lines: Line[]; entries?: { line: number; date: string; cents: number; label: string }[] }) {
  const plan = await seed.db.budgetPlan.create({
    data: {
      associationId,
      fiscalYear: options.year,
      startsOn: new Date(`${options.year}-01-01T00:00:00Z`),
      endsOn: new Date(`${options.year}-12-31T00:00:00Z`),
      status: options.status,
      adoptedOn: options.status === "ADOPTED" ? new Date(`${options.year}-02-01T00:00:00Z`) : null,
    },
  });
  const positions = { EXPENSE: 0, INCOME: 0 };
  const lines = [];
  for (const line of options.lines) {
    lines.push(
      await seed.db.budgetLine.create({
        data: { associationId, planId: plan.id, kind: line.kind, position: positions[line.kind]++, label: line.label, amountCents: BigInt(line.cents), remark: line.remark },
      }),
    );
  }
  for (const entry of options.entries ?? []) {
    await seed.db.budgetEntry.create({
      data: { associationId, lineId: lines[entry.line].id, date: new Date(`${entry.date}T00:00:00Z`), amountCents: BigInt(entry.cents), label: entry.label },
    });
  }
  return { plan, lines };
}

export async function seedSnapshots(seed: Seeder, associationId: string, snapshots: { on: string; cents: number; note?: string }[]) {
  await seed.db.treasurySnapshot.createMany({ data: snapshots.map((s) => ({ associationId, on: new Date(`${s.on}T00:00:00Z`), balanceCents: BigInt(s.cents), note: s.note })) });
}

// Paheko's simplified journal export: comma-separated, quoted, dd/mm/yyyy, decimal comma.
const HEADER = '"Numéro d\'écriture","Type","Statut","Libellé","Date","Remarques","Numéro pièce comptable","Référence paiement","Compte de débit","Compte de crédit","Montant","Projet analytique","Membres associés"';
const row = (id: number, label: string, date: string, account: string, amount: string) => `"${id}","Dépense","","${label}","${date}","","P-${id}","","${account}","512","${amount}","",""`;
export const JOURNAL = [
  HEADER,
  row(1, "Location serveur – janvier", "05/01/2023", "6132", "208,33"),
  row(2, "Frais de tenue de compte", "31/01/2023", "627", "8,40"),
  row(3, "Location serveur – février", "05/02/2023", "6132", "208,33"),
].join("\r\n");
export const JOURNAL_ONE_BAD_ROW = JOURNAL.replace('"31/01/2023"', '"31/02/2023"');
