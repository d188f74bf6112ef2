import type { BrowserContext, Page } from "playwright-core";
import { addDays } from "@/domain/calendar";
import {
  clearanceAboveBottomNav,
  DESKTOP,
  saveScreenshot,
  sidebarAndPageHeight,
  VARIANTS,
} from "../../helpers/browser";
import {
  addTask,
  expectRowSettled,
  openSignedIn,
  startTasksApp,
  storedCount,
  todayRow,
  type TasksApp,
} from "./tasks-app";

let tasks: TasksApp;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  tasks = await startTasksApp();
  ({ context, page } = await openSignedIn(tasks, DESKTOP));
}, 120_000);
afterAll(async () => {
  await context?.close();
  await tasks?.close();
});

const TASKS = [
  { title: "Drink water", period: "daily", target: 8, unit: "glasses" },
  { title: "Stretch", period: "daily", target: 1 },
  { title: "Read", period: "daily", target: 20, unit: "pages" },
  { title: "Gym", period: "weekly", target: 3 },
  { title: "Call a friend", period: "weekly", target: 1 },
  { title: "Renew passport", period: "once", target: 1 },
] as const;

async function todayTitles(): Promise<string[]> {
  await page.goto(`${tasks.app.baseUrl}/`);
  const names = await page.getByRole("button", { name: /^\+1 / }).allTextContents();
  return names.map((name) => name.replace(/^\+1\s*/, ""));
}

