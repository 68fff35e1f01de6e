"use server";
import { getLocale, getTranslations } from "next-intl/server";
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { requireUser } from "@/features/auth/session";
import { okState, parseForm, refusalState } from "@/lib/form-action";
import type { FormState } from "@/lib/form-state";
import type { MoneyLocale } from "@/lib/money";
import type { Ctx } from "@/lib/use-case";
import {
  addEntry,
  addLine,
  addSnapshot,
  adoptPlan,
  confirmImport,
  createPlan,
  deleteEntry,
  deleteLine,
  deletePlan,
  deleteSnapshot,
  discardImport,
  moveLine,
  replaceImportFile,
  revisePlan,
  saveImportSettings,
  updateLine,
  uploadImport,
} from "./commands";
import { slugOf } from "./queries";
import {
  addEntrySchema,
  addLineSchema,
  addSnapshotSchema,
  adoptPlanSchema,
  confirmImportSchema,
  createPlanSchema,
  deleteEntrySchema,
  deleteLineSchema,
  deletePlanSchema,
  deleteSnapshotSchema,
  importRefSchema,
  importSettingsSchema,
  moveLineSchema,
  planRefSchema,
  replaceFileSchema,
  updateLineSchema,
  uploadSchema,
} from "./schema";

async function context(): Promise<{ ctx: Ctx; locale: MoneyLocale }> {
  const user = await requireUser();
  return { ctx: { userId: user.id, now: new Date() }, locale: (await getLocale()) === "en" ? "en" : "fr" };
}

/** Like parseForm, but says what is wrong with an amount ("ambiguous", "too large"…). */
async function parseBudgetForm<S extends z.ZodType>(schema: S, formData: FormData, extra: Record<string, unknown> = {}) {
  const parsed = await parseForm(schema, formData, extra);
  if (parsed.ok) return parsed;
  const raw = Object.fromEntries([...formData.entries()].filter(([key, value]) => !key.startsWith("$ACTION") && typeof value === "string"));
  const issues = schema.safeParse({ ...raw, ...extra }).error?.issues ?? [];
  const t = await getTranslations("budget.money");
  const fieldErrors = { ...parsed.state.fieldErrors };
  for (const issue of issues) {
    if (issue.message.startsWith("money.")) fieldErrors[String(issue.path[0])] = t(issue.message.slice("money.".length) as "MALFORMED");
  }
  return { ok: false as const, state: { ...parsed.state, fieldErrors } };
}

async function done(message: string): Promise<FormState> {
  refresh();
  return okState(message);
}

const t = async () => getTranslations("budget.done");

export async function createPlanAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { ctx } = await context();
  const parsed = await parseBudgetForm(createPlanSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await createPlan(ctx, parsed.data);
  if (!result.ok) return refusalState(result, formData);
  redirect(`/a/${await slugOf(parsed.data.associationId)}/budget/${result.value.planId}/edit`);
}

export async function deletePlanAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { ctx } = await context();
  const parsed = await parseBudgetForm(deletePlanSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await deletePlan(ctx, parsed.data);
  if (!result.ok) return refusalState(result, formData);
  redirect(`/a/${await slugOf(parsed.data.associationId)}/budget`);
}

export async function addLineAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { ctx, locale } = await context();
  const parsed = await parseBudgetForm(addLineSchema(locale), formData);
  if (!parsed.ok) return parsed.state;
  const result = await addLine(ctx, parsed.data);
  if (!result.ok) return refusalState(result, formData, result.reason.startsWith("AMOUNT_") ? "amount" : undefined);
  return done((await t())("lineAdded", { label: parsed.data.label }));
}

export async function updateLineAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { ctx, locale } = await context();
  const parsed = await parseBudgetForm(updateLineSchema(locale), formData);
  if (!parsed.ok) return parsed.state;
  const result = await updateLine(ctx, parsed.data);
  if (!result.ok) return refusalState(result, formData, result.reason.startsWith("AMOUNT_") ? "amount" : undefined);
  return done((await t())("lineSaved"));
}

export async function moveLineAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { ctx } = await context();
  const parsed = await parseBudgetForm(moveLineSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await moveLine(ctx, parsed.data);
  if (!result.ok) return refusalState(result);
  return done((await t())("lineMoved"));
}

export async function deleteLineAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { ctx } = await context();
  const parsed = await parseBudgetForm(deleteLineSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await deleteLine(ctx, parsed.data);
  if (!result.ok) return refusalState(result, formData);
  return done((await t())("lineDeleted"));
}

