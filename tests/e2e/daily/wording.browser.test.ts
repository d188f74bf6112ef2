import {
  addTask,
  expectRowSettled,
  openSignedIn,
  startTasksApp,
  todayRow,
  type TasksApp,
} from "../tasks/tasks-app";

let tasks: TasksApp;

beforeAll(async () => {
  tasks = await startTasksApp();
  await tasks.sql(`INSERT INTO diary_entries (date, content) VALUES ($1::date, $2)`, [
    tasks.today,
    "A _quiet_ day, nothing in snake_case.",
  ]);
}, 120_000);
afterAll(() => tasks?.close());

describe("wording in Chromium", () => {
  it("counts in words: 1 day, so-far weekly rates, and _italic_ in the diary", async () => {
    const { context, page } = await openSignedIn(tasks);
    await page.goto(`${tasks.app.baseUrl}/tasks`);
    await addTask(page, { title: "Read", period: "daily", target: 1 });
    await addTask(page, { title: "Stretch", period: "daily", target: 1 });

    await page.goto(tasks.app.baseUrl);
    await todayRow(page, "Read").getByRole("button", { name: "+1 Read", exact: true }).click();
    await expectRowSettled(todayRow(page, "Read"), "1 / 1");

    const [read] = await tasks.sql(`SELECT id::text AS id FROM tasks WHERE title = 'Read'`);
    await page.goto(`${tasks.app.baseUrl}/tasks/${String(read?.id)}`);
    const stats = page.getByRole("region", { name: "Streaks and rates" });
    await expect(stats.locator("dd").first().textContent()).resolves.toBe("1day");
    await stats.getByText("1 of 1 day", { exact: true }).first().waitFor();
    await page.getByText("1 completion in all").waitFor();

    await page.goto(`${tasks.app.baseUrl}/insights`);
    const streaks = page.getByRole("region", { name: "Current streaks" });
    await streaks.getByRole("cell", { name: "1 day", exact: true }).first().waitFor();
    await expect(
      page
        .getByRole("region", { name: "Tasks completed per week" })
        .locator("figcaption")
        .textContent(),
    ).resolves.toBe("No finished week yet; this week so far 1 of 2 due tasks done (50%).");

    await page.goto(`${tasks.app.baseUrl}/diary/${tasks.today}`);
    await page.getByRole("button", { name: "Read" }).click();
    await page.locator("em", { hasText: "quiet" }).waitFor();
    await page.getByText("nothing in snake_case.", { exact: false }).waitFor();
    await context.close();
  });
});
