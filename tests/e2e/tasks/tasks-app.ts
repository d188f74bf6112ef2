import pg from "pg";
import type { Browser, BrowserContextOptions, Locator, Page } from "playwright-core";
import { addDays, ownerDay } from "@/domain/calendar";
import { startApp, type RunningApp } from "../../helpers/app-server";
import { DESKTOP, launchChromium, logIn, setUpOwner } from "../../helpers/browser";

export interface TasksApp {
  app: RunningApp;
  browser: Browser;
  today: string;
  yesterday: string;
  sql(text: string, values?: unknown[]): Promise<Array<Record<string, unknown>>>;
  close(): Promise<void>;
}

/** The app on a fresh PostgreSQL database with the owner set up and the zone pinned to UTC. */
export async function startTasksApp(): Promise<TasksApp> {
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
  const today = ownerDay(new Date(), { timeZone: "UTC", dayStartHour: 0 });
  return {
    app,
    browser,
    today,
    yesterday: addDays(today, -1),
    sql,
    async close() {
      await client.end();
      await browser.close();
      await app.stop();
    },
  };
}

export async function openSignedIn(tasks: TasksApp, options: BrowserContextOptions = DESKTOP) {
  const context = await tasks.browser.newContext(options);
  const page = await context.newPage();
  await logIn(page, tasks.app);
  return { context, page };
}

export interface NewTask {
  title: string;
  period: "daily" | "weekly" | "monthly" | "once";
  target: number;
  unit?: string;
}

/** Fills the "New task" form on /tasks and waits for the confirmation. */
export async function addTask(page: Page, task: NewTask) {
  const form = page.getByRole("region", { name: "New task" });
  await form.getByLabel("Title").fill(task.title);
  await form.getByLabel("How often").selectOption(task.period);
  const target = form.getByLabel(task.period === "once" ? "Times in total" : "Times per period");
  await target.fill(String(task.target));
  await form.getByLabel("Unit (optional)").fill(task.unit ?? "");
  await form.getByRole("button", { name: "Add task" }).click();
  await form.getByText(`Added “${task.title}”.`).waitFor();
}

/** The Today row of a task, found by its "+1" button. */
export function todayRow(page: Page, title: string): Locator {
  return page.locator("li", {
    has: page.getByRole("button", { name: `+1 ${title}`, exact: true }),
  });
}

/** Waits until a row shows `text` and no request of it is in flight. */
export async function expectRowSettled(row: Locator, text: string) {
  const idle = row.page().locator('li[aria-busy="false"]');
  await row.and(idle).filter({ hasText: text }).waitFor();
}

export async function storedCount(tasks: TasksApp, title: string, day: string): Promise<number> {
  const rows = await tasks.sql(
    `SELECT count(*)::integer AS count FROM completions WHERE title_snapshot = $1 AND date = $2::date`,
    [title, day],
  );
  return Number(rows[0]?.count ?? 0);
}