export async function adoptPlanAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { ctx } = await context();
  const parsed = await parseBudgetForm(adoptPlanSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await adoptPlan(ctx, parsed.data);
  if (!result.ok) return refusalState(result, formData, result.reason === "ADOPTION_IN_FUTURE" ? "adoptedOn" : undefined);
  redirect(`/a/${await slugOf(parsed.data.associationId)}/budget/${parsed.data.planId}`);
}

export async function revisePlanAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { ctx } = await context();
  const parsed = await parseBudgetForm(planRefSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await revisePlan(ctx, parsed.data);
  if (!result.ok) return refusalState(result);
  redirect(`/a/${await slugOf(parsed.data.associationId)}/budget/${result.value.planId}/edit`);
}

export async function addEntryAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { ctx, locale } = await context();
  const parsed = await parseBudgetForm(addEntrySchema(locale), formData);
  if (!parsed.ok) return parsed.state;
  const result = await addEntry(ctx, parsed.data);
  if (!result.ok) {
    const field = result.reason.startsWith("AMOUNT_") ? "amount" : result.reason === "DATE_OUTSIDE_YEAR" ? "date" : undefined;
    return refusalState(result, formData, field);
  }
  return done((await t())("entryAdded"));
}

export async function deleteEntryAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { ctx } = await context();
  const parsed = await parseBudgetForm(deleteEntrySchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await deleteEntry(ctx, parsed.data);
  if (!result.ok) return refusalState(result, formData);
  return done((await t())("entryDeleted"));
}

const bytesOf = async (file: File) => ({ fileName: file.name, content: new Uint8Array(await file.arrayBuffer()) });
const postedFile = (formData: FormData) => {
  const file = formData.get("file");
  return { file: file instanceof File ? file : undefined };
};

export async function uploadImportAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { ctx } = await context();
  const parsed = await parseBudgetForm(uploadSchema, formData, postedFile(formData));
  if (!parsed.ok) return parsed.state;
  const result = await uploadImport(ctx, { associationId: parsed.data.associationId, planId: parsed.data.planId, ...(await bytesOf(parsed.data.file)) });
  if (!result.ok) return refusalState(result, formData, "file");
  redirect(`/a/${await slugOf(parsed.data.associationId)}/budget/${parsed.data.planId}/import/${result.value.importId}`);
}

export async function replaceImportFileAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { ctx } = await context();
  const parsed = await parseBudgetForm(replaceFileSchema, formData, postedFile(formData));
  if (!parsed.ok) return parsed.state;
  const result = await replaceImportFile(ctx, { associationId: parsed.data.associationId, importId: parsed.data.importId, ...(await bytesOf(parsed.data.file)) });
  if (!result.ok) return refusalState(result, formData, "file");
  return done((await t())("fileReplaced"));
}

export async function saveImportSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { ctx } = await context();
  const parsed = await parseBudgetForm(importSettingsSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await saveImportSettings(ctx, parsed.data);
  if (!result.ok) return refusalState(result, formData);
  return done((await t())("settingsSaved"));
}

export async function confirmImportAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { ctx } = await context();
  const parsed = await parseBudgetForm(confirmImportSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await confirmImport(ctx, parsed.data);
  if (!result.ok) return refusalState(result);
  return done((await t())("imported", result.value));
}

export async function discardImportAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { ctx } = await context();
  const parsed = await parseBudgetForm(importRefSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await discardImport(ctx, parsed.data);
  if (!result.ok) return refusalState(result);
  redirect(`/a/${await slugOf(parsed.data.associationId)}/budget/${result.value.planId}/import`);
}

export async function addSnapshotAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { ctx, locale } = await context();
  const parsed = await parseBudgetForm(addSnapshotSchema(locale), formData);
  if (!parsed.ok) return parsed.state;
  const result = await addSnapshot(ctx, parsed.data);
  if (!result.ok) return refusalState(result, formData, result.reason.startsWith("AMOUNT_") ? "balance" : "on");
  return done((await t())("snapshotAdded"));
}

export async function deleteSnapshotAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { ctx } = await context();
  const parsed = await parseBudgetForm(deleteSnapshotSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await deleteSnapshot(ctx, parsed.data);
  if (!result.ok) return refusalState(result, formData);
  return done((await t())("snapshotDeleted"));
}
