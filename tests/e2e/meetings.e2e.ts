import { icsEvents, icsInstant } from "../support/ics";
import { expect, expectNoSeriousAxeViolations, notice, signIn, test } from "./fixtures";
import { parisClock, seedMeeting } from "./fixtures-meetings";

const thin = (text: string | null) => (text ?? "").replace(/[\u2009\u202f]/g, " ");

test("the secretary plans several meetings at once", async ({ page, seed }) => {
  const { association, secretary } = await seed.board("Les Amis du Port");
  const year = new Date().getFullYear() + 1;
  await signIn(page, secretary.email);
  await page.goto(`/a/${association.slug}/meetings`);
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("link", { name: "Planifier des réunions" }).first().click();
  await expect(page).toHaveURL(new RegExp(`/a/${association.slug}/meetings/new$`));
  await expectNoSeriousAxeViolations(page);
  const form = page.getByRole("form", { name: "Plusieurs dates d’un coup" });
  await form.getByLabel("Lieu").fill("Local, 3 quai de la Douane");
  // A date that does not exist: refused, what was typed stays.
  await form.getByLabel("Jours").fill(`4 nov. ${year}, 31 nov.`);
  await form.getByLabel("Heure").fill("18:00");
  await form.getByRole("button", { name: "Planifier ces réunions" }).click();
  await expect(notice(page, "« 31 nov. » n’est pas une date lisible.")).toBeVisible();
  await expect(form.getByLabel("Jours")).toHaveValue(`4 nov. ${year}, 31 nov.`);
  await expect(form.getByLabel("Lieu")).toHaveValue("Local, 3 quai de la Douane");
  expect(await seed.db.meeting.count({ where: { associationId: association.id } })).toBe(0);

  await form.getByLabel("Jours").fill(`4 nov. ${year}, 2 déc., 13 janv.`);
  await form.getByRole("button", { name: "Planifier ces réunions" }).click();
  await expect(notice(page, "3 réunions planifiées.")).toBeVisible();

  await page.goto(`/a/${association.slug}/meetings`);
  const upcoming = page.getByRole("table", { name: "À venir" });
  const rows = upcoming.getByRole("row").filter({ hasText: "Conseil d’administration" });
  await expect(rows).toHaveCount(3);
  const whens = (await rows.locator("td:first-child").allTextContents()).map(thin);
  expect(whens[0]).toMatch(new RegExp(`4 novembre ${year}, 18:00 – 20:00`));
  expect(whens[1]).toMatch(new RegExp(`2 décembre ${year}, 18:00 – 20:00`));
  expect(whens[2]).toMatch(new RegExp(`13 janvier ${year + 1}, 18:00 – 20:00`));
  // 18:00 in Paris on both sides of the change of time.
  const stored = await seed.db.meeting.findMany({ where: { associationId: association.id }, orderBy: { startsAt: "asc" } });
  expect(stored.map((m) => parisClock(m.startsAt))).toEqual(["18:00", "18:00", "18:00"]);
  expect(stored.map((m) => m.place)).toEqual(Array(3).fill("Local, 3 quai de la Douane"));

  // The filters are a plain form in the address.
  await page.getByLabel("Année").selectOption(String(year + 1));
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(new RegExp(`year=${year + 1}`));
  await expect(page.getByRole("table", { name: "À venir" }).getByRole("row").filter({ hasText: "Conseil d’administration" })).toHaveCount(1);
});

