import { expect, expectNoSeriousAxeViolations, notice, PASSWORD, signIn, test } from "./fixtures";

test("a board member signs in, sees the association, and signs out", async ({ page, seed }) => {
  const { association, voter } = await seed.board("Les Amis du Port");
  await page.goto("/sign-in");
  await expectNoSeriousAxeViolations(page);
  await page.getByLabel("E-mail").fill(voter.email);
  await page.getByLabel("Mot de passe").fill("not the password");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(notice(page, "L’e-mail ou le mot de passe est incorrect.")).toBeVisible();
  // What was typed stays in the form.
  await expect(page.getByLabel("E-mail")).toHaveValue(voter.email);
  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(new RegExp(`/a/${association.slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(association.name);
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto(`/a/${association.slug}`);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
});

test("a new person accepts an invitation and lands in the association", async ({ page, seed }) => {
  const association = await seed.association("Collectif Invitant");
  const email = `invitee-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.org`;
  const secret = await seed.invitation(association.id, email, "ADVISORY");
  await page.goto(`/invitations/${secret}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(association.name);
  await expectNoSeriousAxeViolations(page);
  await page.getByLabel("Votre nom").fill("Nina Le Floch");
  await page.getByLabel("Choisissez un mot de passe").fill("court");
  await page.getByLabel("Saisissez-le à nouveau").fill("court");
  await page.getByRole("button", { name: "Créer mon compte et rejoindre" }).click();
  await expect(notice(page, "Le mot de passe est trop court")).toBeVisible();
  await expect(page.getByLabel("Votre nom")).toHaveValue("Nina Le Floch");
  await page.getByLabel("Choisissez un mot de passe").fill("une longue phrase de passe");
  await page.getByLabel("Saisissez-le à nouveau").fill("une longue phrase de passe");
  await page.getByRole("button", { name: "Créer mon compte et rejoindre" }).click();
  await expect(page).toHaveURL(new RegExp(`/a/${association.slug}$`));
  await expect(page.getByText("Membre du CA à voix consultative")).toBeVisible();
  // The link is spent.
  await page.goto(`/invitations/${secret}`);
  await expect(notice(page, "Cette invitation a déjà été acceptée.")).toBeVisible();
});

test("a person in two associations switches between them", async ({ page, seed }) => {
  const first = await seed.association("Premier Collectif");
  const second = await seed.association("Second Collectif");
  const person = await seed.member(first.id, "Double Appartenance");
  await seed.db.membership.create({ data: { associationId: second.id, userId: person.id, kind: "MEMBER", offices: [], startsOn: new Date("2020-01-01T00:00:00Z") } });
  await signIn(page, person.email);
  await expect(page).toHaveURL(/\/associations$/);
  await page.getByRole("link", { name: first.name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(first.name);
  await page.getByText(first.name, { exact: true }).first().click(); // opens the switcher
  await page.getByRole("link", { name: second.name }).click();
  await expect(page).toHaveURL(new RegExp(`/a/${second.slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(second.name);
});

test("the president makes a member treasurer; the change is in the audit trail", async ({ page, seed }) => {
  const { association, president, voter } = await seed.board();
  await signIn(page, president.email);
  await page.goto(`/a/${association.slug}/members`);
  await expectNoSeriousAxeViolations(page);
  const form = page.getByRole("form", { name: `Modifier le rôle de ${voter.name}` });
  await form.getByRole("checkbox", { name: "Trésorier·e" }).check();
  await form.getByRole("button", { name: "Enregistrer le rôle" }).click();
  await expect(notice(page, "Le rôle a été modifié.")).toBeVisible();
  await page.reload();
  const row = page.getByRole("row").filter({ hasText: voter.name });
  await expect(row.getByText("Administrateur·rice (membre du CA) · Trésorier·e")).toBeVisible();
  await page.goto(`/a/${association.slug}/audit`);
  await expect(page.getByText("role.change")).toBeVisible();
});

test("a board member cannot change roles and sees no role form", async ({ page, seed }) => {
  const { association, voter } = await seed.board();
  await signIn(page, voter.email);
  await page.goto(`/a/${association.slug}/members`);
  await expect(page.getByRole("heading", { name: "Membres et rôles" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Enregistrer le rôle" })).toHaveCount(0);
  await page.goto(`/a/${association.slug}/settings`);
  await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
});

test("someone from another association gets 'not found'", async ({ page, seed }) => {
  const { association } = await seed.board("Association Privée");
  const other = await seed.board("Association Voisine");
  await signIn(page, other.president.email);
  for (const path of ["", "/members", "/settings", "/audit"]) {
    const response = await page.goto(`/a/${association.slug}${path}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
    await expect(page.getByText(association.name)).toHaveCount(0);
  }
});

test("the language can be switched to English and is remembered", async ({ page, seed }) => {
  const { association, voter } = await seed.board();
  await signIn(page, voter.email);
  await page.goto(`/a/${association.slug}/members`);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Members and roles" })).toBeVisible();
  await page.goto(`/a/${association.slug}`);
  await expect(page.getByRole("link", { name: "Members" })).toBeVisible();
});

test("the instance operator creates an association; the president's invitation waits in the outbox", async ({ page, seed }) => {
  const operator = await seed.user("Opératrice Instance");
  await seed.db.user.update({ where: { id: operator.id }, data: { isOperator: true } });
  await signIn(page, operator.email);
  await page.goto("/operator");
  await expectNoSeriousAxeViolations(page);
  const name = `Ateliers du Quai ${Date.now().toString(36)}`;
  const president = `rose-${Date.now().toString(36)}@example.org`;
  await page.getByRole("textbox", { name: "Nom", exact: true }).fill(name);
  await page.getByLabel("Nom de la présidence").fill("Rose Tanguy");
  await page.getByLabel("E-mail de la présidence").fill(president);
  await page.getByRole("button", { name: "Créer et inviter la présidence" }).click();
  await expect(notice(page, "créée ; l’invitation part vers")).toBeVisible();
  await page.goto("/operator/outbox");
  const email = page.getByRole("article").filter({ hasText: president });
  await expect(email.getByRole("heading")).toContainText(`Invitation à rejoindre ${name}`);
  await expect(email).toContainText("/invitations/");
});

test("an ordinary member cannot open the operator's pages", async ({ page, seed }) => {
  const { voter } = await seed.board();
  await signIn(page, voter.email);
  const response = await page.goto("/operator/outbox");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
});
