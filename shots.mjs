import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const ctx = await browser.newContext({ locale: "fr-FR", viewport: { width: 1280, height: 900 } });
const page = await ctx.newPage();
const base = "http://localhost:3300";
await page.goto(base + "/sign-in");
await page.getByLabel("E-mail").fill(process.argv[2]);
await page.getByLabel("Mot de passe").fill("quorum-demo-2026");
await page.getByRole("button", { name: "Se connecter" }).click();
await page.waitForLoadState("networkidle");
for (const [i, path] of process.argv.slice(3).entries()) {
  await page.goto(base + path);
  await page.screenshot({ path: `/tmp/shot-${i}.png`, fullPage: true });
  console.log(i, path, page.url());
}
await browser.close();
