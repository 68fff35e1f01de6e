import "server-only";
import { db } from "@/lib/db";

/** The operator's list: every association with its number of current board members. */
export async function allAssociations() {
  return db().association.findMany({
    select: { id: true, slug: true, name: true, createdAt: true, _count: { select: { memberships: true } } },
    orderBy: { name: "asc" },
  });
}

export async function auditTrail(associationId: string, page: number, pageSize = 50) {
  return db().auditEvent.findMany({
    where: { associationId },
    // Newest first through the (associationId, at) index: ordering by id alone made PostgreSQL
    // read and sort the association's whole history for each page.
    orderBy: [{ at: "desc" }, { id: "desc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
  });
}
