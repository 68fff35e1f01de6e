import { z } from "zod";
import { blankToUndefined, optionalText } from "@/features/actions/schema";
import { idField } from "@/features/members/schema";

const nameField = z.string().trim().min(1, { error: "required" }).max(120, { error: "tooLong" });
/** Checkboxes post nothing, one value, or several. */
const referentsField = z.preprocess((value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]), z.array(idField).max(20, { error: "tooLong" }));

export const createGroupSchema = z.object({
  associationId: idField,
  name: nameField,
  description: optionalText(4000),
  referents: referentsField,
});

export const editGroupSchema = z.object({
  associationId: idField,
  groupId: idField,
  name: nameField,
  description: optionalText(4000),
  referents: referentsField,
  active: z.preprocess((v) => v === "yes", z.boolean()),
});

export const addGroupsFollowUpSchema = z.object({ associationId: idField, meetingId: idField });

export const groupNoteSchema = z.object({
  associationId: idField,
  agendaItemId: idField,
  note: z.preprocess(blankToUndefined, z.string().trim().max(4000, { error: "tooLong" }).optional()),
});
