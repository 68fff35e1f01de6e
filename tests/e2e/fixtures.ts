// Test data for browser journeys, written straight into the e2e server's database.
import { hash } from "@node-rs/argon2";
import { PrismaPg } from "@prisma/adapter-pg";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import { PrismaClient } from "../../src/generated/prisma/client.ts";
import { e2eStatePath } from "./state.ts";

export const PASSWORD = "e2e phrase de passe";
let passwordHash: Promise<string> | undefined;

type Kind = "VOTING" | "ADVISORY" | "MEMBER";
type Office = "PRESIDENT" | "SECRETARY" | "TREASURER";

export class Seeder {
  constructor(readonly db: PrismaClient) {}

  async user(name: string) {
    passwordHash ??= hash(PASSWORD, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    const email = `${name.toLowerCase().replace(/[^a-z]+/g, "-")}-${randomUUID().slice(0, 8)}@example.org`;
    return this.db.user.create({ data: { name, email, passwordHash: await passwordHash, locale: "fr" } });
  }

  async association(name = "Association") {
    const slug = `e2e-${randomUUID().slice(0, 8)}`;
    return this.db.association.create({ data: { name: `${name} ${slug.slice(4)}`, slug, timezone: "Europe/Paris", locale: "fr" } });
  }

  async member(associationId: string, name: string, kind: Kind = "VOTING", offices: Office[] = []) {
    const user = await this.user(name);
    const membership = await this.db.membership.create({
      data: { associationId, userId: user.id, kind, offices, startsOn: new Date("2020-01-01T00:00:00Z") },
    });
    return { ...user, membershipId: membership.id };
  }

  /** A board like the reference's, small: president, secretary, treasurer, voters, an advisory member. */
  async board(name = "Association") {
    const association = await this.association(name);
    return {
      association,
      president: await this.member(association.id, "Présidente Test", "VOTING", ["PRESIDENT"]),
      secretary: await this.member(association.id, "Secrétaire Test", "VOTING", ["SECRETARY"]),
      treasurer: await this.member(association.id, "Trésorier Test", "VOTING", ["TREASURER"]),
      voter: await this.member(association.id, "Votant Test"),
      voter2: await this.member(association.id, "Votante Test"),
      advisory: await this.member(association.id, "Consultative Test", "ADVISORY"),
    };
  }

  /** An invitation whose link secret the test knows. */
  async invitation(associationId: string, email: string, kind: Kind = "VOTING") {
    const secret = randomBytes(24).toString("base64url");
    await this.db.invitation.create({
      data: {
        associationId,
        email,
        name: "Invitée",
        kind,
        offices: [],
        tokenHash: createHash("sha256").update(secret).digest("hex"),
        expiresAt: new Date(Date.now() + 7 * 24 * 3_600_000),
      },
    });
    return secret;
  }
}

let client: PrismaClient | undefined;
function database(): PrismaClient {
  if (!client) {
    const { databaseUrl } = JSON.parse(fs.readFileSync(e2eStatePath, "utf8")) as { databaseUrl: string };
    client = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 3, options: "-c timezone=UTC" }) });
  }
  return client;
}

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
  // Let the redirects after sign-in settle, so that the test's next navigation is not cut short.
  await page.waitForLoadState("networkidle");
}

/** A message shown by a form (errors are alerts, successes statuses), found by its text. */
export function notice(page: Page, text: string) {
  return page.locator(".notice").filter({ hasText: text });
}

/** axe runs inside the page, so only where JavaScript is enabled. */
export async function expectNoSeriousAxeViolations(page: Page) {
  if (base.info().project.use.javaScriptEnabled === false) return;
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

export const test = base.extend<{ seed: Seeder }>({
  seed: async ({}, use) => {
    await use(new Seeder(database()));
  },
});
export { expect };
