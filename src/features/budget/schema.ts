import { z } from "zod";
import { idField, isoDateField } from "@/features/members/schema";
import { parseMoney, type MoneyLocale } from "@/lib/money";
import { ENCODINGS, SEPARATORS, SKIP, type ImportSettings } from "./rules";

const requiredText = (max: number) => z.string({ error: "required" }).trim().min(1, { error: "required" }).max(max, { error: "tooLong" });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "tooLong" })
    .optional()
    .transform((value) => value || null);
const confirmField = z.literal("yes", { error: "confirmRequired" });
const optionalId = z.preprocess((value) => (value === "" ? undefined : value), idField.optional());

/**
 * An amount as typed ("1 234,56", "1234.56") → integer cents. The problem travels as
 * "money.<PROBLEM>" so that the action can say exactly what is wrong with the amount.
 */
export const moneyField = (locale: MoneyLocale, options: { allowNegative?: boolean } = {}) =>
  z.string({ error: "required" }).transform((text, ctx) => {
    const parsed = parseMoney(text, locale, options);
    if (parsed.ok) return parsed.cents;
    ctx.addIssue({ code: "custom", message: `money.${parsed.problem}` });
    return z.NEVER;
  });

export const LABEL_MAX = 120;
export const REMARK_MAX = 300;
export const CATEGORY_MAX = 60;

export const createPlanSchema = z.object({
  associationId: idField,
  fiscalYear: z.coerce.number({ error: "number" }).int({ error: "number" }).min(1900, { error: "tooSmall" }).max(2200, { error: "tooBig" }),
  copyFromPlanId: optionalId,
});

export const planRefSchema = z.object({ associationId: idField, planId: idField });
export const deletePlanSchema = planRefSchema.extend({ confirm: confirmField });

export const addLineSchema = (locale: MoneyLocale) =>
  z.object({
    associationId: idField,
    planId: idField,
    kind: z.enum(["EXPENSE", "INCOME"], { error: "invalid" }),
    label: requiredText(LABEL_MAX),
    amount: moneyField(locale),
    remark: optionalText(REMARK_MAX),
    category: optionalText(CATEGORY_MAX),
  });

export const updateLineSchema = (locale: MoneyLocale) =>
  z.object({
    associationId: idField,
    lineId: idField,
    label: requiredText(LABEL_MAX),
    amount: moneyField(locale),
    remark: optionalText(REMARK_MAX),
    category: optionalText(CATEGORY_MAX),
  });

export const moveLineSchema = z.object({ associationId: idField, lineId: idField, direction: z.enum(["up", "down"], { error: "invalid" }) });
export const deleteLineSchema = z.object({ associationId: idField, lineId: idField, confirm: confirmField });

export const adoptPlanSchema = z.object({
  associationId: idField,
  planId: idField,
  adoptedOn: isoDateField,
  decisionId: optionalId,
  confirm: confirmField,
});

export const addEntrySchema = (locale: MoneyLocale) =>
  z.object({
    associationId: idField,
    lineId: idField,
    date: isoDateField,
    amount: moneyField(locale, { allowNegative: true }),
    label: requiredText(200),
    reference: optionalText(100),
  });

export const deleteEntrySchema = z.object({ associationId: idField, entryId: idField, confirm: confirmField });

export const uploadSchema = z.object({
  associationId: idField,
  planId: idField,
  file: z.custom<File>((value) => typeof File !== "undefined" && value instanceof File && value.size > 0 && value.name !== "", { error: "required" }),
});

export const replaceFileSchema = z.object({
  associationId: idField,
  importId: idField,
  file: uploadSchema.shape.file,
});

const column = z.string().trim().max(200, { error: "tooLong" }).default("");

/** The columns step: the value-to-line pairs travel as mapValue.N / mapLine.N. */
export const importSettingsSchema = z.preprocess(
  (raw) => {
    const form = (raw ?? {}) as Record<string, unknown>;
    const map: Record<string, string> = {};
    for (const [key, value] of Object.entries(form)) {
      const match = /^mapValue\.(\d+)$/.exec(key);
      const line = match ? form[`mapLine.${match[1]}`] : undefined;
      if (match && typeof value === "string" && typeof line === "string" && line !== "") map[value] = line;
    }
    return { ...form, map };
  },
  z
    .object({
      associationId: idField,
      importId: idField,
      encoding: z.enum(ENCODINGS as [string, ...string[]], { error: "invalid" }),
      separator: z.enum(SEPARATORS as [string, ...string[]], { error: "invalid" }),
      dateColumn: column,
      labelColumn: column,
      referenceColumn: column,
      amountMode: z.enum(["single", "debitCredit"], { error: "invalid" }),
      amountColumn: column,
      debitColumn: column,
      creditColumn: column,
      lineMode: z.enum(["single", "column"], { error: "invalid" }),
      lineId: z.string().default(""),
      lineColumn: column,
      map: z.record(z.string().max(200), z.string().refine((v) => v === SKIP || idField.safeParse(v).success, { error: "invalid" })),
    })
    .transform(
      (form): { associationId: string; importId: string; settings: ImportSettings } => ({
        associationId: form.associationId,
        importId: form.importId,
        settings: {
          encoding: form.encoding as ImportSettings["encoding"],
          separator: form.separator as ImportSettings["separator"],
          dateColumn: form.dateColumn,
          labelColumn: form.labelColumn,
          referenceColumn: form.referenceColumn || null,
          amount: form.amountMode === "single" ? { mode: "single", column: form.amountColumn } : { mode: "debitCredit", debitColumn: form.debitColumn, creditColumn: form.creditColumn },
          lines: form.lineMode === "single" ? { mode: "single", lineId: form.lineId } : { mode: "column", column: form.lineColumn, map: form.map },
        },
      }),
    ),
);

export const confirmImportSchema = z.object({
  associationId: idField,
  importId: idField,
  /** The staged import as previewed: a change since then asks for a new look. */
  version: z.string().min(1).max(40),
});

export const importRefSchema = z.object({ associationId: idField, importId: idField });

export const addSnapshotSchema = (locale: MoneyLocale) =>
  z.object({
    associationId: idField,
    on: isoDateField,
    balance: moneyField(locale, { allowNegative: true }),
    note: optionalText(200),
  });

export const deleteSnapshotSchema = z.object({ associationId: idField, snapshotId: idField, confirm: confirmField });
