import pg from "pg";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { startApp, type RunningApp } from "../../helpers/app-server";
import { DESKTOP, launchChromium, logIn, OWNER_PASSWORD } from "../../helpers/browser";
import { addOwner } from "../../helpers/owner";

/**
 * The login page after an unasked-for sign-out (it says why and returns to the page) and after
 * too many wrong passwords (a live countdown). One trusted proxy: each context's
 * X-Forwarded-For is its own client, so the throttled one does not lock out the others.
 */
let app: RunningApp;
let browser: Browser;
let sql: pg.Client;

beforeAll(async () => {
  [app, browser] = await Promise.all([
    startApp({ env: { TRACKER_TRUSTED_PROXY_HOPS: "1" } }),
    launchChromium(),
  ]);
  await addOwner(app);
  sql = new pg.Client(app.databaseUrl);
  await sql.connect();
}, 120_000);
afterAll(async () => {
  await sql?.end();
  await browser?.close();
  await app?.stop();
});

async function openAs(client: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    ...DESKTOP,
    extraHTTPHeaders: { "x-forwarded-for": client },
  });
  return { context, page: await context.newPage() };
}

async function signInHere(page: Page) {
  await page.getByLabel("Password").fill(OWNER_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
}

describe("the login page in Chromium", () => {
  it("tells a revoked device why, and returns to the page it was on", async () => {
    const { context, page } = await openAs("192.0.2.40");
    await logIn(page, app);
    // A password change elsewhere bumps the session version, as changeOwnerPassword does.
    await sql.query(`UPDATE users SET session_version = session_version + 1`);
    await page.goto(`${app.baseUrl}/weight?range=30d`);
    await page.waitForURL(/\/login\?/);
    expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe("/weight?range=30d");
    await page
      .getByText(
        "You were signed out because the password was changed or you signed out on another device. Sign in again.",
      )
      .waitFor();
    await signInHere(page);
    await page.waitForURL(`${app.baseUrl}/weight?range=30d`);
    await context.close();
  });

  it("says a session ended for an invalid cookie, and never follows a foreign callbackUrl", async () => {
    const { context, page } = await openAs("192.0.2.41");
    await context.addCookies([
      { name: "next-auth.session-token", value: "forged.jwt.value", url: app.baseUrl },
    ]);
    await page.goto(`${app.baseUrl}/settings`);
    await page.getByText("Your session ended. Sign in again.").waitFor();
    expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe("/settings");
    await page.goto(`${app.baseUrl}/login?callbackUrl=${encodeURIComponent("//evil.example")}`);
    await signInHere(page);
    await page.waitForURL(`${app.baseUrl}/`);
    // Signed in, the login page itself sends the owner on: to this origin's home, not away.
    await page.goto(
      `${app.baseUrl}/login?callbackUrl=${encodeURIComponent("https://evil.example")}`,
    );
    expect(page.url()).toBe(`${app.baseUrl}/`);
    await context.close();
  });

  it("counts down to the retry-at instant after five wrong passwords, then lets it try", async () => {
    const { context, page } = await openAs("198.51.100.50");
    await context.clock.install();
    await page.goto(`${app.baseUrl}/login`);
    const password = page.getByLabel("Password");
    const button = page.getByRole("button", { name: "Sign in" });
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      await password.fill("wrong password");
      const answer = page.waitForResponse((r) => r.url().includes("/callback/credentials"));
      await button.click();
      expect((await answer).status()).toBe(attempt <= 5 ? 401 : 429);
    }
    const timer = page.getByRole("timer");
    await timer.getByText(/^Too many failed attempts\. Try again in 1[45]:\d\d\.$/).waitFor();
    await expect(button.isDisabled()).resolves.toBe(true);
    const seconds = async () => {
      const [, m, s] = /(\d+):(\d\d)/.exec((await timer.textContent()) ?? "") ?? [];
      return Number(m) * 60 + Number(s);
    };
    const before = await seconds();
    await page.clock.runFor("01:00");
    const after = await seconds();
    expect(before - after).toBeGreaterThanOrEqual(60);
    expect(before - after).toBeLessThanOrEqual(62);
    await page.clock.fastForward("15:00");
    await page.getByText("You can try again now.").waitFor();
    await expect(button.isEnabled()).resolves.toBe(true);
    await context.close();
  });
});
