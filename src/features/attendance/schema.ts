import { z } from "zod";
import { parseLocalTime } from "@/features/meetings/rules";
import { idField, nameField } from "@/features/members/schema";
import { ATTENDANCE_STATUSES, type SheetEntry } from "./rules";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const asArray = (value: unknown) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]);

/**
 * The whole sheet in one form: a hidden `member` per row, then `status.<id>`, `proxy.<id>`,
 * `arrival.<id>`, `departure.<id>` and `note.<id>`. Errors point at the field of the row.
 */
export const attendanceSheetSchema = z
  .looseObject({
    associationId: idField,
    meetingId: idField,
    member: z.preprocess(asArray, z.array(idField).min(1, { error: "required" }).max(5000)),
  })
  .transform((input, ctx) => {
    const text = (field: string, userId: string) => {
      const value = input[`${field}.${userId}`];
      return typeof value === "string" ? value.trim() : "";
    };
    const problem = (field: string, userId: string, message: string) => ctx.addIssue({ code: "custom", message, path: [`${field}.${userId}`] });
    const entries: SheetEntry[] = [];
    for (const userId of new Set(input.member)) {
      const status = text("status", userId);
      if (status && !(ATTENDANCE_STATUSES as readonly string[]).includes(status)) problem("status", userId, "invalid");
      const proxy = text("proxy", userId);
      if (proxy && !UUID.test(proxy)) problem("proxy", userId, "invalid");
      const time = (field: "arrival" | "departure") => {
        const typed = text(field, userId);
        if (!typed) return null;
        const parsed = parseLocalTime(typed);
        if (!parsed) problem(field, userId, "invalidTime");
        return parsed;
      };
      const note = text("note", userId);
      if (note.length > 300) problem("note", userId, "tooLong");
      entries.push({
        userId,
        status: (status || null) as SheetEntry["status"],
        proxyUserId: proxy || null,
        arrival: time("arrival"),
        departure: time("departure"),
        note: note || null,
      });
    }
    return { associationId: input.associationId, meetingId: input.meetingId, entries };
  });

export const addGuestSchema = z.object({
  associationId: idField,
  meetingId: idField,
  name: nameField,
  note: z
    .string()
    .trim()
    .max(300, { error: "tooLong" })
    .optional()
    .transform((value) => value || null),
});

export const removeGuestSchema = z.object({
  associationId: idField,
  meetingId: idField,
  guestId: idField,
  confirm: z.literal("yes", { error: "confirmRequired" }),
});
