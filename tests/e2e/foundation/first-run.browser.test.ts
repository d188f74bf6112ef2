import type { Browser } from "playwright-core";
import { startApp, type RunningApp } from "../../helpers/app-server";
import {
  DESKTOP,
  launchChromium,
  logIn,
  PHONE,
  saveScreenshot,
  setUpOwner,
} from "../../helpers/browser";

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchChromium()]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe("first run in Chromium", () => {
  it("sends a visitor to login, where no account exists yet", async () => {
    const page = await browser.newPage();
    await page.goto(`${app.baseUrl}/tasks`);
    expect(new URL(page.url()).pathname).toBe("/login");
    await expect(page.getByText("No owner account exists yet").isVisible()).resolves.toBe(true);
    await page.close();
  });

  it("rejects a setup link with a wrong token", async () => {
    const page = await browser.newPage();
    await page.goto(`${app.baseUrl}/setup?token=wrong-token`);
    await page.getByLabel("Choose a password").fill("owner-password-1");
    await page.getByLabel("Repeat it").fill("owner-password-1");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByText("This setup link is not valid").waitFor();
    await page.close();
  });

  it("sets up the owner in the browser's time zone, shows the shell, signs out and in", async () => {
    // The test machine runs in UTC: the zone must come from the browser, not the server.
    const context = await browser.newContext({ ...DESKTOP, timezoneId: "Europe/Berlin" });
    const page = await context.newPage();
    await setUpOwner(page, app);
    await page.getByRole("heading", { name: "Today" }).waitFor();
    // Setup signs in from the setup link's page; next-auth keeps that page in a cookie.
    const cookies = await context.cookies();
    expect(cookies.map((cookie) => cookie.name)).toContain("next-auth.callback-url");
    for (const cookie of cookies) expect(cookie.value).not.toContain(app.setupToken);
    const nav = page.getByRole("navigation", { name: "Main" });
    for (const label of ["Today", "Tasks", "Calories", "Weight", "Diary", "Insights", "Settings"]) {
      await expect(nav.getByRole("link", { name: label }).isVisible()).resolves.toBe(true);
    }
    await saveScreenshot(page, "shell-desktop");

    await nav.getByRole("link", { name: "Settings" }).click();
    const zone = page.getByRole("region", { name: "Calendar" }).getByLabel("Time zone");
    await expect(zone.inputValue()).resolves.toBe("Europe/Berlin");
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/login/);
    await page.goto(`${app.baseUrl}/settings`);
    expect(new URL(page.url()).pathname).toBe("/login");

    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("That password is not right.").waitFor();
    await logIn(page, app);
    await context.close();
  });

  it("renders the shell on a 375 px phone with the bottom navigation", async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await logIn(page, app);
    const box = await page.getByRole("navigation", { name: "Main" }).boundingBox();
    expect(box?.y).toBeGreaterThan(700);
    await saveScreenshot(page, "shell-phone");
    await context.close();
  });
});
