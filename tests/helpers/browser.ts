import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import type { RunningApp } from "./app-server";
import { auditResponses } from "./response-audit";

export const OWNER_PASSWORD = "owner-password-1";

const SCREENSHOTS = path.join(__dirname, "../../docs/screenshots");

/**
 * Debian's Chromium, headless, with the flags this closed network needs. Every response it
 * receives is kept, and closing it fails if one held an app's secret (`auditResponses`).
 */
export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({
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
  return auditResponses(browser);
}

export const PHONE: BrowserContextOptions = {
  viewport: { width: 375, height: 812 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };

/** The four looks every page is shown in: light and dark, on a phone and a desktop. */
export const VARIANTS: Array<{ name: string; options: BrowserContextOptions }> = [
  { name: "phone-light", options: { ...PHONE, colorScheme: "light" } },
  { name: "phone-dark", options: { ...PHONE, colorScheme: "dark" } },
  { name: "desktop-light", options: { ...DESKTOP, colorScheme: "light" } },
  { name: "desktop-dark", options: { ...DESKTOP, colorScheme: "dark" } },
];

/** Below this width the shell's navigation is a fixed bar at the bottom (shell.module.css). */
const PHONE_LAYOUT_MAX_WIDTH = 767;

/**
 * Creates the owner through the setup page (first run) and lands signed in on Today. It waits
 * until the page has read the browser's time zone (after hydration), which setup stores.
 */
export async function setUpOwner(page: Page, app: RunningApp, password = OWNER_PASSWORD) {
  await page.goto(`${app.baseUrl}/setup?token=${app.setupToken}`);
  await page.locator('input[name="timeZone"]:not([value=""])').waitFor({ state: "attached" });
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

/**
 * Saves a full-page screenshot under docs/screenshots/<name>.png and returns its path. A full-page
 * capture draws fixed elements where they are in the current viewport, so on a phone it is taken
 * scrolled to the end: the bottom navigation then sits at the page's end, as the owner sees it
 * after scrolling down, instead of across the middle of the page.
 */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  const phone = (page.viewportSize()?.width ?? Infinity) <= PHONE_LAYOUT_MAX_WIDTH;
  if (phone) await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.screenshot({ path: file, fullPage: true });
  if (phone) await page.evaluate(() => window.scrollTo(0, 0));
  return file;
}

/**
 * On a phone, scrolls to the end and returns how far the main content's last element ends above
 * the fixed bottom navigation (negative when the navigation covers it).
 */
export async function clearanceAboveBottomNav(page: Page): Promise<number> {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  return page.evaluate(() => {
    const nav = document.querySelector('nav[aria-label="Main"]');
    const last = document.querySelector("main")?.lastElementChild;
    if (!nav || !last) throw new Error("no main navigation or no content");
    return nav.getBoundingClientRect().top - last.getBoundingClientRect().bottom;
  });
}

/** The height of the main navigation's box and of the whole page, in CSS pixels. */
export function sidebarAndPageHeight(page: Page): Promise<{ sidebar: number; page: number }> {
  return page.evaluate(() => ({
    sidebar: document.querySelector('nav[aria-label="Main"]')?.getBoundingClientRect().height ?? 0,
    page: document.documentElement.scrollHeight,
  }));
}
