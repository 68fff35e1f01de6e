import { z } from "zod";
import { idField, isoDateField } from "@/features/members/schema";
import { AGENDA_KINDS, AGENDA_ORIGINS, DROP_SPOTS, MAX_ITEM_MINUTES, MOVE_OPS, PROPOSAL_KINDS, VISIBILITIES } from "./rules";

/** An empty field posts "": it means "nothing". */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

const titleField = z.string().trim().min(1, { error: "required" }).max(200, { error: "tooLong" });
const textField = (max: number) => optional(z.string().trim().max(max, { error: "tooLong" }));
const optionalId = optional(idField);
const minutesField = optional(z.coerce.number({ error: "number" }).int({ error: "number" }).min(0, { error: "tooSmall" }).max(MAX_ITEM_MINUTES, { error: "tooBig" }));
/** Only used to send the person back to the page they came from. */
const slugField = z.string().regex(/^[a-z0-9-]{1,64}$/, { error: "invalid" });

const meetingScope = { slug: slugField, associationId: idField, meetingId: idField };

const itemFields = {
  kind: z.enum(AGENDA_KINDS, { error: "invalid" }),
  title: titleField,
  description: textField(4000),
  presenterId: optionalId,
  presenterName: textField(120),
  durationMinutes: minutesField,
  visibility: z.enum(VISIBILITIES, { error: "invalid" }),
  origin: z.preprocess(blankToUndefined, z.enum(AGENDA_ORIGINS, { error: "invalid" }).default("DIRECT")),
  askedById: optionalId,
  askedByName: textField(120),
  askedOn: optional(isoDateField),
};

export const addItemSchema = z.object({ ...meetingScope, parentId: optionalId, ...itemFields });

export const editItemSchema = z.object({
  ...meetingScope,
  itemId: idField,
  /** When the editor opened the item: a change made since by someone else is not overwritten. */
  seenUpdatedAt: optional(z.string().max(40)),
  ...itemFields,
});

export const deleteItemSchema = z.object({ ...meetingScope, itemId: idField, confirm: z.literal("yes", { error: "confirmRequired" }) });

export const moveItemSchema = z.object({ ...meetingScope, itemId: idField, op: z.enum(MOVE_OPS, { error: "invalid" }) });

/** "Put it under…": the new parent (blank: the top level), at the end of its sub-items. */
export const placeItemSchema = z.object({ ...meetingScope, itemId: idField, parentId: optionalId });

/** Drag and drop: the item goes before, after or inside the item it was dropped on. */
export const dropItemSchema = z.object({ ...meetingScope, itemId: idField, targetId: idField, spot: z.enum(DROP_SPOTS, { error: "invalid" }) });

export const proposeSchema = z.object({
  ...meetingScope,
  kind: z.enum(PROPOSAL_KINDS, { error: "invalid" }),
  title: titleField,
  description: textField(4000),
  askedOn: isoDateField,
});

export const acceptProposalSchema = z.object({ ...meetingScope, proposalId: idField, parentId: optionalId, note: textField(2000) });

export const declineProposalSchema = z.object({
  ...meetingScope,
  proposalId: idField,
  note: z.string().trim().min(1, { error: "required" }).max(2000, { error: "tooLong" }),
});

export const withdrawProposalSchema = z.object({ ...meetingScope, proposalId: idField });

export const addBacklogSchema = z.object({
  slug: slugField,
  associationId: idField,
  title: titleField,
  description: textField(4000),
  raisedAtMeetingId: optionalId,
});

export const pullBacklogSchema = z.object({ ...meetingScope, parentId: optionalId });

export const discardBacklogSchema = z.object({
  slug: slugField,
  associationId: idField,
  backlogItemId: idField,
  /** The agenda page it was dropped from, if any. */
  meetingId: optionalId,
  confirm: z.literal("yes", { error: "confirmRequired" }),
});
