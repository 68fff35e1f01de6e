import { expect, expectNoSeriousAxeViolations, notice, signIn, test } from "./fixtures";
import { agendaUrl, daysAgo, expectOutline, seedAgenda, seedMeeting, signOut } from "./fixtures-agenda";

test("the secretary builds a nested agenda: add, sub-item, indent, move up, outdent", async ({ page, seed }) => {
  const { association, secretary } = await seed.board("Les Amis du Port");
  const meeting = await seedMeeting(seed, association.id, { title: "CA de rentrée" });
  await signIn(page, secretary.email);
  await page.goto(agendaUrl(association.slug, meeting.id));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("CA de rentrée");
  await expect(page.getByText("L’ordre du jour est vide pour l’instant.")).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  const addForm = () => page.getByRole("form", { name: "Ajouter un point" });
  const add = async (title: string, extra: { kind?: string; minutes?: string } = {}) => {
    await addForm().getByLabel("Intitulé").fill(title);
    if (extra.kind) await addForm().getByLabel("Nature").selectOption({ label: extra.kind });
    if (extra.minutes) await addForm().getByLabel("Durée (minutes)").fill(extra.minutes);
    await addForm().getByRole("button", { name: "Ajouter le point" }).click();
  };

  // Bad input keeps what was typed and changes nothing.
  await addForm().getByLabel("Intitulé").fill("Accueil");
  await addForm().getByLabel("Durée (minutes)").fill("9000");
  await addForm().getByRole("button", { name: "Ajouter le point" }).click();
  await expect(notice(page, "Certains champs sont à corriger")).toBeVisible();
  await expect(addForm().getByLabel("Intitulé")).toHaveValue("Accueil");
  await expectOutline(page, []);

  await add("Accueil", { minutes: "10" });
  await expect(notice(page, "Le point 1 a été ajouté.")).toBeVisible();
  await add("Finances", { kind: "Rubrique" });
  await expect(notice(page, "Le point 2 a été ajouté.")).toBeVisible();

  // A sub-item, from the item's own link.
  await page.getByRole("link", { name: "Ajouter un sous-point au point 2" }).click();
  await expect(addForm().getByLabel("Où", { exact: true }).locator("option:checked")).toHaveText("Sous 2. Finances");
  await add("Budget 2027", { kind: "Décision", minutes: "20" });
  await expect(notice(page, "Le point 2.1 a été ajouté.")).toBeVisible();

  await add("Trésorerie", { minutes: "15" });
  await expect(notice(page, "Le point 3 a été ajouté.")).toBeVisible();
  await expectOutline(page, ["1 Accueil", "2 Finances", "2.1 Budget 2027", "3 Trésorerie"]);

  // Indent: becomes the last sub-item of the item above it.
  await page.getByRole("form", { name: "Déplacer le point 3", exact: true }).getByRole("button", { name: "En faire un sous-point" }).click();
  await expect(notice(page, "c’est maintenant le 2.2")).toBeVisible();
  await expectOutline(page, ["1 Accueil", "2 Finances", "2.1 Budget 2027", "2.2 Trésorerie"]);

  // Up, then outdent: becomes the next item after its parent.
  await page.getByRole("form", { name: "Déplacer le point 2.2" }).getByRole("button", { name: "Monter", exact: true }).click();
  await expectOutline(page, ["1 Accueil", "2 Finances", "2.1 Trésorerie", "2.2 Budget 2027"]);
  await page.getByRole("form", { name: "Déplacer le point 2.2" }).getByRole("button", { name: "Remonter d’un niveau" }).click();
  await expect(notice(page, "c’est maintenant le 3")).toBeVisible();
  await expectOutline(page, ["1 Accueil", "2 Finances", "2.1 Trésorerie", "3 Budget 2027"]);
  await add("Questions diverses");
  await expect(notice(page, "Le point 4 a été ajouté.")).toBeVisible();
  await expect(page.getByText("Durée totale : 45 min")).toBeVisible();

  const audit = await seed.db.auditEvent.findMany({ where: { associationId: association.id, entity: "AgendaItem" }, select: { action: true } });
  expect(audit.map((a) => a.action).sort()).toEqual(["agenda.item.add", "agenda.item.add", "agenda.item.add", "agenda.item.add", "agenda.item.add", "agenda.item.indent", "agenda.item.outdent", "agenda.item.up"]);
});

