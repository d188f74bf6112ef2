import type { TaskInput } from "@/schemas/tasks";
import { UserError } from "@/server/http/user-error";
import {
  archiveTask,
  createTask,
  deleteTask,
  getTask,
  listTasks,
  moveTask,
  restoreTask,
  updateTask,
} from "@/server/services/tasks";
import { databaseForThisFile } from "../../helpers/test-database";
import { NOW, daily, newTask } from "./fixtures";

const testDb = databaseForThisFile();

const titles = async () => (await listTasks(testDb.db, NOW)).map((task) => task.title);

describe("task service: create and edit", () => {
  it("creates tasks at the end of the list with trimmed titles", async () => {
    const water = await newTask(testDb.db, { ...daily("  Water  ", 8), unit: "glasses" });
    await newTask(testDb.db, {
      title: "Trip",
      period: "once",
      targetCount: 1,
      scheduledDate: "2030-02-01",
    });
    expect(water).toMatchObject({ title: "Water", unit: "glasses", targetCount: 8, active: true });
    expect(await listTasks(testDb.db, NOW)).toMatchObject([
      { title: "Water", sortOrder: 0, scheduledDate: null },
      { title: "Trip", sortOrder: 1, scheduledDate: "2030-02-01", period: "once" },
    ]);
  });

  it("refuses invalid input and stores nothing", async () => {
    const bad = [
      { title: " ", period: "daily", targetCount: 1 },
      { title: "x".repeat(201), period: "daily", targetCount: 1 },
      { title: "Run", period: "hourly", targetCount: 1 },
      { title: "Run", period: "daily", targetCount: 0 },
      { title: "Run", period: "daily", targetCount: 1001 },
      { title: "Trip", period: "once", targetCount: 1 },
      { title: "Trip", period: "once", targetCount: 1, scheduledDate: "2030-02-30" },
      { title: "Run", period: "weekly", targetCount: 2, scheduledDate: "2030-02-01" },
    ];
    for (const input of bad) {
      await expect(createTask(testDb.db, input as TaskInput, NOW)).rejects.toBeInstanceOf(
        UserError,
      );
    }
    expect(await listTasks(testDb.db, NOW)).toEqual([]);
  });

  it("edits a task and reports unknown ids as not found", async () => {
    const task = await newTask(testDb.db, daily("Read"));
    const edited = await updateTask(
      testDb.db,
      { taskId: task.id, title: "Read a book", period: "weekly", targetCount: 3, unit: "chapters" },
      NOW,
    );
    expect(edited).toMatchObject({
      id: task.id,
      title: "Read a book",
      period: "weekly",
      unit: "chapters",
    });
    const missing = updateTask(
      testDb.db,
      { taskId: "999", title: "X", period: "daily", targetCount: 1 },
      NOW,
    );
    await expect(missing).rejects.toMatchObject({
      status: 404,
      message: expect.stringMatching(/no longer exists/),
    });
    await expect(getTask(testDb.db, "abc", NOW)).rejects.toMatchObject({ status: 404 });
    await expect(getTask(testDb.db, "12345678901234567890", NOW)).rejects.toMatchObject({
      status: 404,
    });
  });
});

