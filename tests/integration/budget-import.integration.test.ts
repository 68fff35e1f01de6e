import { describe, expect, it } from "vitest";
import { confirmImport, discardImport, replaceImportFile, revisePlan, adoptPlan, saveImportSettings, uploadImport } from "@/features/budget/commands";
import { importView, planView } from "@/features/budget/queries";
import { SKIP, type ImportSettings } from "@/features/budget/rules";
import { db } from "@/lib/db";
import { ctxOf, makeBoard } from "./factories";
import { latin1, makePlan, SMALL_PLAN, utf8 } from "./factories-budget";

const now = new Date("2023-06-20T10:00:00Z");

// Paheko's simplified journal export (comma, quoted, dd/mm/yyyy, decimal comma).
const HEADER = '"Numéro d\'écriture","Type","Statut","Libellé","Date","Remarques","Numéro pièce comptable","Référence paiement","Compte de débit","Compte de crédit","Montant","Projet analytique","Membres associés"';
const row = (id: number, label: string, date: string, account: string, amount: string) => `"${id}","Dépense","","${label}","${date}","","P-${id}","","${account}","512","${amount}","",""`;
const JOURNAL = [HEADER, row(1, "Location serveur – janvier", "05/01/2023", "6132", "208,33"), row(2, "Frais de tenue de compte", "31/01/2023", "627", "8,40"), row(3, "Location serveur – février", "05/02/2023", "6132", "208,33")].join("\r\n");
const JOURNAL_ONE_BAD_ROW = JOURNAL.replace('"31/01/2023"', '"31/02/2023"');

async function setUp() {
  const board = await makeBoard();
  const { plan, lines } = await makePlan(board.association.id, { status: "ADOPTED", lines: SMALL_PLAN });
  const [servers, bank] = lines;
  const settings: ImportSettings = {
    encoding: "auto",
    separator: "auto",
    dateColumn: "Date",
    labelColumn: "Libellé",
    referenceColumn: "Numéro pièce comptable",
    amount: { mode: "single", column: "Montant" },
    lines: { mode: "column", column: "Compte de débit", map: { "6132": servers.id, "627": bank.id } },
  };
  return { ...board, plan, servers, bank, settings, ctx: ctxOf(board.treasurer.user, now) };
}

async function upload(s: Awaited<ReturnType<typeof setUp>>, text: string | Uint8Array, settings: ImportSettings = s.settings) {
  const uploaded = await uploadImport(s.ctx, { associationId: s.association.id, planId: s.plan.id, fileName: "journal.csv", content: typeof text === "string" ? utf8(text) : text });
  if (!uploaded.ok) throw new Error(uploaded.reason);
  const saved = await saveImportSettings(s.ctx, { associationId: s.association.id, importId: uploaded.value.importId, settings });
  if (!saved.ok) throw new Error(saved.reason);
  return uploaded.value.importId;
}

async function confirm(s: Awaited<ReturnType<typeof setUp>>, importId: string) {
  const view = await importView(s.association.id, importId);
  return confirmImport(s.ctx, { associationId: s.association.id, importId, version: view!.staged.version });
}

const entryCount = (associationId: string) => db().budgetEntry.count({ where: { associationId } });

