import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "./db";

type AuditInput = {
  associationId: string | null;
  actorUserId: string | null;
  entity: string;
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
  at: Date;
};

const toJson = (value: unknown) =>
  value === undefined ? undefined : (JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v))) as Prisma.InputJsonValue);

/** Always called with the transaction of the change it records. */
export async function recordAudit(tx: Tx, event: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      associationId: event.associationId,
      actorUserId: event.actorUserId,
      entity: event.entity,
      entityId: event.entityId,
      action: event.action,
      before: toJson(event.before),
      after: toJson(event.after),
      at: event.at,
    },
  });
}
