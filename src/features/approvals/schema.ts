import { z } from "zod";
import { idField } from "@/features/members/schema";
import { ANSWER_KINDS, noteRequired, type AnswerKind } from "./rules";

const noteField = z
  .string()
  .trim()
  .max(2_000, { error: "tooLong" })
  .optional()
  .transform((v) => v || null);

export const openReviewSchema = z.object({ associationId: idField, meetingId: idField });

/** A reservation or an objection without its reason is sent back, with what was typed. */
export const answerSchema = z
  .object({
    associationId: idField,
    reviewId: idField,
    kind: z.enum(ANSWER_KINDS as [AnswerKind, ...AnswerKind[]], { error: "required" }),
    note: noteField,
  })
  .refine((input) => !noteRequired(input.kind) || input.note, { path: ["note"], error: "required" });

export const withdrawSchema = z.object({ associationId: idField, reviewId: idField });

export const opinionSchema = z.object({
  associationId: idField,
  reviewId: idField,
  note: z.string().trim().min(1, { error: "required" }).max(2_000, { error: "tooLong" }),
});

export const closeEarlySchema = z.object({
  associationId: idField,
  reviewId: idField,
  confirm: z.literal("yes", { error: "confirmRequired" }),
});

export const settleSchema = z.object({
  associationId: idField,
  reviewId: idField,
  meetingId: idField,
  outcome: z.enum(["APPROVED", "REJECTED"], { error: "required" }),
  note: noteField,
  confirm: z.literal("yes", { error: "confirmRequired" }),
});
