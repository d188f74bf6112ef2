import type { BrowserContext, Page } from "playwright-core";
import { DESKTOP } from "../../helpers/browser";
import { openSignedIn, startTasksApp, type TasksApp } from "./tasks-app";

let tasks: TasksApp;
let context: BrowserContext;

beforeAll(async () => {
  tasks = await startTasksApp();
  ({ context } = await openSignedIn(tasks, DESKTOP));
}, 120_000);
afterAll(async () => {
  await context?.close();
  await tasks?.close();
});

/** Two tabs of one signed-in browser on the same page. */
async function twoTabs(path: string): Promise<[Page, Page]> {
  const tabs: [Page, Page] = [await context.newPage(), await context.newPage()];
  for (const tab of tabs) await tab.goto(`${tasks.app.baseUrl}${path}`);
  return tabs;
}

describe("a save from a tab opened before another tab's save", () => {
  it("a task edit is refused with what the task is now, and saving again replaces it", async () => {
    const [created] = await tasks.sql(
      `INSERT INTO tasks (title, period, target_count, sort_order)
       VALUES ('Read', 'daily', 1, 0) RETURNING id::text AS id`,
    );
    const [first, second] = await twoTabs(`/tasks/${String(created?.id)}`);
    await first.getByLabel("Title").fill("Read a book");
    await first.getByRole("button", { name: "Save changes" }).click();
    await first.getByText("Saved “Read a book”.").waitFor();

    await second.getByLabel("Title").fill("Read daily");
    await second.getByRole("button", { name: "Save changes" }).click();
    await second.getByText(/changed in another tab or device .* it is now “Read a book”/).waitFor();
    await expect(tasks.sql(`SELECT title FROM tasks`)).resolves.toEqual([{ title: "Read a book" }]);
    await second.getByRole("button", { name: "Save changes" }).click();
    await second.getByText("Saved “Read daily”.").waitFor();
    await expect(tasks.sql(`SELECT title FROM tasks`)).resolves.toEqual([{ title: "Read daily" }]);
  }, 60_000);

  it("a calendar settings save is refused the same way", async () => {
    const [first, second] = await twoTabs("/settings");
    const calendar = (tab: Page) => tab.getByRole("region", { name: "Calendar" });
    await calendar(first).getByLabel("Weeks start on").selectOption({ label: "Sunday" });
    await calendar(first).getByRole("button", { name: "Save calendar settings" }).click();
    await calendar(first).getByText("Calendar settings saved.").waitFor();

    await calendar(second).getByLabel("A new day starts at").selectOption("4");
    await calendar(second).getByRole("button", { name: "Save calendar settings" }).click();
    await calendar(second)
      .getByText(/^Calendar settings were changed in another tab .* weeks start on Sunday\./)
      .waitFor();
    await calendar(second).getByRole("button", { name: "Save calendar settings" }).click();
    await calendar(second).getByText("Calendar settings saved.").waitFor();
    const stored = await tasks.sql(
      `SELECT key, value FROM settings WHERE key IN ('dayStartHour', 'weekStartsOn') ORDER BY key`,
    );
    expect(stored).toEqual([
      { key: "dayStartHour", value: "4" },
      { key: "weekStartsOn", value: "1" },
    ]);
  }, 60_000);
});
