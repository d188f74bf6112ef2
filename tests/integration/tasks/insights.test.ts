import { eachDay } from "@/domain/calendar";
import { withQueryStats } from "@/server/db/query-stats";
import { archiveTask, deleteTask, getTaskInsights } from "@/server/services/tasks";
import { databaseForThisFile } from "../../helpers/test-database";
import { NOW, daily, insertCompletions, newTask, tap } from "./fixtures";

const testDb = databaseForThisFile();

/** NOW is Wednesday 16 January 2030: with Monday weeks, the last two start on 7 and 14 January. */
describe("task insights", () => {
  it("rates each calendar week over every recurring task and lists active streaks", async () => {
    const { db } = testDb;
    const read = await newTask(db, daily("Read"), "2030-01-07");
    await insertCompletions(db, read.id, [...eachDay("2030-01-07", "2030-01-11"), "2030-01-14"]);
    await tap(db, read.id);
    const gym = await newTask(db, { title: "Gym", period: "weekly", targetCount: 2 }, "2030-01-07");
    await insertCompletions(db, gym.id, ["2030-01-08", "2030-01-09", "2030-01-14"]);
    const old = await newTask(db, daily("Old habit"), "2030-01-07");
    await insertCompletions(db, old.id, ["2030-01-07"]);
    await archiveTask(db, old.id, NOW);
    await db.query(
      `UPDATE tasks SET archived_at = '2030-01-08T12:00:00Z'::timestamptz WHERE id = $1::bigint`,
      [old.id],
    );
    const once = await newTask(db, {
      title: "Passport",
      period: "once",
      targetCount: 1,
      scheduledDate: "2030-01-10",
    });
    await tap(db, once.id);
    const gone = await newTask(db, daily("Deleted"), "2030-01-07");
    await insertCompletions(db, gone.id, eachDay("2030-01-07", "2030-01-16"));
    await deleteTask(db, gone.id);

    const insights = await getTaskInsights(db, { weeks: 2 }, NOW);

    expect(insights.weekly).toEqual([
      // Read 5 of 7 days, Gym's week reached, Old habit 1 of 1 before its archive day.
      { weekStart: "2030-01-07", reached: 7, counted: 9, rate: 7 / 9, current: false },
      // So far: Read's Monday done, Tuesday missed, today done; Gym's running week not yet.
      { weekStart: "2030-01-14", reached: 2, counted: 4, rate: 2 / 4, current: true },
    ]);
    expect(insights.streaks).toEqual([
      { taskId: read.id, title: "Read", period: "daily", current: 1, best: 5 },
      { taskId: gym.id, title: "Gym", period: "weekly", current: 1, best: 1 },
    ]);
  });

  it("has nothing to rate without tasks", async () => {
    const insights = await getTaskInsights(testDb.db, { weeks: 3 }, NOW);
    expect(insights.weekly.map((week) => [week.weekStart, week.rate])).toEqual([
      ["2029-12-31", null],
      ["2030-01-07", null],
      ["2030-01-14", null],
    ]);
    expect(insights.streaks).toEqual([]);
  });

  it("reads the whole history for streaks again only after a write", async () => {
    const { db } = testDb;
    const read = await newTask(db, daily("Read"), "2030-01-07");
    await insertCompletions(db, read.id, eachDay("2030-01-10", "2030-01-15"));
    const counted = async () => {
      const stats = { queries: 0 };
      const insights = await withQueryStats(stats, () => getTaskInsights(db, { weeks: 2 }, NOW));
      return { streak: insights.streaks[0]?.current, queries: stats.queries };
    };

    const first = await counted();
    expect(first.streak).toBe(6);
    const again = await counted();
    expect(again).toEqual({ streak: 6, queries: first.queries - 1 });

    await tap(db, read.id);
    expect((await counted()).streak).toBe(7);
    // A write that bypasses the services moves the version on too (the trigger).
    await db.query(`DELETE FROM completions WHERE date = '2030-01-12'::date`);
    expect(await counted()).toEqual({ streak: 4, queries: first.queries });
    expect((await counted()).queries).toBe(first.queries - 1);
  });
});
