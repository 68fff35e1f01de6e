import type { Page } from "@playwright/test";
import { expect, expectNoSeriousAxeViolations, notice, signIn, test } from "./fixtures";
import { seedMinutesBoard } from "./fixtures-minutes";

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

async function answer(page: Page, url: string, choice: string, note?: string) {
  await page.goto(url);
  const form = page.getByRole("form", { name: "Ma réponse" });
  await form.getByRole("radio", { name: choice, exact: true }).check();
  if (note !== undefined) await form.getByLabel("Note").fill(note);
  await form.getByRole("button", { name: "Enregistrer ma réponse" }).click();
}

test("minutes are drafted from the agenda, reviewed by the board, approved at the close and published", async ({ page, seed }) => {
  // Five people sign in one after another: a long journey on a small machine.
  test.setTimeout(180_000);
  const board = await seedMinutesBoard(seed);
  const url = `/a/${board.association.slug}/meetings/${board.meeting.id}/minutes`;

  // The secretary starts from the agenda, writes a section and opens the window.
  await signIn(page, board.secretary.email);
  await page.goto(url);
  await expect(page.getByText(board.meeting.title).first()).toBeVisible();
  await page.getByRole("button", { name: "Partir de l’ordre du jour" }).click();
  await expect(page.getByRole("heading", { name: "1. Organisation des conseils" })).toBeVisible();
  await page.getByRole("link", { name: "Modifier « 1. Organisation des conseils »" }).click();
  await page.getByLabel("Texte (Markdown)").fill("Le conseil se donne **quinze jours** pour réagir.\n\n<script>window.__pwned = 1</script>");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page).toHaveURL(new RegExp(`${url}\\?saved=2`));
  await expect(page.locator("strong", { hasText: "quinze jours" })).toBeVisible();
  await expect(page.getByText("<script>window.__pwned = 1</script>")).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("button", { name: "Ouvrir la période d’approbation" }).click();
  // The form gives way to the window's state: open, with the days left.
  await expect(page.getByText(/^En relecture jusqu’au /)).toBeVisible();
  await expect(page.getByText("15 jours restants")).toBeVisible();
  // The secretary is a voting member too: she approves.
  await answer(page, url, "J’approuve");
  await expect(notice(page, "Votre réponse est enregistrée (révision 2).")).toBeVisible();
  await signOut(page);

  // A reservation needs its note: refused, then given.
  await signIn(page, board.reserved.email);
  await answer(page, url, "J’approuve avec une réserve", "");
  await expect(notice(page, "Certains champs sont à corriger")).toBeVisible();
  await page.getByRole("form", { name: "Ma réponse" }).getByLabel("Note").fill("Réserve sur l’infogérance <b>importante</b>");
  await page.getByRole("form", { name: "Ma réponse" }).getByRole("button", { name: "Enregistrer ma réponse" }).click();
  await expect(notice(page, "Votre réponse est enregistrée")).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await signOut(page);

  // One objects, then withdraws the objection.
  await signIn(page, board.objector.email);
  await answer(page, url, "Je m’oppose", "Le point 1 est incomplet");
  await expect(notice(page, "Votre réponse est enregistrée")).toBeVisible();
  await page.goto(url);
  await page.getByRole("button", { name: "Retirer ma réponse" }).click();
  await expect(page.getByText(/^Vous avez retiré votre réponse le /)).toBeVisible();
  await signOut(page);

  // The advisory member gives an opinion; an advisory member has no approval form.
  await signIn(page, board.advisory.email);
  await page.goto(url);
  await expect(page.getByRole("form", { name: "Ma réponse" })).toHaveCount(0);
  const opinion = page.getByRole("form", { name: "Mon avis consultatif" });
  await opinion.getByLabel("Avis").fill("Avis favorable");
  await opinion.getByRole("button", { name: "Enregistrer mon avis" }).click();
  await expect(notice(page, "Votre avis est enregistré.")).toBeVisible();
  await signOut(page);

  // The fourth board member stays silent. The window is moved into the past: it has closed.
  await board.moveReviewIntoThePast();
  await signIn(page, board.secretary.email);
  await page.goto(url);
  await expect(page.getByText(/^Approuvé le /)).toBeVisible();
  // The withdrawn objection stands no more, and its author did not stay silent: one tacit approval.
  const table = page.getByRole("table").filter({ hasText: "Administrateur·rice" });
  await expect(page.getByText("1 approbation tacite")).toBeVisible();
  await expect(table.getByRole("row").filter({ hasText: board.objector.name })).toContainText("réponse retirée");
  await expect(table.getByRole("row").filter({ hasText: board.silent.name })).toContainText("approbation tacite");
  await expect(table.getByRole("row").filter({ hasText: board.reserved.name })).toContainText("approuvé avec réserve");
  await expect(page.getByRole("button", { name: "Enregistrer ma réponse" })).toHaveCount(0);
  await expect(page.getByText("Ce compte rendu est approuvé et verrouillé.")).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  const html = await page.content();
  expect(html).not.toContain("<script>window.__pwned");
  await signOut(page);

  // The public page, without signing in: no board or members item, ends with the approval block.
  await page.goto(`/p/${board.association.slug}`);
  await page.getByRole("link", { name: new RegExp(board.meeting.title) }).click();
  await expect(page.getByRole("heading", { name: "1. Organisation des conseils" })).toBeVisible();
  await expect(page.getByText("Point confidentiel")).toHaveCount(0);
  await expect(page.getByText("Achat de disques")).toHaveCount(0);
  const headings = page.getByRole("article").getByRole("heading", { level: 2 });
  await expect(headings.last()).toHaveText("Approbation du compte rendu");
  const block = page.getByRole("article").getByRole("list").nth(-2);
  await expect(block.getByRole("listitem")).toHaveCount(4);
  await expect(block.getByRole("listitem").filter({ hasText: board.secretary.name })).toContainText("approuvé —");
  await expect(block.getByRole("listitem").filter({ hasText: board.reserved.name })).toContainText("approuvé avec réserve");
  await expect(block.getByRole("listitem").filter({ hasText: board.reserved.name })).toContainText("Réserve sur l’infogérance <b>importante</b>");
  await expect(block.getByRole("listitem").filter({ hasText: board.objector.name })).toContainText("réponse retirée (pas d’objection)");
  await expect(block.getByRole("listitem").filter({ hasText: board.silent.name })).toContainText("approbation tacite");
  await expect(page.getByRole("heading", { name: "Avis consultatifs" })).toBeVisible();
  await expect(page.getByRole("article").getByRole("list").last().getByRole("listitem")).toContainText(`${board.advisory.name} : `);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expectNoSeriousAxeViolations(page);

  // Downloads: the same content, escaped.
  const markdown = await page.request.get(`${page.url()}/download/markdown`);
  expect(markdown.headers()["content-type"]).toContain("text/markdown");
  const text = await markdown.text();
  expect(text).toContain("## Approbation du compte rendu");
  expect(text).toContain("&lt;script>");
  expect(text).not.toContain("<b>");
  const pdf = await page.request.get(`${page.url()}/download/pdf`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
});

