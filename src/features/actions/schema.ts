import { z } from "zod";
import { idField, isoDateField } from "@/features/members/schema";
import type { Assignee } from "./rules";

/** An empty form field is "not given". */
export const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
export const optionalText = (max: number) => z.preprocess(blankToUndefined, z.string().trim().max(max, { error: "tooLong" }).optional());
export const titleField = z.string().trim().min(1, { error: "required" }).max(200, { error: "tooLong" });
const optionalDate = z.preprocess(blankToUndefined, isoDateField.optional());

/** The "assigned to" select: nobody (""), a member's id, or "other" with a name typed beside it. */
export const OTHER_ASSIGNEE = "other";
const assigneeFields = {
  assignee: z.preprocess((v) => v ?? "", z.union([z.literal(""), z.literal(OTHER_ASSIGNEE), idField])),
  assigneeName: optionalText(120),
};
function toAssignee(input: { assignee: string; assigneeName?: string }): Assignee {
  if (input.assignee === "") return { kind: "nobody" };
  if (input.assignee === OTHER_ASSIGNEE) return { kind: "name", name: input.assigneeName ?? "" };
  return { kind: "member", userId: input.assignee };
}
const nameWhenOther = (input: { assignee: string; assigneeName?: string }) => input.assignee !== OTHER_ASSIGNEE || !!input.assigneeName;

const actionFields = {
  title: titleField,
  detail: optionalText(4000),
  ...assigneeFields,
  dueOn: optionalDate,
};

export const createActionSchema = z
  .object({ associationId: idField, agendaItemId: z.preprocess(blankToUndefined, idField.optional()), ...actionFields })
  .refine(nameWhenOther, { path: ["assigneeName"], error: "required" })
  .transform(({ assignee, assigneeName, ...rest }) => ({ ...rest, assignee: toAssignee({ assignee, assigneeName }) }));

export const editActionSchema = z
  .object({ associationId: idField, actionId: idField, ...actionFields })
  .refine(nameWhenOther, { path: ["assigneeName"], error: "required" })
  .transform(({ assignee, assigneeName, ...rest }) => ({ ...rest, assignee: toAssignee({ assignee, assigneeName }) }));

export const changeStatusSchema = z
  .object({
    associationId: idField,
    actionId: idField,
    status: z.enum(["OPEN", "IN_PROGRESS", "DONE", "CANCELLED"], { error: "invalid" }),
    note: optionalText(2000),
    confirm: z.string().optional(),
  })
  // Cancelling closes the action for good: it asks for confirmation.
  .refine((input) => input.status !== "CANCELLED" || input.confirm === "yes", { path: ["confirm"], error: "confirmRequired" });

export const recordFollowUpSchema = z.object({
  associationId: idField,
  agendaItemId: idField,
  outcome: z.enum(["DONE", "IN_PROGRESS", "NOT_DISCUSSED"], { error: "required" }),
  note: optionalText(2000),
});

export const addFollowUpSectionSchema = z.object({ associationId: idField, meetingId: idField });

const STATUS_FILTERS = ["pending", "OPEN", "IN_PROGRESS", "DONE", "CANCELLED", "all"] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

/** The actions page's filters, from the address bar: anything unexpected is ignored. */
export const actionFiltersSchema = z.object({
  assignee: z.string().max(60).optional().catch(undefined), // "", "nobody", "me", a user id, or "name:<text>"
  status: z.enum(STATUS_FILTERS).catch("pending"),
  meeting: z.preprocess(blankToUndefined, z.union([z.literal("none"), idField]).optional()).catch(undefined),
  overdue: z.preprocess((v) => v === "yes", z.boolean()).catch(false),
});
export type ActionFilters = z.output<typeof actionFiltersSchema>;
