import { z } from "zod";

export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, { error: "required" })
  .max(254, { error: "tooLong" })
  .pipe(z.email({ error: "email" }));

export const passwordField = z.string().min(1, { error: "required" }).max(200, { error: "tooLong" });

export const signInSchema = z.object({
  email: emailField,
  password: passwordField,
  next: z.string().max(500).optional(),
});

export const forgotPasswordSchema = z.object({ email: emailField });

export const resetPasswordSchema = z
  .object({
    token: z.string().min(10).max(200),
    password: passwordField,
    confirm: z.string(),
  })
  .refine((input) => input.password === input.confirm, { path: ["confirm"], error: "passwordsDiffer" });

export const localeSchema = z.object({ locale: z.enum(["fr", "en"]), back: z.string().max(500).optional() });