test("two editors save the same section: the second keeps their text and sees the newer one", async ({ page, seed }) => {
  test.setTimeout(120_000);
  const board = await seedMinutesBoard(seed, { withPresident: true });
  const url = `/a/${board.association.slug}/meetings/${board.meeting.id}/minutes`;
  await signIn(page, board.secretary.email);
  await page.goto(url);
  await page.getByRole("button", { name: "Partir de l’ordre du jour" }).click();
  await page.getByRole("link", { name: "Modifier « 1. Organisation des conseils »" }).click();
  await expect(page.getByLabel("Texte (Markdown)")).toBeVisible();
  // Meanwhile, the president saves the same section.
  await board.saveMeanwhile("1. Organisation des conseils", "Texte de la présidente");
  await page.getByLabel("Texte (Markdown)").fill("Texte de la secrétaire");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(notice(page, "Quelqu’un a enregistré ce texte depuis que vous l’avez ouvert")).toBeVisible();
  await expect(page.getByLabel("Texte (Markdown)")).toHaveValue("Texte de la secrétaire");
  await expect(page.getByRole("heading", { name: "Texte enregistré entre-temps" })).toBeVisible();
  await expect(page.getByText("- Texte de la présidente")).toBeVisible();
  await expect(page.getByText("+ Texte de la secrétaire")).toBeVisible();
  // Saving again, after reading the newer text, goes through.
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page).toHaveURL(/\?saved=/);
  await expect(page.getByText("Texte de la secrétaire")).toBeVisible();
  await page.getByRole("link", { name: "Révisions et différences" }).click();
  await expect(page.getByRole("cell", { name: "Paula Présidente" }).first()).toBeVisible();
  await expect(page.getByText("supprimé :").first()).toBeAttached();
});

test("a folded form comes back unfolded with its error: adding and removing a free section", async ({ page, seed }) => {
  test.setTimeout(120_000);
  const board = await seedMinutesBoard(seed);
  await signIn(page, board.secretary.email);
  await page.goto(`/a/${board.association.slug}/meetings/${board.meeting.id}/minutes`);
  await page.getByRole("button", { name: "Partir de l’ordre du jour" }).click();
  const add = page.getByRole("form", { name: "Ajouter une section" });
  await add.locator("summary").click();
  await add.getByRole("button", { name: "Ajouter la section" }).click();
  await expect(add.getByText("Ce champ est obligatoire.")).toBeVisible();
  await add.getByLabel("Titre de la nouvelle section").fill("Questions diverses");
  await add.getByRole("button", { name: "Ajouter la section" }).click();
  await expect(page.getByRole("heading", { name: "Questions diverses" })).toBeVisible();
  const remove = page.getByRole("form", { name: "Supprimer cette section : Questions diverses" });
  await remove.locator("summary").click();
  await remove.getByRole("button", { name: "Supprimer cette section" }).click();
  await expect(remove.getByText("Cochez la case pour confirmer.")).toBeVisible();
  await remove.getByRole("checkbox").check();
  await remove.getByRole("button", { name: "Supprimer cette section" }).click();
  await expect(page.getByRole("heading", { name: "Questions diverses" })).toHaveCount(0);
});
