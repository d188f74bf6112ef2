import { archiveTask, listTasks, reorderTasks } from "@/server/services/tasks";
import { databaseForThisFile } from "../../helpers/test-database";
import { NOW, daily, newTask } from "./fixtures";

const testDb = databaseForThisFile();

const titles = async () => (await listTasks(testDb.db, NOW)).map((task) => task.title);

describe("task service: reorder to a full order", () => {
  it("saves the active tasks' order and keeps archived ones in place", async () => {
    const [a, b, c, d] = [
      await newTask(testDb.db, daily("A")),
      await newTask(testDb.db, daily("B")),
      await newTask(testDb.db, daily("C")),
      await newTask(testDb.db, daily("D")),
    ];
    await archiveTask(testDb.db, b!.id, NOW);
    expect(await reorderTasks(testDb.db, { taskIds: [d!.id, a!.id, c!.id] })).toBe(true);
    expect(await titles()).toEqual(["D", "B", "A", "C"]);
    expect((await listTasks(testDb.db, NOW)).map((task) => task.sortOrder)).toEqual([0, 1, 2, 3]);
    expect(await reorderTasks(testDb.db, { taskIds: [d!.id, a!.id, c!.id] })).toBe(false);
  });

  it("refuses a stale or malformed order and changes nothing", async () => {
    const [a, b, c] = [
      await newTask(testDb.db, daily("A")),
      await newTask(testDb.db, daily("B")),
      await newTask(testDb.db, daily("C")),
    ];
    await archiveTask(testDb.db, c!.id, NOW);
    const refused = [
      [b!.id, a!.id, c!.id], // C was archived elsewhere
      [b!.id], // A is missing
      [b!.id, a!.id, "424242"], // an unknown task
      [b!.id, b!.id], // twice the same
      [],
      ["x"],
    ];
    for (const taskIds of refused) {
      await expect(reorderTasks(testDb.db, { taskIds })).rejects.toMatchObject({
        status: expect.any(Number),
      });
    }
    await expect(reorderTasks(testDb.db, { taskIds: [b!.id, a!.id, c!.id] })).rejects.toMatchObject(
      { status: 409, message: expect.stringMatching(/changed in another tab/) },
    );
    expect(await titles()).toEqual(["A", "B", "C"]);
  });
});
