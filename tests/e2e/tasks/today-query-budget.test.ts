import pg from "pg";
import { startApp, type RunningApp } from "../../helpers/app-server";
import { OWNER_PASSWORD } from "../../helpers/browser";
import { HttpSession } from "../../helpers/http-session";
import { addOwner } from "../../helpers/owner";

/**
 * The whole Today page (layout, session check, task list, calorie card) as the launcher's access
 * log counts it: the same number of SQL statements for 2 tasks and for 40 tasks with 3 years
 * of completions.
 */
let app: RunningApp;
let sql: pg.Client;

beforeAll(async () => {
  app = await startApp({ env: { LOG_LEVEL: "info" } });
  await addOwner(app);
  sql = new pg.Client(app.databaseUrl);
  await sql.connect();
}, 120_000);
afterAll(async () => {
  await sql?.end();
  await app?.stop();
});

/** Loads Today once and returns the statement count its access-log line reports. */
async function todayQueries(session: HttpSession): Promise<number> {
  const before = app.output().length;
  const response = await session.request("/");
  expect(response.status).toBe(200);
  await response.text();
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const line = app
      .output()
      .slice(before)
      .split("\n")
      .filter((text) => text.startsWith("{"))
      .map((text) => JSON.parse(text) as { msg?: string; route?: string; queries?: number })
      .find((entry) => entry.msg === "request" && entry.route === "/");
    if (line?.queries !== undefined) return line.queries;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("no access-log line for GET /");
}

describe("the Today page's query budget", () => {
  it("does not grow with the number of tasks or years of history", async () => {
    const session = new HttpSession(app.baseUrl);
    expect((await session.logIn(OWNER_PASSWORD)).status).toBe(200);
    await sql.query(`INSERT INTO tasks (title, period, target_count, sort_order)
                     VALUES ('Water', 'daily', 8, 0), ('Gym', 'weekly', 3, 1)`);
    await sql.query(`INSERT INTO calorie_entries (date, calories) VALUES (current_date, 900)`);
    const small = await todayQueries(session);

    await sql.query(`
      INSERT INTO tasks (title, period, target_count, sort_order, created_at)
      SELECT 'Task ' || g, (ARRAY['daily', 'weekly', 'monthly'])[1 + g % 3], 1 + g % 3, g + 2,
             now() - interval '3 years'
        FROM generate_series(1, 38) AS g`);
    await sql.query(`
      INSERT INTO completions (task_id, title_snapshot, date)
      SELECT t.id, t.title, d::date
        FROM tasks t, generate_series(current_date - 1095, current_date, interval '1 day') AS d`);
    const large = await todayQueries(session);

    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
    // Session version and settings (each once per request), tasks, completions, and the day's
    // calorie total, weigh-in and diary entry: 7, whatever the tasks and history.
    expect(small).toBe(7);
  });
});
