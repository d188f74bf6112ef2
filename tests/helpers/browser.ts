import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import type { RunningApp } from "./app-server";

export const OWNER_PASSWORD = "owner-password-1";
const SCREENSHOTS = path.join(__dirname, "../../docs/screenshots");

/** Debian's Chromium, headless, with the flags this closed network needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export const PHONE: BrowserContextOptions = {
  viewport: { width: 375, height: 812 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };

/** Creates the owner through the setup page (first run) and lands signed in on Today. */
export async function setUpOwner(page: Page, app: RunningApp, password = OWNER_PASSWORD) {
  await page.goto(`${app.baseUrl}/setup?token=${app.setupToken}`);
  await page.getByLabel("Choose a password").fill(password);
  await page.getByLabel("Repeat it").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(`${app.baseUrl}/`);
}

/** Signs in through the login page. */
export async function logIn(page: Page, app: RunningApp, password = OWNER_PASSWORD) {
  await page.goto(`${app.baseUrl}/login`);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${app.baseUrl}/`);
}

/** Saves a full-page screenshot under docs/screenshots/<name>.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