describe("task service: an edit over the version the form loaded", () => {
  const edit = {
    title: "Read a book",
    period: "weekly",
    targetCount: 3,
    unit: "chapters",
  } as const;

  it("refuses an edit from an older copy, and says what the task holds now", async () => {
    const task = await newTask(testDb.db, daily("Read"));
    const first = await updateTask(
      testDb.db,
      { ...edit, taskId: task.id, baseVersion: task.version },
      NOW,
    );
    expect(first.version).toBeGreaterThan(task.version);
    // A second tab, still showing the task as created, must not overwrite that edit.
    const stale = updateTask(
      testDb.db,
      {
        taskId: task.id,
        title: "Read daily",
        period: "daily",
        targetCount: 1,
        baseVersion: task.version,
      },
      NOW,
    );
    await expect(stale).rejects.toMatchObject({
      status: 409,
      version: first.version,
      message:
        "This task was changed in another tab or device after this form was opened: it is now " +
        "“Read a book”, 3 chapters a week. Save again to replace it with your changes.",
    });
    expect(await getTask(testDb.db, task.id, NOW)).toMatchObject({
      ...edit,
      version: first.version,
    });
    // The first tab's save again (its answer lost, the form still on the old version): no conflict.
    await expect(
      updateTask(testDb.db, { ...edit, taskId: task.id, baseVersion: task.version }, NOW),
    ).resolves.toMatchObject({ ...edit, version: first.version });
  });

  it("saves from the current version, again and again, and a reorder is no edit", async () => {
    const task = await newTask(testDb.db, daily("Read"));
    const other = await newTask(testDb.db, daily("Walk"));
    const saved = await updateTask(
      testDb.db,
      { ...edit, taskId: task.id, baseVersion: task.version },
      NOW,
    );
    // A retried identical save from the version it produced changes nothing.
    await expect(
      updateTask(testDb.db, { ...edit, taskId: task.id, baseVersion: saved.version }, NOW),
    ).resolves.toMatchObject({ ...edit, version: saved.version });
    await moveTask(testDb.db, other.id, "up");
    const moved = await getTask(testDb.db, task.id, NOW);
    expect(moved).toMatchObject({ sortOrder: 1, version: saved.version });
    const again = await updateTask(
      testDb.db,
      { ...edit, title: "Read two books", taskId: task.id, baseVersion: moved.version },
      NOW,
    );
    expect(again).toMatchObject({ title: "Read two books" });
    expect(again.version).toBeGreaterThan(saved.version);
  });

  it("tells a deleted task (404) from a changed one", async () => {
    const task = await newTask(testDb.db, daily("Read"));
    await deleteTask(testDb.db, task.id);
    await expect(
      updateTask(testDb.db, { ...edit, taskId: task.id, baseVersion: task.version }, NOW),
    ).rejects.toMatchObject({ status: 404, message: expect.stringMatching(/no longer exists/) });
  });
});

describe("task service: order, archive, delete", () => {
  it("moves tasks up and down and keeps the order", async () => {
    const [a, b, c] = [
      await newTask(testDb.db, daily("A")),
      await newTask(testDb.db, daily("B")),
      await newTask(testDb.db, daily("C")),
    ];
    expect(await moveTask(testDb.db, c!.id, "up")).toBe(true);
    expect(await titles()).toEqual(["A", "C", "B"]);
    expect(await moveTask(testDb.db, a!.id, "up")).toBe(false);
    expect(await moveTask(testDb.db, a!.id, "down")).toBe(true);
    expect(await titles()).toEqual(["C", "A", "B"]);
    expect(await moveTask(testDb.db, b!.id, "down")).toBe(false);
    await expect(moveTask(testDb.db, "424242", "up")).rejects.toMatchObject({ status: 404 });
  });

  it("moves an active task past archived ones, within its own list", async () => {
    const a = await newTask(testDb.db, daily("A"));
    const b = await newTask(testDb.db, daily("B"));
    const c = await newTask(testDb.db, daily("C"));
    await archiveTask(testDb.db, b.id, NOW);
    await moveTask(testDb.db, c.id, "up");
    expect(await titles()).toEqual(["C", "B", "A"]);
    expect(await moveTask(testDb.db, a.id, "down")).toBe(false);
  });

  it("applies concurrent moves one after the other", async () => {
    const tasks = [];
    for (const title of ["A", "B", "C", "D"]) tasks.push(await newTask(testDb.db, daily(title)));
    await Promise.all(tasks.map((task) => moveTask(testDb.db, task.id, "down")));
    const order = await listTasks(testDb.db, NOW);
    expect(order.map((task) => task.sortOrder)).toEqual([0, 1, 2, 3]);
    expect(new Set(order.map((task) => task.title)).size).toBe(4);
  });

  it("archives and restores, keeping the archive day", async () => {
    const task = await newTask(testDb.db, daily("Stretch"));
    const archived = await archiveTask(testDb.db, task.id, NOW);
    expect(archived.active).toBe(false);
    expect(archived.archivedOn).not.toBeNull();
    const restored = await restoreTask(testDb.db, task.id, NOW);
    expect(restored).toMatchObject({ active: true, archivedOn: null });
  });

  it("deletes a task and then reports it as not found", async () => {
    const task = await newTask(testDb.db, daily("Old habit"));
    expect(await deleteTask(testDb.db, task.id)).toEqual({ title: "Old habit" });
    await expect(deleteTask(testDb.db, task.id)).rejects.toMatchObject({ status: 404 });
    await expect(archiveTask(testDb.db, task.id, NOW)).rejects.toMatchObject({ status: 404 });
  });
});
