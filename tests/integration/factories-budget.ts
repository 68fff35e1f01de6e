// Budget records for integration tests, straight in the database.
import { db } from "@/lib/db";

type Line = { kind: "EXPENSE" | "INCOME"; label: string; amountCents: number; remark?: string };

export async function makePlan(
  associationId: string,
  options: { fiscalYear?: number; status?: "DRAFT" | "ADOPTED"; adoptedOn?: string; lines?: Line[] } = {},
) {
  const year = options.fiscalYear ?? 2023;
  const plan = await db().budgetPlan.create({
    data: {
      associationId,
      fiscalYear: year,
      startsOn: new Date(`${year}-01-01T00:00:00Z`),
      endsOn: new Date(`${year}-12-31T00:00:00Z`),
      status: options.status ?? "DRAFT",
      adoptedOn: options.status === "ADOPTED" ? new Date(`${options.adoptedOn ?? `${year}-01-15`}T00:00:00Z`) : null,
    },
  });
  const lines = [];
  const positions = { EXPENSE: 0, INCOME: 0 };
  for (const line of options.lines ?? []) {
    lines.push(
      await db().budgetLine.create({
        data: { associationId, planId: plan.id, kind: line.kind, position: positions[line.kind]++, label: line.label, amountCents: BigInt(line.amountCents), remark: line.remark },
      }),
    );
  }
  return { plan, lines };
}

export const SMALL_PLAN: Line[] = [
  { kind: "EXPENSE", label: "Location de serveurs", amountCents: 250_000 },
  { kind: "EXPENSE", label: "Frais bancaires", amountCents: 10_000 },
  { kind: "INCOME", label: "Cotisations", amountCents: 260_000 },
];

/** Bytes as a browser uploads them. */
export const utf8 = (text: string) => new TextEncoder().encode(text);
export const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
