import { z } from "zod";

export const retrySchema = z.object({ id: z.uuid() });
export const outboxFilterSchema = z.object({
  status: z.enum(["PENDING", "SENT", "FAILED"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
