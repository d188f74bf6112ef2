import { addDays } from "@/domain/calendar";
import { DESKTOP, PHONE } from "../../helpers/browser";
import { openSignedIn, startHealthApp, type HealthApp } from "../health/health-app";
import { DARK_BG, LIGHT_BG, pageBackground, watchPage } from "./shell-watch";

let health: HealthApp;

beforeAll(async () => {
  health = await startHealthApp();
}, 120_000);
afterAll(() => health?.close());

const NAV = ["Tasks", "Calories", "Weight", "Diary", "Insights", "Settings", "Today"];

describe("the app shell in Chromium", () => {
  it("answers bad addresses with one 404 page that names the problem, in dark mode too", async () => {
    const future = addDays(health.today, 3);
    const cases: Array<[string, string]> = [
      ["/diary/2025-02-30", "2025-02-30 does not exist."],
      ["/diary/abc", '"abc" is not a day. Use YYYY-MM-DD.'],
      [`/diary/${future}`, `${future} is still ahead: its diary page opens on that day.`],
      ["/tasks/abc", "That task does not exist. It may have been deleted."],
      ["/tasks/987654", "That task does not exist. It may have been deleted."],
      ["/no/such/page", "There is no page at /no/such/page."],
    ];
    const { context, page } = await openSignedIn(health, { ...PHONE, colorScheme: "dark" });
    for (const [path, message] of cases) {
      const response = await page.goto(`${health.app.baseUrl}${path}`);
      expect([path, response?.status()]).toEqual([path, 404]);
      await page.getByRole("heading", { name: "Page not found" }).waitFor();
      await page.getByText(message, { exact: true }).waitFor();
      expect(await pageBackground(page)).toBe(DARK_BG);
    }
    await page.getByRole("link", { name: "Back to Today" }).click();
    await page.waitForURL(`${health.app.baseUrl}/`);
    await context.close();
  });

  it("says when a day in the URL does not exist instead of silently showing today", async () => {
    const { context, page } = await openSignedIn(health);
    await page.goto(`${health.app.baseUrl}/calories?day=2025-02-30`);
    await page.getByText(`2025-02-30 does not exist. Showing today (${health.today}).`).waitFor();
    await page.goto(`${health.app.baseUrl}/?day=2025-02-30`);
    await page.getByText("2025-02-30 does not exist.").waitFor();
    await context.close();
  });

  it("offers Skip to content as the first Tab stop, signed out and in", async () => {
    const context = await health.browser.newContext(DESKTOP);
    const page = await context.newPage();
    const skip = page.getByRole("link", { name: "Skip to content" });
    const skipHasFocus = () => skip.evaluate((link) => link === document.activeElement);
    // Sign-in focuses its password field; the skip link is the one stop before it.
    await page.goto(`${health.app.baseUrl}/login`);
    await page.getByLabel("Password").waitFor();
    await page.keyboard.press("Shift+Tab");
    await expect(skipHasFocus()).resolves.toBe(true);
    await page.getByLabel("Password").fill("owner-password-1");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${health.app.baseUrl}/`);
    await page.reload();
    await page.keyboard.press("Tab");
    await expect(skipHasFocus()).resolves.toBe(true);
    const box = await skip.boundingBox();
    expect(box !== null && box.y >= 0 && box.height > 0).toBe(true);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.tagName === "MAIN");
    // Off-screen again once focus has moved on.
    expect((await skip.boundingBox())?.y ?? 0).toBeLessThan(0);
    await context.close();
  });

  it("has an icon and a manifest, and no page logs a 404 or a hydration error", async () => {
    const context = await health.browser.newContext(DESKTOP);
    for (const path of ["/favicon.ico", "/icon.svg", "/apple-icon.png", "/manifest.webmanifest"]) {
      const response = await context.request.get(`${health.app.baseUrl}${path}`, {
        maxRedirects: 0,
      });
      expect([path, response.status()]).toEqual([path, 200]);
    }
    const manifest = await (
      await context.request.get(`${health.app.baseUrl}/manifest.webmanifest`)
    ).json();
    expect(manifest).toMatchObject({ name: "Tracker", icons: expect.any(Array) });
    const page = await context.newPage();
    const watch = watchPage(page);
    await page.goto(`${health.app.baseUrl}/login`);
    await page.getByLabel("Password").fill("owner-password-1");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${health.app.baseUrl}/`);
    // Fast navigation: each click as soon as the link is there, not waiting for any page.
    for (let round = 0; round < 2; round += 1) {
      for (const name of NAV) {
        await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name }).click();
      }
    }
    await page.waitForURL(`${health.app.baseUrl}/`);
    await page.reload();
    await page.getByRole("navigation", { name: "Main" }).waitFor();
    const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
    expect((await context.request.get(`${health.app.baseUrl}${icon}`)).status()).toBe(200);
    expect(watch.missing).toEqual([]);
    expect(watch.errors.filter((text) => /hydrat|#418|#423|#425/i.test(text))).toEqual([]);
    expect(watch.errors).toEqual([]);
    await context.close();
  });

  it("keeps the theme chosen in Settings over the device's, with no flash after reload", async () => {
    for (const [device, choice, expected] of [
      ["light", "Dark", DARK_BG],
      ["dark", "Light", LIGHT_BG],
      ["dark", "Same as this device", DARK_BG],
    ] as const) {
      const { context, page } = await openSignedIn(health, { ...DESKTOP, colorScheme: device });
      await page.goto(`${health.app.baseUrl}/settings`);
      const section = page.getByRole("region", { name: "Appearance" });
      await section.getByLabel(choice).check();
      await section.getByRole("button", { name: "Save" }).click();
      await section.getByText(/^Theme saved/).waitFor();
      await page.reload();
      expect(await pageBackground(page)).toBe(expected);
      // Rendered by the server: the HTML itself already carries the theme.
      const html = await (await context.request.get(`${health.app.baseUrl}/`)).text();
      const theme = choice === "Dark" ? "dark" : choice === "Light" ? "light" : "system";
      expect(html).toContain(`data-theme="${theme}"`);
      await context.close();
    }
  });
});
