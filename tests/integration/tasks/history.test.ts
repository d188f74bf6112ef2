import { eachDay } from "@/domain/calendar";
import { archiveTask, loadTaskHistory, updateTask } from "@/server/services/tasks";
import { databaseForThisFile } from "../../helpers/test-database";
import { NOW, TODAY, daily, insertCompletions, newTask, tap } from "./fixtures";

const testDb = databaseForThisFile();

const history = (taskId: string) => loadTaskHistory(testDb.db, taskId, NOW);

describe("task history", () => {
  it("computes streaks, rates and the heatmap from stored completions", async () => {
    const task = await newTask(testDb.db, daily("Read"), "2030-01-01");
    const done = [...eachDay("2030-01-01", "2030-01-05"), ...eachDay("2030-01-07", "2030-01-15")];
    await insertCompletions(testDb.db, task.id, [...done, "2030-01-15"]);
    const before = await history(task.id);
    expect(before.streaks).toEqual({ current: 9, best: 9 });
    expect(before.rates?.["4w"]).toEqual({ reached: 14, counted: 15, rate: 14 / 15 });
    expect(before.total).toBe(15);
    expect(before.heatmap[0]).toEqual({ day: "2029-02-01", count: 0 });
    expect(before.heatmap.at(-1)).toEqual({ day: TODAY, count: 0 });
    expect(before.heatmap.find((cell) => cell.day === "2030-01-15")?.count).toBe(2);
    expect(before.heatmap.find((cell) => cell.day === "2030-01-06")?.count).toBe(0);

    await tap(testDb.db, task.id);
    const after = await history(task.id);
    expect(after.streaks).toEqual({ current: 10, best: 10 });
    expect(after.rates?.["4w"]).toMatchObject({ reached: 15, counted: 16 });
    expect(after.heatmap.at(-1)).toEqual({ day: TODAY, count: 1 });
  });

  it("counts fixed calendar weeks for a weekly target", async () => {
    const task = await newTask(
      testDb.db,
      { title: "Gym", period: "weekly", targetCount: 2 },
      "2030-01-01",
    );
    await insertCompletions(testDb.db, task.id, [
      "2030-01-02",
      "2030-01-03",
      "2030-01-08",
      "2030-01-14",
      TODAY,
    ]);
    const result = await history(task.id);
    expect(result.streaks).toEqual({ current: 1, best: 1 });
    expect(result.rates?.["12w"]).toEqual({ reached: 2, counted: 3, rate: 2 / 3 });
  });

  it("evaluates an archived task as of its archive day", async () => {
    const task = await newTask(testDb.db, daily("Stretch"), "2030-01-01");
    await insertCompletions(testDb.db, task.id, eachDay("2030-01-01", "2030-01-10"));
    await archiveTask(testDb.db, task.id, NOW);
    await testDb.db.query(`UPDATE tasks SET archived_at = '2030-01-10T20:00:00Z'`);
    const result = await history(task.id);
    expect(result).toMatchObject({ asOf: "2030-01-10", streaks: { current: 10, best: 10 } });
    expect(result.rates?.["1y"]).toMatchObject({ reached: 10, counted: 10, rate: 1 });
  });

  it("has no streak or rate for a one-off task but keeps its titles", async () => {
    const task = await newTask(
      testDb.db,
      { title: "Passport", period: "once", targetCount: 1, scheduledDate: "2030-01-20" },
      "2030-01-05",
    );
    await tap(testDb.db, task.id, "2030-01-06");
    await updateTask(
      testDb.db,
      {
        taskId: task.id,
        title: "Renew passport",
        period: "once",
        targetCount: 2,
        scheduledDate: "2030-01-20",
      },
      NOW,
    );
    await tap(testDb.db, task.id);
    const result = await history(task.id);
    expect(result).toMatchObject({ streaks: null, rates: null, total: 2 });
    expect(result.titles).toEqual([
      { title: "Renew passport", count: 1, lastDate: TODAY },
      { title: "Passport", count: 1, lastDate: "2030-01-06" },
    ]);
    await expect(history("31337")).rejects.toMatchObject({ status: 404 });
  });
});