describe("tasks and Today in Chromium", () => {
  it("creates three daily, two weekly and one one-off task", async () => {
    await page.goto(`${tasks.app.baseUrl}/tasks`);
    const form = page.getByRole("region", { name: "New task" });
    await form.getByLabel("Title").fill("   ");
    await form.getByRole("button", { name: "Add task" }).click();
    await form.getByText("Enter a title.").waitFor();
    expect(await tasks.sql(`SELECT 1 FROM tasks`)).toEqual([]);
    for (const task of TASKS) await addTask(page, task);
    // Pretend they were created a week ago, so yesterday can be filled in.
    await tasks.sql(`UPDATE tasks SET created_at = created_at - interval '7 days'`);
    expect(await todayTitles()).toEqual(TASKS.map((task) => task.title));
    await todayRow(page, "Drink water").getByText("0 / 8 glasses").waitFor();
    await todayRow(page, "Gym").getByText("this week").waitFor();
  }, 60_000);

  it("completes with taps and the keyboard, undoes one, and shows what is stored", async () => {
    const water = todayRow(page, "Drink water");
    const plus = page.getByRole("button", { name: "+1 Drink water", exact: true });
    await plus.click();
    await plus.click();
    await plus.click();
    await expectRowSettled(water, "3 / 8 glasses");
    expect(await storedCount(tasks, "Drink water", tasks.today)).toBe(3);
    await page.getByRole("button", { name: "Undo Drink water" }).click();
    await expectRowSettled(water, "2 / 8 glasses");
    expect(await storedCount(tasks, "Drink water", tasks.today)).toBe(2);

    await page.getByRole("button", { name: "+1 Stretch", exact: true }).focus();
    await page.keyboard.press("Enter");
    await expectRowSettled(todayRow(page, "Stretch"), "Done");
    await page.getByRole("button", { name: "+1 Gym", exact: true }).focus();
    await page.keyboard.press("Space");
    await expectRowSettled(todayRow(page, "Gym"), "1 / 3");
    await page.reload();
    await todayRow(page, "Drink water").getByText("2 / 8 glasses").waitFor();
    await todayRow(page, "Stretch").getByText("✓ Done").waitFor();
  }, 60_000);

  it("backfills yesterday and refuses tomorrow", async () => {
    await page.getByRole("link", { name: "Previous day" }).click();
    await page.getByRole("heading", { name: "Yesterday" }).waitFor();
    await page.getByRole("button", { name: "+1 Read", exact: true }).click();
    await expectRowSettled(todayRow(page, "Read"), "1 / 20 pages");
    expect(await storedCount(tasks, "Read", tasks.yesterday)).toBe(1);
    expect(await storedCount(tasks, "Read", tasks.today)).toBe(0);
    await page.getByRole("link", { name: "Today", exact: true }).first().click();
    await page.getByRole("heading", { name: "Today", exact: true }).waitFor();
    await todayRow(page, "Read").getByText("0 / 20 pages").waitFor();

    await page.goto(`${tasks.app.baseUrl}/?day=${addDays(tasks.today, 1)}`);
    await page.getByText(/is in the future/).waitFor();
  }, 60_000);

  it("rolls a failed tap back and says why", async () => {
    await page.goto(`${tasks.app.baseUrl}/`);
    await tasks.sql(`UPDATE tasks SET active = false WHERE title = 'Call a friend'`);
    await page.getByRole("button", { name: "+1 Call a friend", exact: true }).click();
    const row = todayRow(page, "Call a friend");
    await row
      .getByRole("alert")
      .filter({ hasText: /archived/ })
      .waitFor();
    await expectRowSettled(row, "0 / 1");
    await tasks.sql(`UPDATE tasks SET active = true WHERE title = 'Call a friend'`);
  }, 60_000);

  it("reorders and archives on the Tasks page, and Today follows", async () => {
    await page.goto(`${tasks.app.baseUrl}/tasks`);
    await page.getByRole("button", { name: "Move Call a friend up" }).click();
    const list = page.getByRole("region", { name: "Your tasks" }).locator("ol > li a");
    await list.nth(3).filter({ hasText: "Call a friend" }).waitFor();
    await page.getByRole("button", { name: "Move Drink water down" }).click();
    await list.nth(1).filter({ hasText: "Drink water" }).waitFor();

    await page.getByRole("link", { name: "Stretch" }).click();
    await page.getByRole("button", { name: "Archive (keep history)" }).click();
    await page.getByText("Archived", { exact: true }).waitFor();
    expect(await todayTitles()).toEqual([
      "Drink water",
      "Read",
      "Call a friend",
      "Gym",
      "Renew passport",
    ]);
  }, 60_000);

  it("shows a task's history with streaks, rates and a heatmap", async () => {
    await tasks.sql(
      `INSERT INTO completions (task_id, title_snapshot, date)
       SELECT t.id, t.title, $1::date - g
         FROM tasks t, generate_series(1, 40) AS g, generate_series(1, 8) AS glass
        WHERE t.title = 'Drink water' AND (g % 9 <> 0 OR glass < 4)`,
      [tasks.today],
    );
    await page.goto(`${tasks.app.baseUrl}/tasks`);
    await page.getByRole("link", { name: "Drink water" }).click();
    await page.getByRole("heading", { name: "Streaks and rates" }).waitFor();
    await page.getByText("Best streak").waitFor();
    const month = page.getByRole("group", { name: /completions on \d+ days/ }).last();
    await expect(month.getAttribute("aria-label")).resolves.toMatch(/: [1-9]\d* completions/);
    await saveScreenshot(page, "tasks-history");

    await page.goto(`${tasks.app.baseUrl}/tasks`);
    await page.getByRole("link", { name: "Gym" }).click();
    await page.getByRole("heading", { name: "Edit" }).waitFor();
    await page.getByLabel("Title").fill("Gym session");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByText("Saved “Gym session”.").waitFor();
    await page.getByRole("heading", { name: "Gym session" }).waitFor();
    await expect(page.getByLabel("Title").inputValue()).resolves.toBe("Gym session");
    const snapshots = await tasks.sql(
      `SELECT DISTINCT c.title_snapshot FROM completions c JOIN tasks t ON t.id = c.task_id
        WHERE t.title = 'Gym session'`,
    );
    expect(snapshots).toEqual([{ title_snapshot: "Gym" }]);
  }, 60_000);

  it("deletes a one-off task only after confirmation and keeps its history readable", async () => {
    await page.goto(`${tasks.app.baseUrl}/`);
    await page.getByRole("button", { name: "+1 Renew passport", exact: true }).click();
    await expectRowSettled(todayRow(page, "Renew passport"), "Done");
    await page.goto(`${tasks.app.baseUrl}/tasks`);
    await page.getByRole("link", { name: "Renew passport" }).click();
    await page.getByRole("heading", { name: "Progress" }).waitFor();
    const taskUrl = page.url();
    await page.getByRole("button", { name: "Delete…" }).click();
    await page.getByRole("button", { name: "Cancel" }).click();
    expect(await tasks.sql(`SELECT 1 FROM tasks WHERE title = 'Renew passport'`)).toHaveLength(1);
    await page.getByRole("button", { name: "Delete…" }).click();
    await page.getByRole("button", { name: "Delete for good" }).click();
    await page.waitForURL(`${tasks.app.baseUrl}/tasks`);
    const deleted = page.getByRole("region", { name: "History of deleted tasks" });
    await deleted.getByText("Renew passport").waitFor();
    expect(await storedCount(tasks, "Renew passport", tasks.today)).toBe(1);
    await page.goto(taskUrl);
    await page.getByRole("heading", { name: "Page not found" }).waitFor();
    await page.getByText("That task does not exist. It may have been deleted.").waitFor();
  }, 60_000);

  it("takes Today and Tasks screenshots on a phone and a desktop, light and dark", async () => {
    await page.goto(`${tasks.app.baseUrl}/tasks`);
    await saveScreenshot(page, "tasks-list");
    await page.goto(`${tasks.app.baseUrl}/`);
    await page.getByRole("button", { name: "+1 Call a friend", exact: true }).click();
    await expectRowSettled(todayRow(page, "Call a friend"), "Done");
    for (const variant of VARIANTS) {
      const signedIn = await openSignedIn(tasks, variant.options);
      await todayRow(signedIn.page, "Drink water").getByText("2 / 8 glasses").waitFor();
      if (variant.name.startsWith("phone")) {
        // Scrolled to the end, the last card ends above the fixed bottom navigation.
        await expect(clearanceAboveBottomNav(signedIn.page)).resolves.toBeGreaterThanOrEqual(0);
      }
      await saveScreenshot(signedIn.page, `today-${variant.name}`);
      await signedIn.page.goto(`${tasks.app.baseUrl}/tasks`);
      await signedIn.page.getByRole("heading", { name: "History of deleted tasks" }).waitFor();
      if (variant.name.startsWith("desktop")) {
        // This page is taller than the window: the sidebar still runs its full height.
        const { sidebar, page: height } = await sidebarAndPageHeight(signedIn.page);
        expect(height).toBeGreaterThan(800);
        expect(sidebar).toBeGreaterThanOrEqual(height - 1);
      }
      await saveScreenshot(signedIn.page, `tasks-${variant.name}`);
      await signedIn.context.close();
    }
  }, 120_000);
});
