import "server-only";
import type { OutboxStatus } from "@/generated/prisma/client";
import { db } from "@/lib/db";

export const OUTBOX_PAGE_SIZE = 50;

export async function outboxEmails(filter: { status?: OutboxStatus; page: number }) {
  const where = filter.status ? { status: filter.status } : {};
  const [emails, total] = await Promise.all([
    db().outboxEmail.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (filter.page - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
      include: { association: { select: { name: true } } },
    }),
    db().outboxEmail.count({ where }),
  ]);
  return { emails, total };
}