test("the secretary deletes a section with its sub-item after confirming, and edits an item on its own page", async ({ page, seed }) => {
  const { association, secretary } = await seed.board();
  const meeting = await seedMeeting(seed, association.id);
  await seedAgenda(seed, meeting, [
    { title: "Accueil", minutes: 10 },
    { title: "Finances", kind: "SECTION", children: [{ title: "Trésorerie", minutes: 15 }] },
    { title: "Budget 2027", kind: "DECISION", minutes: 20 },
    { title: "Questions diverses" },
  ]);
  await signIn(page, secretary.email);
  await page.goto(agendaUrl(association.slug, meeting.id));

  // Delete with confirmation: a section goes with its sub-items, and says so.
  const deleteForm = page.getByRole("form", { name: "Supprimer le point 2", exact: true });
  await deleteForm.getByText("Supprimer…").click();
  await expect(deleteForm.getByText("Je confirme la suppression de « Finances » et de son sous-point")).toBeVisible();
  await deleteForm.getByRole("button", { name: "Supprimer" }).click();
  await expect(deleteForm.getByText("Cochez la case pour confirmer.")).toBeVisible();
  await expectOutline(page, ["1 Accueil", "2 Finances", "2.1 Trésorerie", "3 Budget 2027", "4 Questions diverses"]);
  await deleteForm.getByRole("checkbox").check();
  await deleteForm.getByRole("button", { name: "Supprimer" }).click();
  await expect(notice(page, "Le point et ses sous-points (2 en tout) ont été supprimés.")).toBeVisible();
  await expectOutline(page, ["1 Accueil", "2 Budget 2027", "3 Questions diverses"]);

  // Edit an item on its own page.
  await page.getByRole("link", { name: "Modifier le point 2", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Modifier le point 2" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByLabel("Intitulé").fill("Budget prévisionnel 2027");
  await page.getByLabel("…ou le nom d’une personne extérieure").first().fill("Expert-comptable");
  await page.getByLabel("Qui peut le voir").selectOption({ label: "CA seulement (confidentiel)" });
  await page.getByRole("button", { name: "Enregistrer le point" }).click();
  await expect(notice(page, "Le point 2 a été enregistré.")).toBeVisible();
  await expectOutline(page, ["1 Accueil", "2 Budget prévisionnel 2027", "3 Questions diverses"]);
  await expect(page.getByText("Présenté par Expert-comptable")).toBeVisible();

  const audit = await seed.db.auditEvent.findMany({ where: { associationId: association.id, entity: "AgendaItem" }, select: { action: true } });
  expect(audit.map((a) => a.action).sort()).toEqual(["agenda.item.delete", "agenda.item.edit"]);
});

test("with JavaScript, the secretary drags an item before another and into a section", async ({ page, seed }) => {
  test.skip(test.info().project.use.javaScriptEnabled === false, "drag and drop needs JavaScript; the buttons do the same without it");
  const { association, secretary } = await seed.board();
  const meeting = await seedMeeting(seed, association.id);
  await seedAgenda(seed, meeting, [{ title: "Accueil" }, { title: "Finances", kind: "SECTION" }, { title: "Budget" }]);
  await signIn(page, secretary.email);
  await page.goto(agendaUrl(association.slug, meeting.id));
  const line = (text: string) => page.locator("[data-drag-handle]").filter({ has: page.locator("[data-line]", { hasText: text }) });
  await expect(page.getByText("Astuce : faites glisser un point")).toBeVisible();
  await line("3 Budget").dragTo(line("1 Accueil"), { targetPosition: { x: 20, y: 2 } });
  await expectOutline(page, ["1 Budget", "2 Accueil", "3 Finances"]);
  const finances = page.locator("[data-item-id]").filter({ has: page.locator("[data-line]", { hasText: "3 Finances" }) });
  const box = await finances.boundingBox();
  await line("1 Budget").dragTo(finances, { targetPosition: { x: 20, y: (box?.height ?? 40) / 2 } });
  await expectOutline(page, ["1 Accueil", "2 Finances", "2.1 Budget"]);
});

test("the secretary accepts a proposed question under a section and declines another with a note", async ({ page, seed }) => {
  const { association, secretary, voter, voter2 } = await seed.board();
  const meeting = await seedMeeting(seed, association.id);
  await seedAgenda(seed, meeting, [{ title: "Accueil" }, { title: "Questions reçues", kind: "SECTION" }]);
  const asked = daysAgo(9);
  await seed.db.agendaProposal.create({
    data: { associationId: association.id, meetingId: meeting.id, proposedById: voter.id, kind: "QUESTION", title: "Quel est le plan de secours ?", askedOn: asked.column, description: "Posée par courriel" },
  });
  await seed.db.agendaProposal.create({
    data: { associationId: association.id, meetingId: meeting.id, proposedById: voter2.id, kind: "ITEM", title: "Changer de fournisseur", askedOn: daysAgo(1).column },
  });
  await signIn(page, secretary.email);
  await page.goto(agendaUrl(association.slug, meeting.id));
  await expect(page.getByRole("heading", { name: "En attente de décision (2)" })).toBeVisible();
  await expect(page.getByText(`Question de ${voter.name}, le ${asked.long}`)).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  const accept = page.getByRole("form", { name: "Retenir « Quel est le plan de secours ? »" });
  await accept.getByLabel("La placer").selectOption({ label: "Sous 2. Questions reçues" });
  await accept.getByRole("button", { name: "Inscrire à l’ordre du jour" }).click();
  await expect(notice(page, "La proposition est maintenant le point 2.1 de l’ordre du jour.")).toBeVisible();
  await expectOutline(page, ["1 Accueil", "2 Questions reçues", "2.1 Quel est le plan de secours ?"]);
  // Its origin: who asked, and when.
  await expect(page.locator("#agenda").getByText(`Question posée par ${voter.name} le ${asked.long}`)).toBeVisible();

  const decline = page.getByRole("form", { name: "Refuser « Changer de fournisseur »" });
  await decline.getByText("Refuser…").click();
  await decline.getByRole("button", { name: "Refuser" }).click();
  await expect(decline.getByText("Ce champ est obligatoire.")).toBeVisible();
  await decline.getByLabel("Pourquoi").fill("Déjà décidé en juin.");
  await decline.getByRole("button", { name: "Refuser" }).click();
  await expect(notice(page, "La proposition a été refusée")).toBeVisible();
  await expect(page.getByRole("heading", { name: "En attente de décision (0)" })).toBeVisible();
});

test("a board member proposes an item and a question, then sees one accepted and one declined with the note", async ({ page, seed }) => {
  const { association, secretary, voter } = await seed.board();
  const meeting = await seedMeeting(seed, association.id, { title: "CA de novembre" });
  await signIn(page, voter.email);
  await page.goto(agendaUrl(association.slug, meeting.id));
  const propose = page.getByRole("form", { name: "Proposer un point ou une question" });
  await expectNoSeriousAxeViolations(page);
  // The day it was asked may be earlier than today (asked by e-mail), never later.
  await propose.getByLabel("Vous proposez").selectOption({ label: "Question" });
  await propose.getByLabel("Intitulé").fill("Où en est la convention avec la mairie ?");
  await propose.getByLabel("Posée le").fill(daysAgo(-3).iso);
  await propose.getByRole("button", { name: "Envoyer la proposition" }).click();
  await expect(notice(page, "Le jour de la demande ne peut pas être dans le futur.")).toBeVisible();
  await expect(propose.getByLabel("Intitulé")).toHaveValue("Où en est la convention avec la mairie ?");
  const asked = daysAgo(5);
  await propose.getByLabel("Posée le").fill(asked.iso);
  await propose.getByRole("button", { name: "Envoyer la proposition" }).click();
  await expect(notice(page, "Votre proposition a été transmise")).toBeVisible();
  await page.getByRole("form", { name: "Proposer un point ou une question" }).getByLabel("Intitulé").fill("Renouveler le serveur de sauvegarde");
  await page.getByRole("form", { name: "Proposer un point ou une question" }).getByRole("button", { name: "Envoyer la proposition" }).click();
  await expect(notice(page, "Votre proposition a été transmise")).toBeVisible();
  const mine = page.locator("section", { has: page.getByRole("heading", { name: "Vos propositions" }) });
  await expect(mine.getByText("En attente")).toHaveCount(2);
  await signOut(page);

  await signIn(page, secretary.email);
  await page.goto(agendaUrl(association.slug, meeting.id));
  await page.getByRole("form", { name: "Retenir « Où en est la convention avec la mairie ? »" }).getByRole("button", { name: "Inscrire à l’ordre du jour" }).click();
  await expect(notice(page, "La proposition est maintenant le point 1 de l’ordre du jour.")).toBeVisible();
  const decline = page.getByRole("form", { name: "Refuser « Renouveler le serveur de sauvegarde »" });
  await decline.getByText("Refuser…").click();
  await decline.getByLabel("Pourquoi").fill("À voir d’abord avec la trésorerie.");
  await decline.getByRole("button", { name: "Refuser" }).click();
  await expect(notice(page, "La proposition a été refusée")).toBeVisible();
  await signOut(page);

  await signIn(page, voter.email);
  await page.goto(agendaUrl(association.slug, meeting.id));
  await expect(page.locator("#agenda").getByText(`Question posée par ${voter.name} le ${asked.long}`)).toBeVisible();
  const answered = page.locator("section", { has: page.getByRole("heading", { name: "Vos propositions" }) });
  await expect(answered.getByRole("listitem").filter({ hasText: "Où en est la convention" })).toContainText("Retenue");
  await expect(answered.getByRole("listitem").filter({ hasText: "Où en est la convention" })).toContainText("Inscrite au point 1 de l’ordre du jour.");
  const declined = answered.getByRole("listitem").filter({ hasText: "Renouveler le serveur" });
  await expect(declined).toContainText("Refusée");
  await expect(declined).toContainText("Note du secrétariat : À voir d’abord avec la trésorerie.");
});

test("a board member adds a point for the next agenda after a meeting; the secretary pulls the list into the next meeting", async ({ page, seed }) => {
  const { association, secretary, voter, advisory } = await seed.board();
  const held = await seedMeeting(seed, association.id, { title: "CA d’octobre", inDays: -20, status: "HELD" });
  const next = await seedMeeting(seed, association.id, { title: "CA de novembre", inDays: 10 });
  await seedAgenda(seed, next, [{ title: "Accueil", minutes: 5 }]);
  await seed.db.backlogItem.create({ data: { associationId: association.id, title: "Convention avec la mairie", addedById: advisory.id, raisedAtMeetingId: held.id, createdAt: held.startsAt } });

  await signIn(page, voter.email);
  await page.goto(agendaUrl(association.slug, held.id));
  const raise = page.getByRole("form", { name: "Ajouter un point pour le prochain ordre du jour" });
  await raise.getByLabel("Point").fill("Rendre le budget prévisionnel visible");
  await raise.getByRole("button", { name: "Ajouter à la liste" }).click();
  await expect(notice(page, "Le point a été ajouté à la liste du prochain ordre du jour.")).toBeVisible();
  await page.getByRole("link", { name: "Prochain ordre du jour", exact: true }).click();
  await expect(page.getByRole("heading", { name: "En attente (2)" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await signOut(page);

  await signIn(page, secretary.email);
  await page.goto(agendaUrl(association.slug, next.id));
  await expect(page.getByText("2 points attendent d’être inscrits à un ordre du jour.")).toBeVisible();
  await page.getByRole("form", { name: "Inscrire la liste du prochain ordre du jour à cet ordre du jour" }).getByRole("button", { name: "Les inscrire tous à cet ordre du jour" }).click();
  await expect(notice(page, "2 points de la liste du prochain ordre du jour ont été ajoutés à l’ordre du jour.")).toBeVisible();
  await expectOutline(page, ["1 Accueil", "2 Convention avec la mairie", "3 Rendre le budget prévisionnel visible"]);
  await expect(page.locator("#agenda").getByText(`Demandé pour cet ordre du jour par ${voter.name}`)).toContainText("lors de « CA d’octobre »");
  await expect(page.getByText("Aucun point n’attend d’être inscrit à cet ordre du jour.")).toBeVisible();
  await page.goto(`/a/${association.slug}/backlog`);
  await expect(page.getByRole("heading", { name: "En attente (0)" })).toBeVisible();
  await expect(page.getByText("À l’ordre du jour de « CA de novembre »")).toHaveCount(2);
});

test("association members never see board-only items, on the agenda or the printable page", async ({ page, seed }) => {
  const { association, voter } = await seed.board();
  const adherent = await seed.member(association.id, "Adhérente Test", "MEMBER");
  const meeting = await seedMeeting(seed, association.id, { title: "CA de décembre" });
  await seedAgenda(seed, meeting, [
    { title: "Accueil", minutes: 10, visibility: "PUBLIC" },
    { title: "Situation de la salariée", minutes: 20, visibility: "BOARD", children: [{ title: "Sous-point confidentiel" }] },
    { title: "Budget", kind: "DECISION", minutes: 30 },
  ]);
  await signIn(page, adherent.email);
  await page.goto(agendaUrl(association.slug, meeting.id));
  await expectOutline(page, ["1 Accueil", "2 Budget"]);
  await expect(page.getByText("Situation de la salariée")).toHaveCount(0);
  await expect(page.getByRole("form", { name: "Proposer un point ou une question" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Monter", exact: true })).toHaveCount(0);
  await page.getByRole("link", { name: "Ordre du jour à imprimer" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ordre du jour · CA de décembre");
  await expect(page.locator("article").getByText(association.name)).toBeVisible();
  await expect(page.getByText("Situation de la salariée")).toHaveCount(0);
  await expect(page.getByText("Durée totale : 40 min")).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await signOut(page);

  await signIn(page, voter.email);
  await page.goto(`${agendaUrl(association.slug, meeting.id)}/print`);
  await expect(page.getByText("Situation de la salariée")).toBeVisible();
  await expect(page.getByText("À distance : Téléphone : 02 98 00 00 00")).toBeVisible();
  await expect(page.getByText("Durée totale : 1 h")).toBeVisible();
});

test("someone from another association gets 'not found' for an agenda", async ({ page, seed }) => {
  const { association } = await seed.board("Association Privée");
  const meeting = await seedMeeting(seed, association.id);
  const other = await seed.board("Association Voisine");
  await signIn(page, other.secretary.email);
  for (const path of ["", "/print"]) {
    const response = await page.goto(`${agendaUrl(association.slug, meeting.id)}${path}`);
    expect(response?.status()).toBe(404);
  }
  const response = await page.goto(agendaUrl(other.association.slug, meeting.id));
  expect(response?.status()).toBe(404);
});
