import pg from "pg";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { ownerDay } from "@/domain/calendar";
import { addDays } from "@/domain/calendar";
import { startApp, type RunningApp } from "../../helpers/app-server";
import { DESKTOP, launchChromium, logIn, setUpOwner } from "../../helpers/browser";

export interface HealthApp {
  app: RunningApp;
  browser: Browser;
  /** The owner's today (the tests pin the owner's time zone to UTC). */
  today: string;
  sql(text: string, values?: unknown[]): Promise<Array<Record<string, unknown>>>;
  close(): Promise<void>;
}

export { VARIANTS } from "../../helpers/browser";

/** Starts the app on a fresh PostgreSQL database, creates the owner and pins UTC. */
export async function startHealthApp(): Promise<HealthApp> {
  const [app, browser] = await Promise.all([startApp(), launchChromium()]);
  const page = await browser.newPage();
  await setUpOwner(page, app);
  await page.close();
  const client = new pg.Client(app.databaseUrl);
  await client.connect();
  const sql = async (text: string, values: unknown[] = []) =>
    (await client.query(text, values)).rows;
  await sql(
    `INSERT INTO settings (key, value) VALUES ('timeZone', '"UTC"'), ('dayStartHour', '0')
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
  );
  return {
    app,
    browser,
    today: ownerDay(new Date(), { timeZone: "UTC", dayStartHour: 0 }),
    sql,
    async close() {
      await client.end();
      await browser.close();
      await app.stop();
    },
  };
}

export async function openSignedIn(health: HealthApp, options: BrowserContextOptions = DESKTOP) {
  const context = await health.browser.newContext(options);
  const page = await context.newPage();
  await logIn(page, health.app);
  return { context, page };
}

/** Waits until every chart on the page has drawn its canvas. */
export async function waitForCharts(page: Page, count: number): Promise<void> {
  await page
    .locator("figure canvas")
    .nth(count - 1)
    .waitFor();
  await page.waitForFunction(
    (expected) =>
      [...document.querySelectorAll("figure canvas")].filter(
        (canvas) => (canvas as HTMLCanvasElement).width > 0,
      ).length >= expected,
    count,
  );
}

/** Deterministic noise in [-1, 1) (mulberry32), so seeded data looks real and never changes. */
export function noise(index: number): number {
  let state = (index * 0x9e3779b9) >>> 0;
  state = Math.imul(state ^ (state >>> 15), state | 1);
  state ^= state + Math.imul(state ^ (state >>> 7), state | 61);
  return (((state ^ (state >>> 14)) >>> 0) / 4294967296) * 2 - 1;
}

/** A year and a bit of weigh-ins (most days, some skipped) drifting from 95 kg toward 83 kg. */
export async function seedWeights(health: HealthApp, days = 400): Promise<void> {
  const rows: string[] = [];
  for (let offset = days; offset >= 0; offset -= 1) {
    if (noise(offset + 1000) > 0.6) continue;
    const drift = 95 - ((days - offset) / days) * 12 + Math.sin(offset * 0.02);
    const kg = drift + noise(offset) * 0.7;
    rows.push(`('${addDays(health.today, -offset)}', ${kg.toFixed(3)})`);
  }
  await health.sql(`INSERT INTO weight_entries (date, weight) VALUES ${rows.join(", ")}`);
}

/** 90 days of calorie totals around a 2000 kcal goal, a few days not logged. */
export async function seedCalories(health: HealthApp, days = 90): Promise<void> {
  const rows: string[] = [];
  for (let offset = days; offset >= 1; offset -= 1) {
    if (noise(offset + 2000) > 0.8) continue;
    const kcal = Math.round(2050 + noise(offset) * 600);
    rows.push(`('${addDays(health.today, -offset)}', ${kcal})`);
  }
  await health.sql(`INSERT INTO calorie_entries (date, calories) VALUES ${rows.join(", ")}`);
}

export async function setSetting(health: HealthApp, key: string, value: unknown): Promise<void> {
  await health.sql(
    `INSERT INTO settings (key, value) VALUES ($1, $2)
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
    [key, JSON.stringify(value)],
  );
}
