import { z } from "zod";
import { emailField } from "@/features/auth/schema";
import { isValidTimeZone } from "@/lib/zoned-time";

const nameField = z.string().trim().min(1, { error: "required" }).max(120, { error: "tooLong" });
export const timezoneField = z.string().trim().min(1, { error: "required" }).refine(isValidTimeZone, { error: "timezone" });
const localeField = z.enum(["fr", "en"], { error: "invalid" });
const smallInt = (min: number, max: number) =>
  z.coerce.number({ error: "number" }).int({ error: "number" }).min(min, { error: "tooSmall" }).max(max, { error: "tooBig" });

export const createAssociationSchema = z.object({
  name: nameField,
  slug: z.string().trim().toLowerCase().max(48, { error: "tooLong" }).optional(),
  timezone: timezoneField.default("Europe/Paris"),
  locale: localeField.default("fr"),
  presidentName: nameField,
  presidentEmail: emailField,
});

export const settingsSchema = z
  .object({
    associationId: z.uuid(),
    name: nameField,
    address: z.string().trim().max(300, { error: "tooLong" }).optional(),
    timezone: timezoneField,
    locale: localeField,
    approvalWindowDays: smallInt(1, 60),
    quorumKind: z.enum(["NONE", "FRACTION", "COUNT"], { error: "invalid" }),
    quorumNumerator: smallInt(1, 100),
    quorumDenominator: smallInt(1, 100),
    quorumCount: z.preprocess((v) => (v === "" || v === undefined ? undefined : v), smallInt(1, 1000).optional()),
    // The general assembly's rule: left as it is when the form does not send it.
    assemblyQuorumKind: z.enum(["NONE", "FRACTION", "COUNT"], { error: "invalid" }).optional(),
    assemblyQuorumNumerator: smallInt(1, 100).optional(),
    assemblyQuorumDenominator: smallInt(1, 100).optional(),
    assemblyQuorumCount: z.preprocess((v) => (v === "" || v === undefined ? undefined : v), smallInt(1, 100_000).optional()),
    publicMinutes: z.preprocess((v) => v === "yes", z.boolean()),
    // Budget settings: left unchanged by callers that do not send them. The form posts a hidden
    // "no" before the checkbox, so an unticked box is told apart from an absent one.
    fiscalYearStartMonth: smallInt(1, 12).optional(),
    membersSeeBudget: z.preprocess((v) => (v === undefined ? undefined : Array.isArray(v) ? v.includes("yes") : v === "yes"), z.boolean().optional()),
  })
  .refine((s) => s.quorumKind !== "COUNT" || s.quorumCount !== undefined, { path: ["quorumCount"], error: "required" })
  .refine((s) => s.quorumNumerator <= s.quorumDenominator, { path: ["quorumNumerator"], error: "invalid" })
  .refine((s) => s.assemblyQuorumKind !== "COUNT" || s.assemblyQuorumCount !== undefined, { path: ["assemblyQuorumCount"], error: "required" })
  .refine((s) => (s.assemblyQuorumNumerator ?? 1) <= (s.assemblyQuorumDenominator ?? 100), { path: ["assemblyQuorumNumerator"], error: "invalid" });
