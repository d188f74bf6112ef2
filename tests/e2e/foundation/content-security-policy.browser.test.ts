import type { Browser } from "playwright-core";
import { startApp, type RunningApp } from "../../helpers/app-server";
import { isPublicRoute, listAppRoutes } from "../../helpers/app-routes";
import { launchChromium, setUpOwner } from "../../helpers/browser";

/**
 * Production's Content-Security-Policy allows no inline script without the page's nonce, and
 * the pages still work under it: every page loads and hydrates in Chromium with no violation
 * reported, and every script tag Next rendered carries that request's nonce.
 */
let app: RunningApp;
let browser: Browser;

const DAY = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
const pages = [
  "/login",
  ...listAppRoutes()
    .filter((route) => route.kind === "page" && !isPublicRoute(route.path))
    .map((route) => route.path.replace(/^\/diary\/1$/, `/diary/${DAY}`)),
];

function scriptPolicy(csp: string): string {
  return csp.split(";").find((part) => part.trim().startsWith("script-src")) ?? "";
}

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe("the Content-Security-Policy", () => {
  it("gives each page a fresh nonce, on every script, and no 'unsafe-inline' for scripts", async () => {
    const nonces = new Set<string>();
    for (let i = 0; i < 2; i += 1) {
      const response = await fetch(`${app.baseUrl}/login`);
      const csp = response.headers.get("content-security-policy") ?? "";
      const html = await response.text();
      const nonce = /'nonce-([^']+)'/.exec(scriptPolicy(csp))?.[1] ?? "";
      expect(scriptPolicy(csp)).not.toContain("unsafe-inline");
      expect(scriptPolicy(csp)).not.toContain("unsafe-eval");
      expect(csp).toContain("object-src 'none'");
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(1);
      expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
      nonces.add(nonce);
    }
    expect(nonces.size).toBe(2);
  });

  it("lets every page load and hydrate in Chromium with no violation", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await setUpOwner(page, app);
    for (const path of pages) {
      await page.goto(`${app.baseUrl}${path}`);
      // The app router's client sets window.next once its scripts ran and hydration began.
      await page.waitForFunction(() => "next" in window, undefined, { timeout: 15_000 });
      const reported = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let count = 0;
            document.addEventListener("securitypolicyviolation", () => (count += 1));
            setTimeout(() => resolve(count), 300);
          }),
      );
      expect({ path, reported }).toEqual({ path, reported: 0 });
    }
    expect(violations).toEqual([]);
    await context.close();
  }, 120_000);
});
