import { z } from "zod";
import { idField, isoDateField } from "@/features/members/schema";
import { parseLocalTime } from "./rules";

export const meetingKindField = z.enum(["BOARD", "GENERAL_ASSEMBLY", "OTHER"], { error: "invalid" });
const titleField = z.string().trim().min(1, { error: "required" }).max(200, { error: "tooLong" });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "tooLong" })
    .optional()
    .transform((value) => value || null);
/** "18:00", "18h15": a time of day in the association's time zone. */
export const timeField = z
  .string()
  .trim()
  .min(1, { error: "required" })
  .refine((text) => parseLocalTime(text) !== null, { error: "invalidTime" })
  .transform((text) => parseLocalTime(text)!);
const optionalId = z
  .union([idField, z.literal("")])
  .optional()
  .transform((value) => value || null);
const yes = z.preprocess((value) => value === "yes", z.boolean());

const meetingFields = {
  associationId: idField,
  kind: meetingKindField,
  title: titleField,
  place: optionalText(300),
  remoteAccess: optionalText(1000),
  facilitatorId: optionalId,
};

/** Start and end as the association's wall clock: a day, a start time, an end time (and a day when it ends on another). */
const whenFields = {
  date: isoDateField,
  startTime: timeField,
  endTime: timeField,
  endDate: isoDateField.optional().or(z.literal("").transform(() => undefined)),
};

export const createMeetingSchema = z.object({ ...meetingFields, ...whenFields });

export const updateMeetingSchema = z.object({
  ...meetingFields,
  ...whenFields,
  meetingId: idField,
  /** The version shown when the form was opened. */
  version: z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).min(1, { error: "invalid" }),
});

export const planMeetingsSchema = z.object({
  ...meetingFields,
  dates: z.string().trim().min(1, { error: "required" }).max(2000, { error: "tooLong" }),
  time: timeField,
  durationMinutes: z.coerce.number({ error: "number" }).int({ error: "number" }).min(15, { error: "tooSmall" }).max(24 * 60, { error: "tooBig" }),
});

export const meetingRefSchema = z.object({ associationId: idField, meetingId: idField });

export const cancelMeetingSchema = meetingRefSchema.extend({ confirm: z.literal("yes", { error: "confirmRequired" }) });

export const conveneSchema = meetingRefSchema.extend({ resend: yes });

/** `confirm` is ticked to replace an existing address. */
export const feedSchema = z.object({ confirm: yes });
