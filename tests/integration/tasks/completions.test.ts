import { randomUUID } from "node:crypto";
import {
  archiveTask,
  deleteTask,
  listDeletedTaskHistory,
  undoCompletion,
  updateTask,
} from "@/server/services/tasks";
import { databaseForThisFile } from "../../helpers/test-database";
import { NOW, TODAY, daily, newTask, storedCount, tap } from "./fixtures";

const testDb = databaseForThisFile();

const undo = (taskId: string, day = TODAY) => undoCompletion(testDb.db, { taskId, day }, NOW);

describe("completing and undoing", () => {
  it("returns the stored progress after each tap and undo", async () => {
    const water = await newTask(testDb.db, { ...daily("Water", 8), unit: "glasses" });
    expect(await tap(testDb.db, water.id)).toMatchObject({
      count: 1,
      target: 8,
      dayCount: 1,
      state: "open",
      changed: true,
    });
    expect(await tap(testDb.db, water.id)).toMatchObject({ count: 2, dayCount: 2 });
    expect(await undo(water.id)).toMatchObject({ count: 1, dayCount: 1, changed: true });
    expect(await undo(water.id)).toMatchObject({ count: 0, changed: true });
    expect(await undo(water.id)).toMatchObject({ count: 0, changed: false });
  });

  it("stores exactly 20 completions for 20 concurrent taps", async () => {
    const task = await newTask(testDb.db, daily("Push-ups", 20));
    const results = await Promise.all(Array.from({ length: 20 }, () => tap(testDb.db, task.id)));
    expect(await storedCount(testDb.db, task.id)).toBe(20);
    expect(results.every((result) => result.changed)).toBe(true);
    expect(Math.max(...results.map((result) => result.count))).toBe(20);
  });

  it("stores a duplicated request once, even when both arrive together", async () => {
    const task = await newTask(testDb.db, daily("Water", 8));
    const requestId = randomUUID();
    const [first, second] = await Promise.all([
      tap(testDb.db, task.id, TODAY, requestId),
      tap(testDb.db, task.id, TODAY, requestId),
    ]);
    expect([first?.changed, second?.changed].sort()).toEqual([false, true]);
    expect(await tap(testDb.db, task.id, TODAY, requestId)).toMatchObject({
      count: 1,
      changed: false,
    });
    expect(await storedCount(testDb.db, task.id)).toBe(1);
  });

  it("removes exactly two of three with two concurrent undos, newest first", async () => {
    const task = await newTask(testDb.db, daily("Water", 8));
    for (let i = 0; i < 3; i += 1) await tap(testDb.db, task.id);
    const [oldest] = await testDb.db.query(`SELECT min(id)::text AS id FROM completions`);
    const results = await Promise.all([undo(task.id), undo(task.id)]);
    expect(results.map((result) => result.changed)).toEqual([true, true]);
    const left = await testDb.db.query(`SELECT id::text AS id FROM completions`);
    expect(left).toEqual([{ id: oldest.id }]);
  });

  it("undoes only the chosen day's completions", async () => {
    const task = await newTask(
      testDb.db,
      { title: "Gym", period: "weekly", targetCount: 3 },
      "2030-01-01",
    );
    await tap(testDb.db, task.id, "2030-01-14");
    await tap(testDb.db, task.id, TODAY);
    expect(await undo(task.id, "2030-01-15")).toMatchObject({
      changed: false,
      count: 1,
      dayCount: 0,
    });
    expect(await undo(task.id, "2030-01-14")).toMatchObject({ changed: true, count: 0 });
    expect(await storedCount(testDb.db, task.id, TODAY)).toBe(1);
  });

  it("backfills a past day and refuses a future one", async () => {
    const task = await newTask(testDb.db, daily("Read"), "2030-01-10");
    expect(await tap(testDb.db, task.id, "2030-01-15")).toMatchObject({
      day: "2030-01-15",
      count: 1,
      state: "done",
    });
    await expect(tap(testDb.db, task.id, "2030-01-17")).rejects.toMatchObject({
      status: 422,
      message: expect.stringMatching(/future/),
    });
    await expect(undo(task.id, "2030-01-17")).rejects.toMatchObject({
      message: expect.stringMatching(/future/),
    });
    expect(await storedCount(testDb.db, task.id)).toBe(1);
  });

  it("refuses unknown and archived tasks with a clear message", async () => {
    await expect(tap(testDb.db, "777")).rejects.toMatchObject({
      status: 404,
      message: expect.stringMatching(/no longer exists/),
    });
    const task = await newTask(testDb.db, daily("Floss"));
    await archiveTask(testDb.db, task.id, NOW);
    await expect(tap(testDb.db, task.id)).rejects.toMatchObject({
      status: 409,
      message: expect.stringMatching(/archived/),
    });
    expect(await storedCount(testDb.db, task.id)).toBe(0);
  });
});

describe("title snapshots", () => {
  it("keeps the old title after a rename and the history after a delete", async () => {
    const task = await newTask(testDb.db, daily("Water"));
    await tap(testDb.db, task.id, "2030-01-15");
    await updateTask(
      testDb.db,
      { taskId: task.id, title: "Hydrate", period: "daily", targetCount: 1 },
      NOW,
    );
    await tap(testDb.db, task.id);
    const snapshots = await testDb.db.query(
      `SELECT date::text AS date, title_snapshot FROM completions ORDER BY date`,
    );
    expect(snapshots).toEqual([
      { date: "2030-01-15", title_snapshot: "Water" },
      { date: TODAY, title_snapshot: "Hydrate" },
    ]);
    await deleteTask(testDb.db, task.id);
    expect(await listDeletedTaskHistory(testDb.db)).toEqual([
      { title: "Hydrate", count: 1, firstDate: TODAY, lastDate: TODAY },
      { title: "Water", count: 1, firstDate: "2030-01-15", lastDate: "2030-01-15" },
    ]);
  });
});
