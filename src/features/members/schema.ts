import { z } from "zod";
import { emailField } from "@/features/auth/schema";

export const kindField = z.enum(["VOTING", "ADVISORY", "MEMBER"], { error: "invalid" });
const officeField = z.enum(["PRESIDENT", "SECRETARY", "TREASURER"], { error: "invalid" });
/** Checkboxes post nothing, one value, or several. */
export const officesField = z.preprocess(
  (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z.array(officeField).max(3),
);
export const isoDateField = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "invalidDate" })
  .refine((text) => !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text), {
    error: "invalidDate",
  });
export const idField = z.uuid({ error: "invalid" });
export const nameField = z.string().trim().min(1, { error: "required" }).max(120, { error: "tooLong" });

export const changeRoleSchema = z.object({
  associationId: idField,
  membershipId: idField,
  kind: kindField,
  offices: officesField,
  effectiveOn: isoDateField.optional().or(z.literal("").transform(() => undefined)),
});

export const endMembershipSchema = z.object({
  associationId: idField,
  membershipId: idField,
  endsOn: isoDateField,
  confirm: z.literal("yes", { error: "confirmRequired" }),
});

export const inviteSchema = z.object({
  associationId: idField,
  email: emailField,
  name: nameField,
  kind: kindField,
  offices: officesField,
});

export const acceptInvitationSchema = z.object({ token: z.string().min(10).max(200) });

export const acceptAsNewUserSchema = z
  .object({
    token: z.string().min(10).max(200),
    name: nameField,
    password: z.string().min(1, { error: "required" }).max(200, { error: "tooLong" }),
    confirm: z.string(),
  })
  .refine((input) => input.password === input.confirm, { path: ["confirm"], error: "passwordsDiffer" });
