import { expect, expectNoSeriousAxeViolations, notice, signIn, test } from "./fixtures";
import { JOURNAL, JOURNAL_ONE_BAD_ROW, seedPlan, seedSnapshots } from "./fixtures-budget";

const csv = (name: string, text: string) => ({ name, mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });

test("the treasurer builds a plan, adopts it, imports a CSV with one bad row, fixes it, imports", async ({ page, seed }) => {
  test.slow(); // a long journey: a dozen pages and posts
  const { association, treasurer } = await seed.board("Collectif Budget");
  await signIn(page, treasurer.email);
  await page.goto(`/a/${association.slug}`);
  await page.getByRole("link", { name: "Budget", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Budget" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  const create = page.getByRole("form", { name: "Créer un budget prévisionnel" });
  await create.getByLabel("Exercice").fill("2023");
  await create.getByRole("button", { name: "Créer le budget" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Budget 2023");

  const addExpense = page.getByRole("form", { name: "Ajouter une ligne de dépense" });
  // An amount that means nothing is refused with its reason, and what was typed stays.
  await addExpense.getByLabel("Libellé").fill("Location de serveurs");
  await addExpense.getByLabel("Montant prévu").fill("1,234,56");
  await addExpense.getByRole("button", { name: "Ajouter une ligne de dépense" }).click();
  await expect(page.getByText("Ce n’est pas un montant")).toBeVisible();
  await expect(page.getByRole("form", { name: "Ajouter une ligne de dépense" }).getByLabel("Libellé")).toHaveValue("Location de serveurs");

  const addLine = async (form: string, label: string, amount: string) => {
    const f = page.getByRole("form", { name: form });
    await f.getByLabel("Libellé").fill(label);
    await f.getByLabel("Montant prévu").fill(amount);
    await f.getByRole("button", { name: form }).click();
    await expect(notice(page, `Ligne « ${label} » ajoutée.`)).toBeVisible();
  };
  await addLine("Ajouter une ligne de dépense", "Location de serveurs", "2 500");
  await addLine("Ajouter une ligne de dépense", "Frais bancaires", "100");
  await addLine("Ajouter une ligne de recette", "Cotisations", "2 500");
  await expect(page.getByText("les dépenses dépassent les recettes de 100,00 €")).toBeVisible();
  await page.getByRole("form", { name: "Monter Frais bancaires" }).getByRole("button", { name: "Monter" }).click();
  await expect(notice(page, "Ligne déplacée.")).toBeVisible();
  const income = page.getByRole("form", { name: "Modifier la ligne Cotisations" });
  await income.getByLabel("Montant prévu").fill("2 600");
  await income.getByRole("button", { name: "Enregistrer la ligne" }).click();
  await expect(notice(page, "Ligne enregistrée.")).toBeVisible();
  await expect(page.getByText("Le budget est équilibré")).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.getByRole("link", { name: "Budget et chiffres" }).click();
  const expenses = page.getByRole("table", { name: "Dépenses" });
  await expect(expenses.getByRole("row").nth(1)).toContainText("Frais bancaires");
  await expect(expenses.getByRole("row", { name: /Total des dépenses/ })).toContainText("2 600,00 €");
  await expect(page.getByRole("img", { name: "Recettes et dépenses" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  const adopt = page.getByRole("form", { name: "Enregistrer l’adoption" });
  await adopt.getByRole("button", { name: "Enregistrer l’adoption" }).click();
  await expect(page.getByText("Cochez la case pour confirmer.")).toBeVisible();
  await adopt.getByRole("checkbox").check();
  await adopt.getByRole("button", { name: "Enregistrer l’adoption" }).click();
  await expect(page.getByText("Adopté", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Modifier les lignes" })).toHaveCount(0);

  await page.getByRole("link", { name: "Importer un fichier CSV" }).click();
  await page.getByLabel("Fichier CSV").setInputFiles(csv("journal.csv", JOURNAL_ONE_BAD_ROW));
  await page.getByRole("button", { name: "Lire le fichier" }).click();
  await expect(page.getByRole("heading", { name: "Fichier journal.csv" })).toBeVisible();
  // Paheko's columns are recognised; the accounts are given their lines.
  await expect(page.getByLabel("Colonne qui indique la ligne")).toHaveValue("Compte de débit");
  await page.getByLabel("Lignes avec « 6132 »").selectOption({ label: "Dépenses · Location de serveurs" });
  await page.getByLabel("Lignes avec « 627 »").selectOption({ label: "Dépenses · Frais bancaires" });
  await page.getByRole("button", { name: "Enregistrer et voir l’aperçu" }).click();
  await expect(page.getByText("1 ligne est fausse : rien ne sera importé")).toBeVisible();
  await expect(page.getByText("La date 31/02/2023 n’existe pas.")).toBeVisible();
  // The choices stay on screen after saving them.
  await expect(page.getByLabel("Lignes avec « 6132 »").locator("option:checked")).toHaveText("Dépenses · Location de serveurs");
  await expect(page.getByRole("button", { name: /^Importer/ })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);

  await page.getByLabel("Fichier CSV corrigé").setInputFiles(csv("journal-corrige.csv", JOURNAL));
  await page.getByRole("button", { name: "Remplacer le fichier" }).click();
  await expect(page.getByText("À importer : 3 · déjà importées : 0 · écartées : 0 · fausses : 0.")).toBeVisible();
  await page.getByRole("button", { name: "Importer 3 écritures" }).click();
  await expect(page.getByText(/Importé le .* : 3 écritures\./)).toBeVisible();

  await page.getByRole("link", { name: "Budget et chiffres" }).click();
  await expect(expenses.getByRole("row", { name: /Location de serveurs/ })).toContainText("416,66 €");
  await expect(expenses.getByRole("row", { name: /Frais bancaires/ })).toContainText("8,40 €");

  // The same journal again: the choices are remembered and nothing is imported twice.
  await page.getByRole("link", { name: "Importer un fichier CSV" }).click();
  await page.getByLabel("Fichier CSV").setInputFiles(csv("journal.csv", JOURNAL));
  await page.getByRole("button", { name: "Lire le fichier" }).click();
  await expect(page.getByText("À importer : 0 · déjà importées : 3 · écartées : 0 · fausses : 0.")).toBeVisible();
});

test("a board member reads the budget, its charts and the treasury, and changes nothing", async ({ page, seed }) => {
  const { association, voter } = await seed.board("Hébergeurs Lecteurs");
  await seedPlan(seed, association.id, {
    year: 2008,
    status: "ADOPTED",
    lines: [
      { kind: "EXPENSE", label: "Achat de matériel (serveurs, disques)", cents: 100_000, remark: "Disques du serveur de sauvegarde" },
      { kind: "EXPENSE", label: "=HYPERLINK(\"http://piège\")", cents: 5_000 },
      { kind: "INCOME", label: "Cotisations", cents: 105_000 },
    ],
    entries: [
      { line: 0, date: "2008-06-14", cents: 12_900, label: "Alimentation de rechange" },
      { line: 2, date: "2008-01-31", cents: 42_000, label: "Cotisations de janvier" },
    ],
  });
  await seedSnapshots(seed, association.id, [
    { on: "2008-06-30", cents: 96_548 },
    { on: "2008-09-30", cents: 58_918, note: "Trésorerie faible" },
  ]);
  await signIn(page, voter.email);
  await page.goto(`/a/${association.slug}`);
  const glance = page.getByRole("region", { name: "Budget" });
  await expect(glance).toContainText("Budget 2008");
  await expect(glance).toContainText("Dernier solde de trésorerie : 589,18 € le 30 sept. 2008");
  await glance.getByRole("link", { name: "Ouvrir le budget" }).click();

  const expenses = page.getByRole("table", { name: "Dépenses" });
  await expect(expenses.getByRole("row", { name: /Achat de matériel/ })).toContainText("129,00 €");
  await expect(page.getByRole("img", { name: "Dépenses : prévu et réalisé" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Créer le budget" })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);

  await page.getByRole("link", { name: "Budget 2008" }).first().click();
  await expect(page.getByRole("link", { name: "Modifier les lignes" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Importer un fichier CSV" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Préparer une révision" })).toHaveCount(0);
  const download = await page.request.get(`/a/${association.slug}/budget/${(await seed.db.budgetPlan.findFirstOrThrow({ where: { associationId: association.id } })).id}/lines.csv`);
  expect(download.headers()["content-type"]).toContain("text/csv");
  const text = await download.text();
  expect(text).toContain('"Dépenses";"Achat de matériel (serveurs, disques)";"";"Disques du serveur de sauvegarde";"1000,00";"0,00";"129,00";"871,00";"12,90"');
  expect(text).toContain(`"'=HYPERLINK(""http://piège"")"`);

  await page.getByRole("link", { name: "Réalisé", exact: true }).click();
  await expect(page.getByRole("cell", { name: "Alimentation de rechange" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Supprimer" })).toHaveCount(0);

  await page.goto(`/a/${association.slug}/budget/treasury`);
  await expect(page.getByRole("img", { name: "Évolution du solde" })).toBeVisible();
  await expect(page.getByText("Dernier solde : 589,18 € le 30 sept. 2008.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Enregistrer le solde" })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
});

test("an association member reads the adopted budget only when the association allows it", async ({ page, seed }) => {
  const { association } = await seed.board("Adhérents Curieux");
  const member = await seed.member(association.id, "Adhérente Test", "MEMBER");
  const adopted = await seedPlan(seed, association.id, { year: 2023, status: "ADOPTED", lines: [{ kind: "INCOME", label: "Cotisations", cents: 70_000 }] });
  const draft = await seedPlan(seed, association.id, { year: 2024, status: "DRAFT", lines: [{ kind: "INCOME", label: "Projet de cotisations", cents: 80_000 }] });
  await signIn(page, member.email);
  expect((await page.goto(`/a/${association.slug}/budget`))?.status()).toBe(404);
  await seed.db.association.update({ where: { id: association.id }, data: { membersSeeBudget: true } });
  await page.goto(`/a/${association.slug}/budget/${adopted.plan.id}`);
  await expect(page.getByRole("table", { name: "Recettes" })).toContainText("700,00 €");
  expect((await page.goto(`/a/${association.slug}/budget/${draft.plan.id}`))?.status()).toBe(404);
  expect((await page.goto(`/a/${association.slug}/budget/${adopted.plan.id}/entries`))?.status()).toBe(404);
  expect((await page.goto(`/a/${association.slug}/budget/treasury`))?.status()).toBe(404);
});

test("another association's treasurer finds nothing of this budget", async ({ page, seed }) => {
  const { association } = await seed.board("Budget Privé");
  const other = await seed.board("Budget Voisin");
  const { plan } = await seedPlan(seed, association.id, { year: 2023, status: "DRAFT", lines: [{ kind: "EXPENSE", label: "Secret", cents: 100 }] });
  await signIn(page, other.treasurer.email);
  for (const path of ["/budget", `/budget/${plan.id}`, `/budget/${plan.id}/edit`, `/budget/${plan.id}/import`, "/budget/treasury"]) {
    expect((await page.goto(`/a/${association.slug}${path}`))?.status(), path).toBe(404);
  }
  expect((await page.request.get(`/a/${association.slug}/budget/${plan.id}/lines.csv`)).status()).toBe(404);
  // Under their own association, the plan is not found either.
  expect((await page.goto(`/a/${other.association.slug}/budget/${plan.id}`))?.status()).toBe(404);
});
