import type { BrowserContext, Page } from "playwright-core";
import { PHONE } from "../../helpers/browser";
import { addTask, openSignedIn, startTasksApp, type TasksApp } from "../tasks/tasks-app";

let tasks: TasksApp;
let context: BrowserContext;
let page: Page;

/** 120 characters with no place to break, and a 40-character unit (the longest allowed). */
const LONG_TITLE = "Supercalifragilistic".repeat(6);
const LONG_UNIT = "pneumonoultramicroscopicsilicovolcanoes!";
const LONG_WORD = "Antidisestablishmentarianism".repeat(5);

beforeAll(async () => {
  tasks = await startTasksApp();
  ({ context, page } = await openSignedIn(tasks, PHONE));
}, 120_000);
afterAll(async () => {
  await context?.close();
  await tasks?.close();
});

interface Overflow {
  path: string;
  scrollWidth: number;
  innerWidth: number;
}

const SCREEN = 375;

/**
 * The page's width and the layout viewport's. On a phone Chromium widens the layout viewport
 * (window.innerWidth) to fit content that overflows, so it is compared with the screen too.
 */
function measure(path: string): Promise<Overflow> {
  return page.evaluate(
    (path) => ({
      path,
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }),
    path,
  );
}

describe("long words on a phone", () => {
  it("never make a page wider than the screen", async () => {
    await page.goto(`${tasks.app.baseUrl}/tasks`);
    await addTask(page, { title: LONG_TITLE, period: "daily", target: 3, unit: LONG_UNIT });
    const [task] = await tasks.sql(`SELECT id::text AS id FROM tasks WHERE title = $1`, [
      LONG_TITLE,
    ]);
    // A second long task, completed and then deleted, shows in the history of deleted tasks.
    await tasks.sql(
      `WITH gone AS (INSERT INTO tasks (title, period, target_count, sort_order)
                     VALUES ($1, 'weekly', 2, 1) RETURNING id)
       INSERT INTO completions (task_id, title_snapshot, date) SELECT id, $1, $2::date FROM gone`,
      [`${LONG_WORD}x`, tasks.yesterday],
    );
    await tasks.sql(`DELETE FROM tasks WHERE title = $1`, [`${LONG_WORD}x`]);
    await tasks.sql(
      `INSERT INTO completions (task_id, title_snapshot, date)
       SELECT $1::bigint, $2, $3::date - g FROM generate_series(0, 20) AS g`,
      [task?.id, LONG_TITLE, tasks.today],
    );
    await tasks.sql(`INSERT INTO diary_entries (date, content) VALUES ($1::date, $2)`, [
      tasks.today,
      `# ${LONG_WORD}\n\n**${LONG_WORD}** and [${LONG_WORD}](https://example.com/${LONG_WORD})`,
    ]);

    const paths = [
      "/",
      "/tasks",
      `/tasks/${String(task?.id)}`,
      "/calories",
      "/weight",
      "/diary",
      `/diary/${tasks.today}`,
      `/diary?q=${LONG_WORD.slice(0, 20)}`,
      "/insights",
      "/settings",
    ];
    const results: Overflow[] = [];
    for (const path of paths) {
      await page.goto(`${tasks.app.baseUrl}${path}`);
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      results.push(await measure(path));
    }
    const tooWide = results.filter(
      (result) => result.scrollWidth > result.innerWidth || result.innerWidth > SCREEN,
    );
    expect(tooWide).toEqual([]);
  }, 120_000);
});
