import { z } from "zod";
import { idField } from "@/features/members/schema";

export const MAX_BODY = 50_000;
const visibilityField = z.enum(["PUBLIC", "MEMBERS", "BOARD"], { error: "invalid" });
const titleField = z.string().trim().min(1, { error: "required" }).max(200, { error: "tooLong" });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "tooLong" })
    .optional()
    .transform((v) => v ?? "");

export const meetingRefSchema = z.object({ associationId: idField, meetingId: idField });

export const saveSectionSchema = z.object({
  associationId: idField,
  meetingId: idField,
  sectionId: idField,
  /** The section's version when the editor opened it. */
  baseVersion: z.coerce.number({ error: "invalid" }).int().min(1),
  // Line endings from browsers are \r\n: the text is kept as typed otherwise.
  body: z
    .string()
    .max(MAX_BODY, { error: "tooLong" })
    .optional()
    .transform((v) => (v ?? "").replace(/\r\n?/g, "\n").trimEnd()),
  /** Header and free sections only: items keep the agenda's title. */
  title: titleField.optional().or(z.literal("").transform(() => undefined)),
  note: optionalText(300),
});

export const addFreeSectionSchema = z.object({
  associationId: idField,
  meetingId: idField,
  title: titleField,
  visibility: visibilityField,
});

export const removeSectionSchema = z.object({
  associationId: idField,
  meetingId: idField,
  sectionId: idField,
  confirm: z.literal("yes", { error: "confirmRequired" }),
});

export const erratumSchema = z.object({
  associationId: idField,
  meetingId: idField,
  text: z.string().trim().min(1, { error: "required" }).max(5_000, { error: "tooLong" }),
});

/** The two revisions to compare (a GET form: bad values fall back to the defaults). */
export const compareQuerySchema = z.object({
  from: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
  to: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
