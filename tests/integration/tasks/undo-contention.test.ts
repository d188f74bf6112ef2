import { undoCompletion } from "@/server/services/tasks";
import { waitForBlockedStatements } from "../../helpers/lock-waits";
import { databaseForThisFile } from "../../helpers/test-database";
import { NOW, TODAY, daily, newTask, tap } from "./fixtures";

// Runs on the PostgreSQL project only (jest.config.js): PGlite serves one connection, so
// statements never overlap there.

const testDb = databaseForThisFile({ resetEach: false });

describe("undo under real contention", () => {
  it("two undos waiting on the same newest row still remove two rows", async () => {
    const task = await newTask(testDb.db, daily("Water", 8));
    for (let i = 0; i < 3; i += 1) await tap(testDb.db, task.id);
    const [{ id: oldest }] = await testDb.db.query(`SELECT min(id)::text AS id FROM completions`);
    const blocker = testDb.db.createQueryRunner();
    await blocker.connect();
    await blocker.startTransaction();
    await blocker.query(`SELECT id FROM completions ORDER BY id DESC LIMIT 1 FOR UPDATE`);
    const undos = Promise.all([
      undoCompletion(testDb.db, { taskId: task.id, day: TODAY }, NOW),
      undoCompletion(testDb.db, { taskId: task.id, day: TODAY }, NOW),
    ]);
    try {
      await waitForBlockedStatements(testDb.db, 2);
    } finally {
      await blocker.commitTransaction();
      await blocker.release();
    }
    const results = await undos;
    expect(results.map((result) => result.changed)).toEqual([true, true]);
    expect(await testDb.db.query(`SELECT id::text AS id FROM completions`)).toEqual([
      { id: oldest },
    ]);
  });
});
