import type { QueryRunner } from "typeorm";
import { saveCalendarSettings } from "@/server/services/settings/owner-settings";
import { getTask, updateTask } from "@/server/services/tasks";
import { readSettings } from "@/server/settings/settings-store";
import { waitForBlockedStatements } from "../../helpers/lock-waits";
import { databaseForThisFile } from "../../helpers/test-database";
import { NOW, daily, newTask } from "../tasks/fixtures";

// Runs on the PostgreSQL project only (jest.config.js): PGlite serves one connection, so
// statements never overlap there.

const testDb = databaseForThisFile();

/** Holds `lockSql`'s row locks while `saves` start and queue behind them, then lets them go. */
async function raceBehind<T>(lockSql: string, saves: () => Array<Promise<T>>) {
  const blocker: QueryRunner = testDb.db.createQueryRunner();
  await blocker.connect();
  await blocker.startTransaction();
  await blocker.query(lockSql);
  const settled = Promise.allSettled(saves());
  try {
    await waitForBlockedStatements(testDb.db, 2);
  } finally {
    await blocker.commitTransaction();
    await blocker.release();
  }
  return settled;
}

function winnerAndLoser<T>(results: Array<PromiseSettledResult<T>>) {
  const won = results.filter((result) => result.status === "fulfilled");
  const lost = results.filter((result) => result.status === "rejected");
  expect(won).toHaveLength(1);
  expect(lost).toHaveLength(1);
  expect(lost[0]?.reason).toMatchObject({ status: 409 });
  return results.indexOf(won[0] as PromiseSettledResult<T>);
}

describe("two saves from the same version at once", () => {
  it("a task edit: exactly one wins", async () => {
    const task = await newTask(testDb.db, daily("Read"));
    const titles = ["Read a book", "Read a paper"];
    const results = await raceBehind(`SELECT id FROM tasks FOR UPDATE`, () =>
      titles.map((title) =>
        updateTask(
          testDb.db,
          { taskId: task.id, title, period: "daily", targetCount: 1, baseVersion: task.version },
          NOW,
        ),
      ),
    );
    const winner = winnerAndLoser(results);
    expect(await getTask(testDb.db, task.id, NOW)).toMatchObject({ title: titles[winner] });
  });

  it("a settings group: exactly one wins, all of its keys together", async () => {
    const { version } = await saveCalendarSettings(testDb.db, {
      timeZone: "UTC",
      dayStartHour: 0,
      weekStartsOn: 1,
      baseVersion: 0,
    });
    const saves = [
      { timeZone: "Europe/Paris", dayStartHour: 3, weekStartsOn: 0 },
      { timeZone: "Asia/Tokyo", dayStartHour: 5, weekStartsOn: 6 },
    ];
    // The first save to take the settings lock waits on these rows while holding it, the
    // other waits for the lock: without it both would read the old version and both win.
    const results = await raceBehind(`SELECT key FROM settings FOR UPDATE`, () =>
      saves.map((save) => saveCalendarSettings(testDb.db, { ...save, baseVersion: version })),
    );
    const winner = winnerAndLoser(results);
    expect(await readSettings(testDb.db)).toMatchObject(saves[winner] ?? {});
  });
});
