import { expect, expectNoSeriousAxeViolations, notice, signIn, test } from "./fixtures";
import type { Locator } from "@playwright/test";
import { action, decision, items, meeting, present } from "./fixtures-actions";

/** Opens a folded form part unless it is open already (it stays open after an answer with JavaScript). */
async function unfold(form: Locator, summary: string, field: string) {
  if (!(await form.getByLabel(field).isVisible())) await form.getByText(summary).click();
}

test("during a meeting the secretary records a decision and two actions; the one nobody took stands out", async ({ page, seed }) => {
  test.slow(); // a long journey: a refusal, a decision, two actions, then three pages
  const board = await seed.board("Les Hébergeurs");
  const { association, secretary, president, voter, treasurer } = board;
  const now = await meeting(seed, association.id, { title: "Conseil d’octobre" });
  await items(seed, now, ["Achat de disques", "Questions diverses"]);
  await present(seed, now, [secretary.id, president.id, voter.id, treasurer.id]);
  await signIn(page, secretary.email);
  await page.goto(`/a/${association.slug}/meetings/${now.id}/decisions`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Conseil d’octobre");
  await expect(page.getByRole("navigation", { name: "Parties de la réunion" }).getByRole("link", { name: "Décisions et actions" })).toHaveAttribute("aria-current", "page");
  await expectNoSeriousAxeViolations(page);

  // More votes than voters present: refused, with what was typed kept.
  const decisionForm = page.getByRole("form", { name: "Enregistrer une décision au point 1. Achat de disques" });
  await unfold(decisionForm, "Enregistrer une décision", "Décision");
  await decisionForm.getByLabel("Décision").fill("Acheter trois disques de 146 Go après le point de trésorerie");
  await decisionForm.getByLabel("Pour").fill("5");
  await decisionForm.getByLabel("Abstention").fill("1");
  await decisionForm.getByLabel("Montant en euros (facultatif)").fill("681,72");
  await decisionForm.getByRole("button", { name: "Enregistrer la décision" }).click();
  await expect(notice(page, "6 voix, mais seulement 4 membres votants présents")).toBeVisible();
  await expect(decisionForm.getByLabel("Décision")).toHaveValue("Acheter trois disques de 146 Go après le point de trésorerie");
  await decisionForm.getByLabel("Pour").fill("3");
  await decisionForm.getByRole("button", { name: "Enregistrer la décision" }).click();
  await expect(notice(page, "La décision a été enregistrée.")).toBeVisible();
  const recorded = page.getByRole("article", { name: /Décision : Acheter trois disques/ });
  await expect(recorded).toContainText("Adoptée");
  await expect(recorded).toContainText("Pour 3 · contre 0 · abstention 1");
  await expect(recorded).toContainText("4 votants présents sur 5");
  await expect(recorded).toContainText("681,72 € HT");

  // An action for a member, who is told by e-mail.
  const actionForm = page.getByRole("form", { name: "Ajouter une action au point 1. Achat de disques" });
  await unfold(actionForm, "Ajouter une action", "Ce qu’il faut faire");
  await actionForm.getByLabel("Ce qu’il faut faire").fill("Demander à la mairie la date des subventions");
  await actionForm.getByLabel("Attribuée à").selectOption({ label: voter.name });
  await actionForm.getByRole("button", { name: "Ajouter l’action" }).click();
  await expect(notice(page, "Action « Demander à la mairie la date des subventions » ajoutée.")).toBeVisible();
  // And one nobody takes.
  await unfold(actionForm, "Ajouter une action", "Ce qu’il faut faire");
  await actionForm.getByLabel("Ce qu’il faut faire").fill("Faire un point sur la trésorerie");
  await actionForm.getByRole("button", { name: "Ajouter l’action" }).click();
  await expect(notice(page, "Personne n’en est chargé")).toBeVisible();

  const list = page.getByRole("list", { name: "Actions du point 1. Achat de disques" });
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await expect(list.getByRole("listitem").filter({ hasText: "Faire un point sur la trésorerie" }).locator("[data-unassigned]")).toHaveText("Attribué à : ?");
  await expect(list.getByRole("listitem").filter({ hasText: "Demander à la mairie" })).toContainText(`Attribué à : ${voter.name}`);
  await expect(page.getByText("1 action attribuée à : ?")).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  const email = await seed.db.outboxEmail.findFirstOrThrow({ where: { toEmail: voter.email } });
  expect(email.text).toContain(`/a/${association.slug}/actions/`);
  expect(email.text).toContain(`/a/${association.slug}/meetings/${now.id}`);
  expect(await seed.db.outboxEmail.count({ where: { associationId: association.id } })).toBe(1);

  // The meeting's overview, the secretary's dashboard and the actions list show it too.
  await page.goto(`/a/${association.slug}/meetings/${now.id}`);
  const outcomes = page.getByRole("region", { name: "Décisions et actions" });
  await expect(outcomes).toContainText("1 décision et 2 actions");
  await expect(outcomes.locator("[data-unassigned]")).toContainText("1 action n’est attribuée à personne");
  await page.goto(`/a/${association.slug}`);
  const unassigned = page.getByRole("region", { name: "Actions que personne n’a prises (1)" });
  await expect(unassigned.getByRole("row").filter({ hasText: "Faire un point sur la trésorerie" })).toContainText("Attribué à : ?");
  await page.goto(`/a/${association.slug}/actions?assignee=nobody`);
  await expect(page.getByRole("row")).toHaveCount(2);
  await expect(page.getByRole("row").nth(1)).toContainText("Faire un point sur la trésorerie");
});

test("at the next meeting the follow-up marks one action done and one not discussed", async ({ page, seed }) => {
  test.slow(); // a long journey over five pages
  const { association, secretary, voter } = await seed.board();
  const october = await meeting(seed, association.id, { title: "Conseil d’octobre", startsAt: new Date(Date.now() - 30 * 24 * 3_600_000), status: "HELD" });
  const [octoberItem] = await items(seed, october, ["Achat de disques"]);
  const townHall = await action(seed, { associationId: association.id, title: "Demander la date des subventions", meetingId: october.id, agendaItemId: octoberItem.id, assigneeId: voter.id });
  const treasury = await action(seed, { associationId: association.id, title: "Faire un point sur la trésorerie", meetingId: october.id, agendaItemId: octoberItem.id });
  const november = await meeting(seed, association.id, { title: "Conseil de novembre" });
  await items(seed, november, ["Approbation du compte rendu"]);
  await signIn(page, secretary.email);
  await page.goto(`/a/${association.slug}/meetings/${november.id}/decisions`);
  await page.getByRole("button", { name: "Ajouter le suivi des actions en cours" }).click();
  await expect(notice(page, "2 actions ajoutées au suivi de l’ordre du jour.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "2. Suivi des actions" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  const done = page.getByRole("form", { name: "Suivi de « Demander la date des subventions »" });
  await done.getByLabel("Note (facultatif)").fill("Versement annoncé pour décembre");
  await done.getByRole("button", { name: "Fait" }).click();
  await expect(notice(page, "Noté : Fait.")).toBeVisible();
  const skipped = page.getByRole("form", { name: "Suivi de « Faire un point sur la trésorerie »" });
  await skipped.getByRole("button", { name: "Non traité" }).click();
  await expect(notice(page, "Noté : Non traité.")).toBeVisible();
  await expect(page.getByRole("region", { name: /^2\.1\. Demander la date des subventions/ })).toContainText("Noté à cette réunion : Fait — Versement annoncé pour décembre");

  // Asking again adds nothing twice.
  await page.getByRole("button", { name: "Ajouter le suivi des actions en cours" }).click();
  await expect(notice(page, "Aucune action en cours des réunions précédentes ne manque à cet ordre du jour.")).toBeVisible();

  await page.goto(`/a/${association.slug}/actions/${townHall.id}`);
  await expect(page.getByText("Fait", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Historique" })).toContainText("suivie à « Conseil de novembre » : Fait — « Versement annoncé pour décembre »");
  await page.goto(`/a/${association.slug}/actions/${treasury.id}`);
  await expect(page.getByRole("region", { name: "Historique" })).toContainText("suivie à « Conseil de novembre » : Non traité");
  await page.goto(`/a/${association.slug}/actions`);
  await expect(page.getByRole("row").filter({ hasText: "Faire un point sur la trésorerie" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Demander la date des subventions" })).toHaveCount(0);
});

test("an assignee updates their own action; another member only reads it", async ({ page, seed }) => {
  const { association, voter, voter2 } = await seed.board();
  const mine = await action(seed, { associationId: association.id, title: "Contacter les deux bénévoles", assigneeId: voter.id });
  await signIn(page, voter.email);
  await expect(page.getByRole("region", { name: "Mes actions (1)" })).toContainText("Contacter les deux bénévoles");
  await page.goto(`/a/${association.slug}/actions/${mine.id}`);
  await page.getByLabel("Nouveau statut").selectOption("IN_PROGRESS");
  await page.getByLabel("Note (facultatif)").fill("Premier contact pris");
  await page.getByRole("button", { name: "Mettre à jour le statut" }).click();
  await expect(notice(page, "Statut modifié : En cours.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Historique" })).toContainText("Premier contact pris");
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await signIn(page, voter2.email);
  await page.goto(`/a/${association.slug}/actions/${mine.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Contacter les deux bénévoles");
  await expect(page.getByRole("button", { name: "Mettre à jour le statut" })).toHaveCount(0);
});

test("the register finds French and English words and exports CSV for members only", async ({ page, seed }) => {
  const fr = await seed.board("Hébergeurs bretons");
  const frMeeting = await meeting(seed, fr.association.id, { title: "Conseil d’octobre 2008", startsAt: new Date("2008-10-07T16:15:00Z"), endsAt: new Date("2008-10-07T18:30:00Z"), status: "HELD" });
  const [frItem] = await items(seed, frMeeting, ["Achat de disques"]);
  await decision(seed, { associationId: fr.association.id, meetingId: frMeeting.id, agendaItemId: frItem.id, text: "Acheter trois disques pour le serveur de sauvegarde", language: "fr", votedAt: new Date("2008-10-07T16:40:00Z"), outcome: "POSTPONED" });
  await decision(seed, { associationId: fr.association.id, meetingId: frMeeting.id, agendaItemId: frItem.id, text: "=SOMME(A1) faire un point sur la trésorerie", language: "fr", votedAt: new Date("2008-10-07T16:45:00Z") });
  const en = await seed.board("Cloud collective");
  await seed.db.association.update({ where: { id: en.association.id }, data: { locale: "en" } });
  const enMeeting = await meeting(seed, en.association.id, { title: "General assembly 2023", kind: "GENERAL_ASSEMBLY", startsAt: new Date("2023-06-17T12:00:00Z"), status: "HELD" });
  const [enItem] = await items(seed, enMeeting, ["Hardware"]);
  await decision(seed, { associationId: en.association.id, meetingId: enMeeting.id, agendaItemId: enItem.id, text: "Buy two disks for the replica machine", language: "en", votedAt: new Date("2023-06-17T13:00:00Z") });

  await signIn(page, fr.secretary.email);
  await page.goto(`/a/${fr.association.slug}/decisions`);
  await expectNoSeriousAxeViolations(page);
  await page.getByLabel("Mots à chercher").fill("disque");
  await page.getByRole("button", { name: "Chercher" }).click();
  await expect(page).toHaveURL(/q=disque/);
  await expect(page.getByRole("status")).toContainText("1 décision");
  await expect(page.getByRole("row").filter({ hasText: "Acheter trois disques" })).toContainText("Ajournée");
  await page.getByLabel("Mots à chercher").fill("tresorerie");
  await page.getByRole("button", { name: "Chercher" }).click();
  await expect(page.getByRole("row").filter({ hasText: "faire un point sur la trésorerie" })).toBeVisible();
  await page.getByLabel("Mots à chercher").fill("");
  await page.getByLabel("Résultat").selectOption("POSTPONED");
  await page.getByRole("button", { name: "Chercher" }).click();
  await expect(page.getByRole("status")).toContainText("1 décision");

  const csv = await page.request.get(`/a/${fr.association.slug}/decisions/export?year=2008`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  expect(text).toContain('"Acheter trois disques pour le serveur de sauvegarde"');
  expect(text).toContain(`"'=SOMME(A1) faire un point sur la trésorerie"`);
  expect(text).not.toContain("Buy two disks");
  // A member of another association gets nothing from this one.
  expect((await page.request.get(`/a/${en.association.slug}/decisions/export`)).status()).toBe(404);

  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await signIn(page, en.voter.email);
  await page.goto(`/a/${en.association.slug}/decisions`);
  await page.getByLabel("Mots à chercher").fill("disk");
  await page.getByRole("button", { name: "Chercher" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Buy two disks for the replica machine" })).toBeVisible();
  await page.getByLabel("Mots à chercher").fill("disques");
  await page.getByRole("button", { name: "Chercher" }).click();
  await expect(page.getByText("Aucune décision ne correspond à « disques ».")).toBeVisible();
});

test("working groups: the secretary creates one; the referent's note at a meeting becomes its history", async ({ page, seed }) => {
  const { association, secretary, voter } = await seed.board();
  const m = await meeting(seed, association.id, { title: "Conseil de novembre" });
  await signIn(page, secretary.email);
  await page.goto(`/a/${association.slug}/groups`);
  const form = page.getByRole("form", { name: "Nouveau groupe de travail" });
  await form.getByLabel("Nom").fill("Subventions");
  await form.getByRole("checkbox", { name: voter.name }).check();
  await form.getByRole("button", { name: "Créer le groupe" }).click();
  await expect(notice(page, "Groupe de travail « Subventions » créé.")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Subventions" })).toContainText(voter.name);
  await expectNoSeriousAxeViolations(page);
  await page.goto(`/a/${association.slug}/meetings/${m.id}/decisions`);
  await page.getByRole("button", { name: "Ajouter le suivi des groupes de travail" }).click();
  await expect(notice(page, "1 groupe ajouté à l’ordre du jour.")).toBeVisible();
  await page.getByRole("button", { name: "Se déconnecter" }).click();

  await signIn(page, voter.email);
  await page.goto(`/a/${association.slug}/meetings/${m.id}/decisions`);
  const note = page.getByRole("form", { name: "Note sur Subventions" });
  await note.getByLabel("Note sur le groupe").fill("Subvention au vote du conseil municipal du 17 octobre.");
  await note.getByRole("button", { name: "Enregistrer la note" }).click();
  await expect(notice(page, "Note enregistrée")).toBeVisible();
  await page.goto(`/a/${association.slug}/groups`);
  await page.getByRole("link", { name: "Subventions" }).click();
  await expect(page.getByRole("region", { name: "Historique des suivis" })).toContainText("Subvention au vote du conseil municipal du 17 octobre.");
});
