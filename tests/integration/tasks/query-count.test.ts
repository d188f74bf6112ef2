import { withQueryStats } from "@/server/db/query-stats";
import { loadDayList } from "@/server/services/tasks";
import { databaseForThisFile } from "../../helpers/test-database";
import { NOW, daily, insertCompletions, newTask } from "./fixtures";

const testDb = databaseForThisFile();

/** The statements the app's DataSource sends, counted as the access log counts them. */
async function countQueries<T>(run: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const stats = { queries: 0 };
  const result = await withQueryStats(stats, run);
  return { result, queries: stats.queries };
}

async function seedForty() {
  await testDb.db.query(`
    INSERT INTO tasks (title, period, target_count, sort_order, scheduled_date, created_at)
    SELECT 'Task ' || g, (ARRAY['daily', 'weekly', 'monthly', 'once'])[1 + g % 4], 1 + g % 3, g,
           CASE WHEN g % 4 = 3 THEN date '2030-02-01' END, timestamptz '2027-01-01T12:00:00Z'
      FROM generate_series(1, 40) AS g`);
  await testDb.db.query(`
    INSERT INTO completions (task_id, title_snapshot, date)
    SELECT t.id, t.title, d::date
      FROM tasks t, generate_series(date '2027-01-16', date '2030-01-16', interval '1 day') AS d`);
}

describe("the Today query budget", () => {
  it("uses the same three queries for 2 tasks and for 40 tasks with 3 years of history", async () => {
    const water = await newTask(testDb.db, daily("Water", 8));
    const gym = await newTask(testDb.db, { title: "Gym", period: "weekly", targetCount: 3 });
    await insertCompletions(testDb.db, water.id, ["2030-01-16"]);
    await insertCompletions(testDb.db, gym.id, ["2030-01-14"]);
    const small = await countQueries(() => loadDayList(testDb.db, undefined, NOW));
    expect(small.result.items).toHaveLength(2);

    await testDb.reset();
    await seedForty();
    const [{ count }] = await testDb.db.query(`SELECT count(*)::integer AS count FROM completions`);
    expect(count).toBeGreaterThan(40 * 365 * 3);
    const large = await countQueries(() => loadDayList(testDb.db, undefined, NOW));
    // The once tasks were finished long before their date, so only the 30 recurring ones show.
    expect(large.result.items).toHaveLength(30);
    const countByPeriod = new Map(large.result.items.map((item) => [item.period, item.count]));
    expect(Object.fromEntries(countByPeriod)).toEqual({ daily: 1, weekly: 3, monthly: 16 });

    expect(small.queries).toBe(3);
    expect(large.queries).toBe(small.queries);
  });
});
