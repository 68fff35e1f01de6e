import { z } from "zod";
import { blankToUndefined } from "@/features/actions/schema";
import { idField } from "@/features/members/schema";
import { parseEuros } from "./rules";

const count = z.preprocess(blankToUndefined, z.coerce.number({ error: "number" }).int({ error: "number" }).min(0, { error: "tooSmall" }).max(100_000, { error: "tooBig" }).optional());

/** "2008-10-07T19:15" from a datetime-local field, in the association's time zone. */
const localDateTime = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, { error: "invalidTime" })
    .transform((text) => {
      const [date, time] = text.split("T");
      const [year, month, day] = date.split("-").map(Number);
      const [hour, minute] = time.split(":").map(Number);
      return { year, month, day, hour, minute };
    })
    .refine((t) => t.month >= 1 && t.month <= 12 && t.day >= 1 && t.day <= 31 && t.hour <= 23 && t.minute <= 59, { error: "invalidTime" })
    .optional(),
);

const amountField = z.preprocess(
  blankToUndefined,
  z
    .string()
    .max(40, { error: "tooLong" })
    .transform((text, ctx) => {
      const cents = parseEuros(text);
      if (cents === null) {
        ctx.addIssue({ code: "custom", message: "invalid" });
        return z.NEVER;
      }
      return cents;
    })
    .optional(),
);

const decisionFields = {
  text: z.string().trim().min(1, { error: "required" }).max(4000, { error: "tooLong" }),
  outcome: z.enum(["ADOPTED", "REJECTED", "POSTPONED"], { error: "required" }),
  majority: z.enum(["SIMPLE", "TWO_THIRDS", "UNANIMITY"], { error: "invalid" }).default("SIMPLE"),
  votesFor: count,
  votesAgainst: count,
  votesAbstain: count,
  votedAt: localDateTime,
  amount: amountField,
  /** "HT" (excluding tax) or "TTC" (including tax). */
  amountTax: z.enum(["HT", "TTC"], { error: "invalid" }).default("HT"),
  /** The budget line the amount commits, if any. */
  budgetLineId: z.preprocess(blankToUndefined, idField.optional()),
};

export const recordDecisionSchema = z.object({ associationId: idField, agendaItemId: idField, ...decisionFields });
export const editDecisionSchema = z.object({ associationId: idField, decisionId: idField, ...decisionFields });
export const deleteDecisionSchema = z.object({
  associationId: idField,
  decisionId: idField,
  confirm: z.literal("yes", { error: "confirmRequired" }),
});

/** The register's filters, from the address bar: anything unexpected is ignored. */
export const registerFiltersSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  year: z.coerce.number().int().min(1900).max(2999).optional().catch(undefined),
  kind: z.enum(["BOARD", "GENERAL_ASSEMBLY", "OTHER"]).optional().catch(undefined),
  outcome: z.enum(["ADOPTED", "REJECTED", "POSTPONED"]).optional().catch(undefined),
});
export type RegisterFilters = z.output<typeof registerFiltersSchema>;


