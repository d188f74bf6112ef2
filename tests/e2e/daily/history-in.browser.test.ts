import { addDays } from "@/domain/calendar";
import { PHONE, saveScreenshot } from "../../helpers/browser";
import { openSignedIn, startTasksApp, type TasksApp } from "../tasks/tasks-app";

let tasks: TasksApp;

beforeAll(async () => {
  tasks = await startTasksApp();
}, 120_000);
afterAll(() => tasks?.close());

async function insertTask(title: string, period: string, target: number, scheduled?: string) {
  const [row] = await tasks.sql(
    `INSERT INTO tasks (title, period, target_count, scheduled_date, sort_order)
     VALUES ($1, $2, $3, $4::date, (SELECT coalesce(max(sort_order), 0) + 1 FROM tasks))
     RETURNING id::text AS id`,
    [title, period, target, scheduled ?? null],
  );
  return String(row?.id);
}

async function completionDays(taskId: string): Promise<string[]> {
  const rows = await tasks.sql(
    `SELECT date::text AS day FROM completions WHERE task_id = $1::bigint ORDER BY date`,
    [taskId],
  );
  return rows.map((row) => String(row.day));
}

/** The stored days once they match (a tap shows at once; the server stores it a moment later). */
async function storedDays(taskId: string, expected: string[]): Promise<string[]> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const days = await completionDays(taskId);
    if (JSON.stringify(days) === JSON.stringify(expected)) return days;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return completionDays(taskId);
}

describe("getting history in", () => {
  it("logs a habit created today on an earlier day, from the day list and the heatmap", async () => {
    const id = await insertTask("Stretch", "daily", 1);
    const { context, page } = await openSignedIn(tasks, PHONE);
    const weekAgo = addDays(tasks.today, -7);
    await page.goto(`${tasks.app.baseUrl}/?day=${weekAgo}`);
    await page.getByRole("button", { name: "+1 Stretch" }).click();
    await page.getByText("✓ Done").waitFor();
    expect(await storedDays(id, [weekAgo])).toEqual([weekAgo]);

    await page.goto(`${tasks.app.baseUrl}/tasks/${id}`);
    const calendar = page.getByRole("region", { name: "Calendar" });
    // Only the task's months are shown at first; earlier ones are a tap away.
    const shown = await calendar.getByRole("group").count();
    await calendar.getByRole("button", { name: /Show \d+ earlier months?/ }).click();
    await expect(calendar.getByRole("group").count()).resolves.toBeGreaterThan(shown);
    const longAgo = addDays(tasks.today, -40);
    await page.locator(`#heat-${longAgo}`).click();
    await calendar.getByRole("button", { name: "Add one" }).click();
    await calendar.getByText(/: 1 completion$/).waitFor();
    await expect(page.locator(`#heat-${longAgo}`).getAttribute("data-level")).resolves.not.toBe(
      "0",
    );
    expect(await storedDays(id, [longAgo, weekAgo])).toEqual([longAgo, weekAgo]);
    await calendar.getByRole("button", { name: "Remove one" }).click();
    await calendar.getByText(/: 0 completions$/).waitFor();
    expect(await storedDays(id, [weekAgo])).toEqual([weekAgo]);
    await saveScreenshot(page, "task-heatmap-phone-light");
    await context.close();
  });

  it("shows the next days' one-offs as Upcoming, done early, and a target as a minimum", async () => {
    const soon = addDays(tasks.today, 3);
    const taxes = await insertTask("File taxes", "once", 1, soon);
    await insertTask("Far away", "once", 1, addDays(tasks.today, 8));
    await insertTask("Water", "daily", 1);
    const { context, page } = await openSignedIn(tasks);
    await page.goto(`${tasks.app.baseUrl}/`);
    const upcoming = page.getByRole("region", { name: "Upcoming" });
    await upcoming.getByRole("button", { name: "+1 File taxes" }).waitFor();
    await expect(page.getByRole("button", { name: "+1 Far away" }).count()).resolves.toBe(0);
    await upcoming.getByRole("button", { name: "+1 File taxes" }).click();
    await upcoming.getByText("✓ Done").waitFor();
    expect(await storedDays(taxes, [tasks.today])).toEqual([tasks.today]);

    const due = page.getByRole("region", { name: "Due today" });
    await due.getByRole("button", { name: "+1 Water" }).click();
    await due.getByText("✓ Done", { exact: true }).waitFor();
    await due.getByRole("button", { name: "+1 Water" }).click();
    await due.getByText("✓ Done, 1 over the target").waitFor();

    await page.goto(`${tasks.app.baseUrl}/tasks`);
    const row = page.getByRole("listitem").filter({ hasText: "File taxes" });
    await row.getByText("✓ Done").waitFor();
    await context.close();
  });

  it("logs weight and a diary line on Today without leaving it", async () => {
    const { context, page } = await openSignedIn(tasks, PHONE);
    await page.goto(`${tasks.app.baseUrl}/`);
    const weight = page.getByRole("region", { name: "Weight" });
    await weight.getByLabel("Weight").fill("72,4");
    await weight.getByRole("button", { name: "Save weigh-in" }).click();
    await weight.getByText("Saved 72.4 kg.").waitFor();
    const diary = page.getByRole("region", { name: "Diary" });
    await diary.getByLabel("Add a line to the diary").fill("Slept well.");
    await diary.getByRole("button", { name: "Add", exact: true }).click();
    await diary.getByText("Added to the diary.").waitFor();
    await diary.getByText("Slept well.", { exact: true }).waitFor();
    expect(
      await tasks.sql(`SELECT weight::text AS weight FROM weight_entries WHERE date = $1::date`, [
        tasks.today,
      ]),
    ).toEqual([{ weight: "72.4000" }]);
    expect(
      await tasks.sql(`SELECT content FROM diary_entries WHERE date = $1::date`, [tasks.today]),
    ).toEqual([{ content: "Slept well." }]);
    await diary.getByRole("link", { name: "Open the entry" }).click();
    await page.waitForURL(`${tasks.app.baseUrl}/diary/${tasks.today}`);
    await context.close();
  });
});