describe("importing actual entries from a CSV export", () => {
  it("guesses Paheko's columns from the header on upload", async () => {
    const s = await setUp();
    const uploaded = await uploadImport(s.ctx, { associationId: s.association.id, planId: s.plan.id, fileName: "journal.csv", content: utf8(JOURNAL) });
    if (!uploaded.ok) throw new Error(uploaded.reason);
    const view = await importView(s.association.id, uploaded.value.importId);
    expect(view!.settings).toMatchObject({ dateColumn: "Date", labelColumn: "Libellé", amount: { mode: "single", column: "Montant" }, lines: { mode: "column", column: "Compte de débit" } });
    expect(view!.values).toEqual(["6132", "627"]);
    // No line is chosen for the accounts yet: every row says so, and nothing can be imported.
    expect(view!.preview!.counts).toEqual({ ready: 0, duplicate: 0, skipped: 0, invalid: 3 });
  });

  it("one bad row: nothing is imported; the corrected file is; importing it again adds nothing", async () => {
    const s = await setUp();
    const importId = await upload(s, JOURNAL_ONE_BAD_ROW);
    const preview = (await importView(s.association.id, importId))!.preview!;
    expect(preview.counts).toEqual({ ready: 2, duplicate: 0, skipped: 0, invalid: 1 });
    expect(preview.rows.find((r) => r.status === "invalid")).toMatchObject({ line: 3, problems: [{ code: "DATE_NOT_EXIST", value: "31/02/2023" }] });

    expect(await confirm(s, importId)).toEqual({ ok: false, reason: "IMPORT_HAS_ERRORS", detail: { count: 1 } });
    expect(await entryCount(s.association.id)).toBe(0);
    expect((await db().budgetImport.findUniqueOrThrow({ where: { id: importId } })).importedAt).toBeNull();

    // The treasurer fixes the date in the file and uploads it again: the columns chosen stay.
    expect(await replaceImportFile(s.ctx, { associationId: s.association.id, importId, fileName: "journal-corrige.csv", content: utf8(JOURNAL) })).toEqual({ ok: true, value: null });
    expect(await confirm(s, importId)).toEqual({ ok: true, value: { imported: 3, duplicates: 0, skipped: 0 } });
    const view = await planView(db(), s.association.id, s.plan.id);
    expect(view!.figures.lines.find((l) => l.id === s.servers.id)!.actual).toBe(41_666);
    expect(view!.figures.lines.find((l) => l.id === s.bank.id)!.actual).toBe(840);
    const entries = await db().budgetEntry.findMany({ where: { associationId: s.association.id }, orderBy: { date: "asc" } });
    expect(entries.map((e) => [e.date.toISOString().slice(0, 10), Number(e.amountCents), e.reference, e.source])).toEqual([
      ["2023-01-05", 20_833, "P-1", "IMPORT"],
      ["2023-01-31", 840, "P-2", "IMPORT"],
      ["2023-02-05", 20_833, "P-3", "IMPORT"],
    ]);

    // The same journal exported again, with one new row: only the new row comes in.
    const again = await upload(s, `${JOURNAL}\r\n${row(4, "Location serveur – mars", "05/03/2023", "6132", "208,33")}`);
    expect((await importView(s.association.id, again))!.preview!.counts).toEqual({ ready: 1, duplicate: 3, skipped: 0, invalid: 0 });
    expect(await confirm(s, again)).toEqual({ ok: true, value: { imported: 1, duplicates: 3, skipped: 0 } });
    expect(await entryCount(s.association.id)).toBe(4);

    const audit = await db().auditEvent.findMany({ where: { associationId: s.association.id, action: "budget.import.confirm" } });
    expect(audit.map((a) => a.after)).toEqual([expect.objectContaining({ imported: 3 }), expect.objectContaining({ imported: 1, duplicates: 3 })]);
  });

  it("next month's export of the same journal reuses the columns and lines chosen last time", async () => {
    const s = await setUp();
    await confirm(s, await upload(s, JOURNAL));
    const next = await uploadImport(s.ctx, { associationId: s.association.id, planId: s.plan.id, fileName: "journal-mars.csv", content: utf8(`${HEADER}\r\n${row(9, "Location serveur – mars", "05/03/2023", "6132", "208,33")}`) });
    if (!next.ok) throw new Error(next.reason);
    const view = await importView(s.association.id, next.value.importId);
    expect(view!.settings).toEqual(s.settings);
    expect(view!.preview!.counts).toEqual({ ready: 1, duplicate: 0, skipped: 0, invalid: 0 });
    // Another export layout gets fresh guesses instead.
    const other = await uploadImport(s.ctx, { associationId: s.association.id, planId: s.plan.id, fileName: "autre.csv", content: utf8("Jour;Texte;Somme\n05/03/2023;Loyer;10,00") });
    if (!other.ok) throw new Error(other.reason);
    expect((await importView(s.association.id, other.value.importId))!.settings).toMatchObject({ dateColumn: "", labelColumn: "" });
  });

  it("a file is imported once; a changed preview must be looked at again", async () => {
    const s = await setUp();
    const importId = await upload(s, JOURNAL);
    expect(await confirmImport(s.ctx, { associationId: s.association.id, importId, version: "2000-01-01T00:00:00.000Z" })).toEqual({ ok: false, reason: "IMPORT_CHANGED" });
    expect(await confirm(s, importId)).toMatchObject({ ok: true });
    expect(await confirm(s, importId)).toEqual({ ok: false, reason: "IMPORT_DONE" });
    expect(await saveImportSettings(s.ctx, { associationId: s.association.id, importId, settings: s.settings })).toEqual({ ok: false, reason: "IMPORT_DONE" });
    expect(await entryCount(s.association.id)).toBe(3);
  });

  it("Windows-1252 with semicolons and debit/credit columns; bank lines skipped", async () => {
    const s = await setUp();
    const income = await db().budgetLine.findFirstOrThrow({ where: { planId: s.plan.id, kind: "INCOME" } });
    const text = [
      "Numéro d'écriture;Libellé;Date;Numéro compte;Débit;Crédit",
      "20;Cotisations de mars;15/03/2023;756;0,00;1 250,00",
      "20;Cotisations de mars;15/03/2023;512;1 250,00;0,00",
    ].join("\n");
    const settings: ImportSettings = {
      ...s.settings,
      referenceColumn: "Numéro d'écriture",
      amount: { mode: "debitCredit", debitColumn: "Débit", creditColumn: "Crédit" },
      lines: { mode: "column", column: "Numéro compte", map: { "756": income.id, "512": SKIP } },
    };
    const importId = await upload(s, latin1(text), settings);
    expect(await confirm(s, importId)).toEqual({ ok: true, value: { imported: 1, duplicates: 0, skipped: 1 } });
    const entry = await db().budgetEntry.findFirstOrThrow({ where: { associationId: s.association.id } });
    expect([entry.label, Number(entry.amountCents), entry.lineId]).toEqual(["Cotisations de mars", 125_000, income.id]);
  });

  it("broken files are refused and nothing is imported", async () => {
    const s = await setUp();
    const cases: [Uint8Array, ImportSettings][] = [
      [latin1("Date;Libellé;Montant\n05/01/2023;Dépôt;10,00"), { ...s.settings, encoding: "utf-8" }], // wrong encoding
      [utf8(JOURNAL), { ...s.settings, separator: ";" }], // wrong separator
      [utf8(JOURNAL.replace('"Date"', '"Jour"')), s.settings], // missing column
    ];
    for (const [content, settings] of cases) {
      const importId = await upload(s, content, settings);
      const view = await importView(s.association.id, importId);
      expect(view!.fileProblem).not.toBeNull();
      expect(await confirm(s, importId)).toEqual({ ok: false, reason: "IMPORT_FILE_PROBLEM" });
    }
    expect(await entryCount(s.association.id)).toBe(0);
  });

  it("refuses empty and oversized files at upload", async () => {
    const s = await setUp();
    const tryUpload = (content: Uint8Array) => uploadImport(s.ctx, { associationId: s.association.id, planId: s.plan.id, fileName: "x.csv", content });
    expect(await tryUpload(new Uint8Array())).toEqual({ ok: false, reason: "EMPTY_FILE" });
    expect(await tryUpload(new Uint8Array(1_000_001).fill(65))).toEqual({ ok: false, reason: "FILE_TOO_LARGE", detail: { max: 1 } });
    expect(await db().budgetImport.count()).toBe(0);
  });

  it("lines of another association never receive entries", async () => {
    const s = await setUp();
    const other = await makeBoard();
    const theirs = await makePlan(other.association.id, { status: "ADOPTED", lines: SMALL_PLAN });
    const importId = await upload(s, JOURNAL, { ...s.settings, lines: { mode: "single", lineId: theirs.lines[0].id } });
    expect((await importView(s.association.id, importId))!.fileProblem).toEqual({ code: "LINE_NOT_IN_PLAN" });
    expect(await confirm(s, importId)).toEqual({ ok: false, reason: "IMPORT_FILE_PROBLEM" });
    expect(await db().budgetEntry.count()).toBe(0);
  });

  it("another association's import or plan is 'not found'; board members may not import", async () => {
    const s = await setUp();
    const importId = await upload(s, JOURNAL);
    const other = await makeBoard();
    const outsider = ctxOf(other.treasurer.user, now);
    expect(await uploadImport(outsider, { associationId: other.association.id, planId: s.plan.id, fileName: "x.csv", content: utf8(JOURNAL) })).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect(await confirmImport(outsider, { associationId: other.association.id, importId, version: "x" })).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect(await discardImport(outsider, { associationId: other.association.id, importId })).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect(await importView(other.association.id, importId)).toBeNull();
    const voter = ctxOf(s.voter.user, now);
    expect(await uploadImport(voter, { associationId: s.association.id, planId: s.plan.id, fileName: "x.csv", content: utf8(JOURNAL) })).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect(await confirmImport(voter, { associationId: s.association.id, importId, version: "x" })).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect(await entryCount(s.association.id)).toBe(0);
  });

  it("a draft revision takes no import; a superseded plan neither", async () => {
    const s = await setUp();
    const revised = await revisePlan(s.ctx, { associationId: s.association.id, planId: s.plan.id });
    if (!revised.ok) throw new Error(revised.reason);
    expect(await uploadImport(s.ctx, { associationId: s.association.id, planId: revised.value.planId, fileName: "x.csv", content: utf8(JOURNAL) })).toEqual({ ok: false, reason: "ENTRIES_GO_TO_ADOPTED" });
    const pending = await upload(s, JOURNAL);
    await adoptPlan(s.ctx, { associationId: s.association.id, planId: revised.value.planId, adoptedOn: "2023-06-20", confirm: "yes" });
    expect(await confirm(s, pending)).toEqual({ ok: false, reason: "PLAN_SUPERSEDED" });
    expect(await uploadImport(s.ctx, { associationId: s.association.id, planId: s.plan.id, fileName: "x.csv", content: utf8(JOURNAL) })).toEqual({ ok: false, reason: "PLAN_SUPERSEDED" });
  });

  it("a staged file can be discarded; files forgotten for a week are cleared at the next upload", async () => {
    const s = await setUp();
    const importId = await upload(s, JOURNAL);
    expect(await discardImport(s.ctx, { associationId: s.association.id, importId })).toEqual({ ok: true, value: { planId: s.plan.id } });
    const old = await upload(s, JOURNAL);
    await db().budgetImport.update({ where: { id: old }, data: { createdAt: new Date(now.getTime() - 8 * 86_400_000) } });
    await upload(s, JOURNAL);
    expect(await db().budgetImport.findUnique({ where: { id: old } })).toBeNull();
    expect(await db().budgetImport.count()).toBe(1);
  });
});
