import { addDays } from "@/domain/calendar";
import { UserError } from "@/server/http/user-error";
import {
  addCalories,
  clearCalories,
  restoreCalories,
  getCalorieBalance,
  getCalorieOverview,
  getCalorieDay,
  setCalories,
} from "@/server/services/calories/calories";
import { loadOwnerCalendar } from "@/server/settings/owner-calendar";
import { writeSettings } from "@/server/settings/settings-store";
import { databaseForThisFile } from "../../helpers/test-database";

const testDb = databaseForThisFile();
let today: string;
let now: Date;

beforeEach(async () => {
  now = new Date();
  today = (await loadOwnerCalendar(testDb.db, now)).today;
});

describe("calories service", () => {
  it("adds to the day's total, sets it, and clears the day", async () => {
    expect(await addCalories(testDb.db, { day: today, kcal: 300 }, now)).toEqual({
      total: 300,
      previous: null,
    });
    expect(await addCalories(testDb.db, { day: today, kcal: 250 }, now)).toEqual({
      total: 550,
      previous: 300,
    });
    expect(await setCalories(testDb.db, { day: today, kcal: 1800 }, now)).toBe(1800);
    expect((await getCalorieDay(testDb.db, { day: today })).kcal).toBe(1800);
    expect(await clearCalories(testDb.db, { day: today }, now)).toBe(1800);
    expect((await getCalorieDay(testDb.db, { day: today })).kcal).toBeNull();
    expect(await testDb.db.query(`SELECT * FROM calorie_entries`)).toEqual([]);
    expect(await clearCalories(testDb.db, { day: today }, now)).toBeNull();
  });

  it("undoes a quick add and a clear exactly, and refuses once the day changed", async () => {
    const first = await addCalories(testDb.db, { day: today, kcal: 250 }, now);
    await expect(
      restoreCalories(
        testDb.db,
        { day: today, expected: first.total, restore: first.previous },
        now,
      ),
    ).resolves.toBeNull();
    // Undoing the day's first add leaves no total at all, not a logged 0 kcal.
    expect(await testDb.db.query(`SELECT * FROM calorie_entries`)).toEqual([]);

    await setCalories(testDb.db, { day: today, kcal: 0 }, now);
    const onZero = await addCalories(testDb.db, { day: today, kcal: 100 }, now);
    expect(onZero).toEqual({ total: 100, previous: 0 });
    await restoreCalories(testDb.db, { day: today, expected: 100, restore: 0 }, now);
    expect((await getCalorieDay(testDb.db, { day: today })).kcal).toBe(0);

    await setCalories(testDb.db, { day: today, kcal: 1500 }, now);
    const removed = await clearCalories(testDb.db, { day: today }, now);
    await restoreCalories(testDb.db, { day: today, expected: null, restore: removed }, now);
    expect((await getCalorieDay(testDb.db, { day: today })).kcal).toBe(1500);

    const added = await addCalories(testDb.db, { day: today, kcal: 500 }, now);
    await addCalories(testDb.db, { day: today, kcal: 100 }, now);
    const stale = restoreCalories(
      testDb.db,
      { day: today, expected: added.total, restore: added.previous },
      now,
    );
    await expect(stale).rejects.toMatchObject({
      status: 409,
      message: "The day changed since (it holds 2,100 kcal), so nothing was undone.",
    });
    expect((await getCalorieDay(testDb.db, { day: today })).kcal).toBe(2100);
  });

  it("counts every one of 50 parallel quick adds", async () => {
    await setCalories(testDb.db, { day: today, kcal: 1000 }, now);
    await Promise.all(
      Array.from({ length: 50 }, () => addCalories(testDb.db, { day: today, kcal: 10 }, now)),
    );
    expect((await getCalorieDay(testDb.db, { day: today })).kcal).toBe(1500);
  });

  it("counts parallel first adds on an empty day too", async () => {
    await Promise.all(
      Array.from({ length: 50 }, () => addCalories(testDb.db, { day: today, kcal: 10 }, now)),
    );
    expect((await getCalorieDay(testDb.db, { day: today })).kcal).toBe(500);
  });

  it("refuses an add past 20000 kcal with a clear message and leaves the total", async () => {
    await setCalories(testDb.db, { day: today, kcal: 19_950 }, now);
    const refused = addCalories(testDb.db, { day: today, kcal: 100 }, now);
    await expect(refused).rejects.toBeInstanceOf(UserError);
    await expect(refused).rejects.toThrow(
      "Adding 100 kcal would make the day's total 20,050 kcal; a day can hold at most 20,000 kcal. Nothing was added.",
    );
    await expect(refused).rejects.toMatchObject({ status: 422 });
    expect((await getCalorieDay(testDb.db, { day: today })).kcal).toBe(19_950);
    expect(await addCalories(testDb.db, { day: today, kcal: 50 }, now)).toMatchObject({
      total: 20_000,
    });
  });

  it("checks the range of a total and of an add", async () => {
    await expect(setCalories(testDb.db, { day: today, kcal: 20_001 }, now)).rejects.toThrow(
      "A day can hold at most 20,000 kcal.",
    );
    await expect(setCalories(testDb.db, { day: today, kcal: -1 }, now)).rejects.toThrow(
      "Calories cannot be negative.",
    );
    await expect(setCalories(testDb.db, { day: today, kcal: 12.5 }, now)).rejects.toThrow(
      "Enter whole calories.",
    );
    await expect(addCalories(testDb.db, { day: today, kcal: 0 }, now)).rejects.toThrow(
      "Add at least 1 kcal.",
    );
    expect(await setCalories(testDb.db, { day: today, kcal: 0 }, now)).toBe(0);
    expect(await setCalories(testDb.db, { day: today, kcal: 20_000 }, now)).toBe(20_000);
  });

  it("refuses future days and invalid dates", async () => {
    const tomorrow = addDays(today, 1);
    await expect(addCalories(testDb.db, { day: tomorrow, kcal: 100 }, now)).rejects.toThrow(
      /in the future/,
    );
    await expect(setCalories(testDb.db, { day: tomorrow, kcal: 100 }, now)).rejects.toThrow(
      /in the future/,
    );
    await expect(setCalories(testDb.db, { day: "2026-02-30", kcal: 100 }, now)).rejects.toThrow(
      "2026-02-30 does not exist.",
    );
    expect(await testDb.db.query(`SELECT * FROM calorie_entries`)).toEqual([]);
  });

  it("edits a past day and reports the balance and windows against the goal", async () => {
    await writeSettings(testDb.db, { calorieGoal: 2000 });
    await setCalories(testDb.db, { day: today, kcal: 1500 }, now);
    await setCalories(testDb.db, { day: addDays(today, -1), kcal: 2500 }, now);
    await setCalories(testDb.db, { day: addDays(today, -10), kcal: 1000 }, now);
    expect(await getCalorieBalance(testDb.db, { day: today }, now)).toEqual({
      eatenKcal: 1500,
      goalKcal: 2000,
      remainingKcal: 500,
      goalStatus: "under",
    });
    const week = await getCalorieOverview(testDb.db, { windowDays: 7 }, now);
    expect(week.summary.days).toHaveLength(7);
    expect(week.summary.loggedDays).toBe(2);
    expect(week.summary.sevenDayAverageKcal).toBe(2000);
    const month = await getCalorieOverview(testDb.db, { windowDays: 30 }, now);
    expect(month.summary.loggedDays).toBe(3);
    expect(month.summary.daysOverGoal).toBe(1);
    expect(month.summary.averageKcal).toBe(1667);
  });

  it("reads a future day's balance (Today shows it) without writing anything", async () => {
    await writeSettings(testDb.db, { calorieGoal: 2000 });
    const tomorrow = addDays(today, 1);
    expect(await getCalorieBalance(testDb.db, { day: tomorrow }, now)).toEqual({
      eatenKcal: 0,
      goalKcal: 2000,
      remainingKcal: 2000,
      goalStatus: "under",
    });
    expect((await getCalorieDay(testDb.db, { day: tomorrow })).kcal).toBeNull();
    await expect(getCalorieDay(testDb.db, { day: "2026-02-30" })).rejects.toThrow(
      "2026-02-30 does not exist.",
    );
  });
});