test("the secretary records attendance with a departure: the quorum changes at that time", async ({ page, seed }) => {
  const board = await seed.board("Conseil du Port");
  // A rule of four voting members out of five.
  await seed.db.association.update({ where: { id: board.association.id }, data: { quorumKind: "COUNT", quorumCount: 4 } });
  const meeting = await seedMeeting(seed, board.association.id, { title: "CA d’octobre", startsAt: "2025-10-07T16:15:00Z", endsAt: "2025-10-07T18:30:00Z", status: "HELD" });
  await signIn(page, board.secretary.email);
  await page.goto(`/a/${board.association.slug}/meetings/${meeting.id}`);
  await page.getByRole("link", { name: "Présences", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/meetings/${meeting.id}/attendance$`));
  await expectNoSeriousAxeViolations(page);

  const status = (name: string, value: string) => page.getByLabel(`Présence de ${name}`).selectOption(value);
  await status(board.president.name, "PRESENT");
  await status(board.secretary.name, "PRESENT");
  await status(board.treasurer.name, "REMOTE");
  await page.getByLabel(`Départ de ${board.treasurer.name}`).fill("19:00");
  await page.getByLabel(`Note sur ${board.treasurer.name}`).fill("partie à 19 h, fin de la conférence téléphonique");
  await status(board.voter.name, "PRESENT");
  // A departure before the arrival: refused, nothing saved, the sheet stays as typed.
  await page.getByLabel(`Arrivée de ${board.voter.name}`).fill("19:00");
  await page.getByLabel(`Départ de ${board.voter.name}`).fill("18:30");
  await status(board.voter2.name, "ABSENT");
  await status(board.advisory.name, "PRESENT");
  await page.getByRole("button", { name: "Enregistrer les présences" }).click();
  await expect(notice(page, `${board.voter.name} : le départ doit suivre l’arrivée`)).toBeVisible();
  expect(await seed.db.attendance.count({ where: { meetingId: meeting.id } })).toBe(0);
  await expect(page.getByLabel(`Départ de ${board.treasurer.name}`)).toHaveValue("19:00");

  await page.getByLabel(`Arrivée de ${board.voter.name}`).fill("");
  await page.getByLabel(`Départ de ${board.voter.name}`).fill("");
  await page.getByRole("button", { name: "Enregistrer les présences" }).click();
  await expect(notice(page, "Les présences sont enregistrées.")).toBeVisible();
  expect(await seed.db.attendance.count({ where: { meetingId: meeting.id } })).toBe(6);

  const quorum = page.getByRole("region", { name: "Quorum" });
  await expect(quorum.getByText("Au début (18:15) :")).toBeVisible();
  await expect(quorum.getByText("4 sur 5 membres votants du conseil", { exact: false }).first()).toBeVisible();
  await expect(quorum.getByRole("listitem").filter({ hasText: "19:00 : 3 sur 5." })).toContainText("Quorum non atteint (4 nécessaires)");

  await quorum.getByLabel("Quorum à quelle heure ?").fill("19:05");
  await quorum.getByRole("button", { name: "Afficher" }).click();
  await expect(page).toHaveURL(/\?at=19%3A05$/);
  const chosen = page.getByRole("region", { name: "Quorum" }).getByRole("status");
  await expect(chosen).toContainText("À 19:05 : 3 sur 5");
  await expect(chosen).toContainText("Quorum non atteint (4 nécessaires)");
  await expect(chosen).toContainText(`Parti·es à cette heure : ${board.treasurer.name}.`);
  await page.goto(`/a/${board.association.slug}/meetings/${meeting.id}/attendance?at=18:45`);
  await expect(page.getByRole("region", { name: "Quorum" }).getByRole("status")).toContainText("Quorum atteint");

  // A guest by name, added then removed after confirming.
  const guests = page.getByRole("region", { name: "Invité·es" });
  await guests.getByLabel("Nom").fill("Mme Le Goff (mairie)");
  await guests.getByLabel("Note").fill("pour le point subventions");
  await guests.getByRole("button", { name: "Ajouter un·e invité·e" }).click();
  await expect(notice(page, "Mme Le Goff (mairie) est ajouté·e aux invité·es.")).toBeVisible();
  await expect(guests.getByRole("listitem").filter({ hasText: "Mme Le Goff (mairie)" })).toContainText("pour le point subventions");
  await expect(guests.getByLabel("Nom")).toHaveValue("");
  const guest = guests.getByRole("form", { name: "Retirer l’invité·e Mme Le Goff (mairie)" });
  await guest.getByText("Retirer", { exact: true }).first().click();
  await guest.getByLabel("Je confirme que Mme Le Goff (mairie) est retiré·e des invité·es").check();
  await guest.getByRole("button", { name: "Retirer" }).click();
  await expect(guests.getByText("Aucun·e invité·e.")).toBeVisible();
  expect(await seed.db.guest.count({ where: { meetingId: meeting.id } })).toBe(0);
});

test("a board member subscribes to their calendar; the feed serves the association's meetings", async ({ page, seed, request }) => {
  const board = await seed.board("Les Hébergeurs");
  const other = await seed.board("Voisins");
  // Late October after the change to winter time, and early April in summer time: 18:00 in Paris both.
  const autumn = await seedMeeting(seed, board.association.id, { title: "CA d’automne", startsAt: "2030-10-29T17:00:00Z", endsAt: "2030-10-29T19:00:00Z", remoteAccess: "code 2030" });
  const spring = await seedMeeting(seed, board.association.id, { title: "CA de printemps", startsAt: "2030-04-02T16:00:00Z", endsAt: "2030-04-02T18:00:00Z", status: "CANCELLED" });
  await seedMeeting(seed, other.association.id, { title: "Réunion des voisins", startsAt: "2030-05-07T16:00:00Z", endsAt: "2030-05-07T18:00:00Z" });

  await signIn(page, board.voter.email);
  await page.goto(`/a/${board.association.slug}/meetings`);
  const section = page.getByRole("region", { name: "Mon agenda" });
  await section.getByRole("button", { name: "Créer mon adresse d’agenda" }).click();
  await expect(notice(page, "Votre adresse d’agenda est prête.")).toBeVisible();
  const address = page.getByLabel("Votre adresse d’agenda privée");
  await expect(address).toHaveValue(/\/calendar\/[A-Za-z0-9_-]+\.ics$/);
  await expectNoSeriousAxeViolations(page);
  const url = await address.inputValue();

  // A calendar client has no session: the address alone opens the feed.
  const response = await request.get(url);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/calendar");
  const events = icsEvents(await response.text());
  expect(events.map((e) => e.UID)).toEqual([`${spring.id}@quorum`, `${autumn.id}@quorum`]);
  expect(events.map((e) => parisClock(icsInstant(e.DTSTART)))).toEqual(["18:00", "18:00"]);
  expect(icsInstant(events[1].DTSTART)).toEqual(autumn.startsAt);
  expect(events[0].STATUS).toBe("CANCELLED");
  expect(events[1].DESCRIPTION).toContain("code 2030");
  expect(events.some((e) => e.SUMMARY.includes("Réunion des voisins"))).toBe(false);

  // Renewing gives a new address; the old one stops working.
  await section.getByText("Renouveler l’adresse").first().click();
  await section.getByLabel("Je comprends que l’adresse actuelle cessera de fonctionner").check();
  await section.getByRole("button", { name: "Renouveler l’adresse" }).click();
  await expect(notice(page, "Votre adresse d’agenda est renouvelée")).toBeVisible();
  await page.reload();
  const renewed = await page.getByLabel("Votre adresse d’agenda privée").inputValue();
  expect(renewed).not.toBe(url);
  expect((await request.get(url)).status()).toBe(404);
  expect((await request.get(renewed)).status()).toBe(200);
});

test("the secretary convenes the board, then edits the meeting someone else changed meanwhile", async ({ page, seed }) => {
  const board = await seed.board("Collectif Convoqué");
  const start = new Date(Date.now() + 10 * 86_400_000);
  start.setUTCHours(17, 0, 0, 0);
  const meeting = await seedMeeting(seed, board.association.id, { title: "Prochain CA", startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 7_200_000).toISOString() });
  await seed.db.agendaItem.create({ data: { associationId: board.association.id, meetingId: meeting.id, position: 0, title: "Budget de l’an prochain", kind: "DECISION" } });
  await signIn(page, board.secretary.email);
  await page.goto(`/a/${board.association.slug}/meetings/${meeting.id}`);
  await expectNoSeriousAxeViolations(page);
  await expect(page.getByText("6 membres du conseil recevront un e-mail")).toBeVisible();
  await page.getByRole("button", { name: "Envoyer la convocation" }).click();
  await expect(notice(page, "La convocation part vers 6 membres du conseil.")).toBeVisible();
  const emails = await seed.db.outboxEmail.findMany({ where: { associationId: board.association.id } });
  expect(emails).toHaveLength(6);
  expect(emails[0].text).toContain("1. Budget de l’an prochain (décision)");
  await page.reload();
  await page.getByRole("button", { name: "Envoyer de nouveau la convocation" }).click();
  await expect(notice(page, "cochez la case pour l’envoyer de nouveau")).toBeVisible();
  expect(await seed.db.outboxEmail.count({ where: { associationId: board.association.id } })).toBe(6);

  await page.getByRole("link", { name: "Modifier la réunion" }).click();
  await page.getByLabel("Titre").fill("CA de rentrée");
  // Meanwhile, the president changes the place.
  await seed.db.meeting.update({ where: { id: meeting.id }, data: { place: "Chez la présidente", version: { increment: 1 } } });
  await page.getByRole("button", { name: "Enregistrer la réunion" }).click();
  await expect(notice(page, "Quelqu’un a modifié cette réunion depuis que vous avez ouvert le formulaire.")).toBeVisible();
  await expect(page.getByLabel("Titre")).toHaveValue("CA de rentrée");
  expect((await seed.db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).title).toBe("Prochain CA");
  await page.getByRole("button", { name: "Enregistrer la réunion" }).click();
  await expect(notice(page, "La réunion est enregistrée.")).toBeVisible();
  expect((await seed.db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).title).toBe("CA de rentrée");
});

test("the secretary cancels a meeting after confirming", async ({ page, seed }) => {
  const board = await seed.board();
  const meeting = await seedMeeting(seed, board.association.id, { title: "CA à annuler", startsAt: "2031-01-14T17:00:00Z", endsAt: "2031-01-14T19:00:00Z" });
  await signIn(page, board.secretary.email);
  await page.goto(`/a/${board.association.slug}/meetings/${meeting.id}`);
  await page.getByText("Annuler la réunion", { exact: true }).first().click();
  await page.getByRole("button", { name: "Annuler la réunion" }).click();
  await expect(page.getByText("Cochez la case pour confirmer.").first()).toBeVisible();
  expect((await seed.db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).status).toBe("PLANNED");
  await page.getByLabel("Je confirme que cette réunion est annulée").check();
  await page.getByRole("button", { name: "Annuler la réunion" }).click();
  await expect(page.getByRole("status").filter({ hasText: "La réunion est annulée." })).toBeVisible();
  await expect(page.getByRole("main").locator("header").getByText("Annulée", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Modifier la réunion" })).toHaveCount(0);
});

test("an adherent sees the meeting without the board's details; another association gets 'not found'", async ({ page, seed }) => {
  const board = await seed.board("Association Discrète");
  const adherent = await seed.member(board.association.id, "Adhérente Test", "MEMBER");
  const other = await seed.board("Association Curieuse");
  const meeting = await seedMeeting(seed, board.association.id, { title: "CA confidentiel", startsAt: "2031-02-11T17:00:00Z", endsAt: "2031-02-11T19:00:00Z", remoteAccess: "code secret 4242" });
  await signIn(page, adherent.email);
  await page.goto(`/a/${board.association.slug}/meetings/${meeting.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("CA confidentiel");
  await expect(page.getByText("code secret 4242")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Présences", exact: true })).toHaveCount(0);
  const attendance = await page.goto(`/a/${board.association.slug}/meetings/${meeting.id}/attendance`);
  expect(attendance?.status()).toBe(404);
  expect((await page.request.get(`/a/${board.association.slug}/meetings/${meeting.id}/ics`)).status()).toBe(200);

  await page.context().clearCookies();
  await signIn(page, other.president.email);
  for (const path of ["", "/attendance", "/edit"]) {
    const response = await page.goto(`/a/${board.association.slug}/meetings/${meeting.id}${path}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByText("CA confidentiel")).toHaveCount(0);
  }
  // Their own association's address with this meeting's id: not found either.
  expect((await page.goto(`/a/${other.association.slug}/meetings/${meeting.id}`))?.status()).toBe(404);
  expect((await page.request.get(`/a/${board.association.slug}/meetings/${meeting.id}/ics`)).status()).toBe(404);
});
