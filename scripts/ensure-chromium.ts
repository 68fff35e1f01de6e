// Finds a Chromium for the browser tests: CHROMIUM_PATH, Debian's package (installed when we
// can), or else Playwright's own browser.
import { execFileSync, execSync } from "node:child_process";
import fs from "node:fs";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";

export function ensureChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH && fs.existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  if (fs.existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = fs.existsSync("/usr/bin/apt-get");
  if (hasApt) {
    try {
      const sudo = isRoot ? "" : "sudo -n ";
      console.log("[test] Installing Debian's Chromium…");
      execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, { stdio: "inherit" });
      if (fs.existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
    } catch {
      console.log("[test] Could not install Debian's Chromium; trying Playwright's browser.");
    }
  }
  execFileSync(process.execPath, ["node_modules/@playwright/test/cli.js", "install", "chromium"], { stdio: "inherit" });
  return undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureChromium() ?? "Playwright's Chromium");
