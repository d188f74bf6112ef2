import pg from "pg";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { addDays, ownerDay } from "@/domain/calendar";
import { startApp, type RunningApp } from "../../helpers/app-server";
import { isPublicRoute, listAppRoutes } from "../../helpers/app-routes";
import { seriousViolations } from "../../helpers/axe";
import {
  DESKTOP,
  launchChromium,
  logIn,
  OWNER_PASSWORD,
  PHONE,
  setUpOwner,
} from "../../helpers/browser";
import { recordResponses, secretsInResponses } from "../../helpers/response-audit";

/**
 * Every page, in light and dark on a phone and a desktop, has no serious or critical axe
 * violation of WCAG 2.1 A/AA. The theme is left on "system", so the emulated colour scheme
 * picks the colours (globals.css keeps the dark blocks for "system" and "dark" equal). One
 * variant also keeps every response it received (pages, RSC payloads, scripts, styles): none
 * may hold the session secret, the owner's password or its hash, nor the setup token outside
 * the setup page itself.
 */
let app: RunningApp;
let browser: Browser;

const VIEWPORTS: Array<{ name: string; options: BrowserContextOptions }> = [
  { name: "phone", options: { ...PHONE, viewport: { width: 390, height: 844 } } },
  { name: "desktop", options: DESKTOP },
];
const VARIANTS = VIEWPORTS.flatMap((viewport) =>
  (["light", "dark"] as const).map((scheme) => ({
    name: `${viewport.name}-${scheme}`,
    options: { ...viewport.options, colorScheme: scheme },
  })),
);

const TODAY = ownerDay(new Date(), { timeZone: "UTC", dayStartHour: 0 });
/** Every page behind sign-in, on seeded rows, and both not-found pages. */
const SIGNED_IN_PAGES = (taskId: string) => [
  ...listAppRoutes()
    .filter((route) => route.kind === "page" && !isPublicRoute(route.path))
    .map((route) =>
      route.path
        .replace(/^\/diary\/1$/, `/diary/${TODAY}`)
        .replace(/^\/tasks\/1$/, `/tasks/${taskId}`),
    ),
  "/tasks/999999999",
  "/no-such-page",
];
const PAGE_COUNT = SIGNED_IN_PAGES("").length + 2; // and /setup, /login

/** A task done today, weigh-ins and calories for the past week and a diary entry. */
async function seed(): Promise<{ taskId: string; passwordHash: string }> {
  const client = new pg.Client(app.databaseUrl);
  await client.connect();
  try {
    await client.query(
      `INSERT INTO settings (key, value) VALUES ('timeZone', '"UTC"'), ('dayStartHour', '0')
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
    );
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO tasks (title, period, target_count, unit, sort_order)
       VALUES ('Read', 'daily', 3, 'chapters', 0), ('Gym', 'weekly', 2, NULL, 1)
       RETURNING id::text AS id`,
    );
    const taskId = rows[0]?.id ?? "";
    const owner = await client.query<{ hash: string }>(`SELECT password_hash AS hash FROM users`);
    await client.query(
      `INSERT INTO completions (task_id, title_snapshot, date) VALUES ($1::bigint, 'Read', $2)`,
      [taskId, TODAY],
    );
    for (let offset = 0; offset < 7; offset += 1) {
      const day = addDays(TODAY, -offset);
      await client.query(`INSERT INTO weight_entries (date, weight) VALUES ($1, $2)`, [
        day,
        84 - offset * 0.2,
      ]);
      await client.query(`INSERT INTO calorie_entries (date, calories) VALUES ($1, $2)`, [
        day,
        1900 + offset * 40,
      ]);
    }
    await client.query(`INSERT INTO diary_entries (date, content) VALUES ($1, $2)`, [
      TODAY,
      "# A good day\n\nA walk, **two** chapters and [a link](https://example.com).",
    ]);
    // Settings lists API tokens: one in use, one expired (only hashes are stored).
    await client.query(
      `INSERT INTO api_tokens (name, token_hash, token_hint, scope, expires_at, last_used_at)
       VALUES ('Scale', repeat('a', 64), 'trk_AbCd', 'write', NULL, now()),
              ('Old shortcut', repeat('b', 64), 'trk_EfGh', 'read', now() - interval '1 day', NULL)`,
    );
    return { taskId, passwordHash: owner.rows[0]?.hash ?? "" };
  } finally {
    await client.end();
  }
}

async function check(page: Page, path: string, variant: string): Promise<string[]> {
  await page.goto(`${app.baseUrl}${path}`);
  // The app router's client sets window.next once its scripts ran and hydration began.
  await page.waitForFunction(() => "next" in window, undefined, { timeout: 15_000 });
  return seriousViolations(page, `${path} [${variant}]`);
}

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchChromium()]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe("accessibility (axe, WCAG 2.1 A/AA)", () => {
  it(`finds no serious or critical violation on ${PAGE_COUNT} pages × ${VARIANTS.length} variants`, async () => {
    // The four variants run side by side, each in its own context, to keep the file short.
    const lanes = await Promise.all(
      VARIANTS.map(async (variant) => ({
        name: variant.name,
        page: await (await browser.newContext(variant.options)).newPage(),
      })),
    );
    const responses = recordResponses(lanes[0]?.page.context() ?? (await browser.newContext()));
    const setup = await Promise.all(
      lanes.map(({ name, page }) => check(page, `/setup?token=${app.setupToken}`, name)),
    );
    const first = await browser.newPage();
    await setUpOwner(first, app);
    await first.close();
    const { taskId, passwordHash } = await seed();
    const paths = SIGNED_IN_PAGES(taskId);
    const signedIn = await Promise.all(
      lanes.map(async ({ name, page }) => {
        const found = await check(page, "/login", name);
        await logIn(page, app);
        for (const path of paths) found.push(...(await check(page, path, name)));
        return found;
      }),
    );
    expect([...setup, ...signedIn].flat()).toEqual([]);

    const received = await responses();
    const secrets = {
      "the session secret": app.sessionSecret,
      "the owner's password": OWNER_PASSWORD,
      "the password hash": passwordHash,
      "the setup token": app.setupToken,
    };
    const onSetupPage = (name: string, url: URL) =>
      name === "the setup token" && url.pathname === "/setup";
    expect(received.length).toBeGreaterThan(paths.length);
    expect(secretsInResponses(received, secrets, onSetupPage)).toEqual([]);
    await Promise.all(lanes.map(({ page }) => page.context().close()));
  }, 150_000);
});
