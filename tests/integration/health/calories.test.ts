import { addIsoDays } from "@/domain/weight";
import { UserError } from "@/server/http/user-error";
import {
  addCalories,
  clearCalories,
  getCalorieBalance,
  getCalorieOverview,
  getCaloriesOnDay,
  setCalories,
} from "@/server/services/calories/calories";
import { getOwnerToday } from "@/server/settings/owner-today";
import { writeSettings } from "@/server/settings/settings-store";
import { databaseForThisFile } from "../../helpers/test-database";

const testDb = databaseForThisFile();
let today: string;

beforeEach(async () => {
  today = (await getOwnerToday()).today;
});

describe("calories service", () => {
  it("adds to the day's total, sets it, and clears the day", async () => {
    expect(await addCalories({ date: today, kcal: 300 })).toBe(300);
    expect(await addCalories({ date: today, kcal: 250 })).toBe(550);
    expect(await setCalories({ date: today, kcal: 1800 })).toBe(1800);
    expect(await getCaloriesOnDay(today)).toBe(1800);
    expect(await clearCalories({ date: today })).toBe(true);
    expect(await getCaloriesOnDay(today)).toBeNull();
    expect(await testDb.db.query(`SELECT * FROM calorie_entries`)).toEqual([]);
    expect(await clearCalories({ date: today })).toBe(false);
  });

  it("counts every one of 50 parallel quick adds", async () => {
    await setCalories({ date: today, kcal: 1000 });
    await Promise.all(Array.from({ length: 50 }, () => addCalories({ date: today, kcal: 10 })));
    expect(await getCaloriesOnDay(today)).toBe(1500);
  });

  it("counts parallel first adds on an empty day too", async () => {
    await Promise.all(Array.from({ length: 50 }, () => addCalories({ date: today, kcal: 10 })));
    expect(await getCaloriesOnDay(today)).toBe(500);
  });

  it("refuses an add past 20000 kcal with a clear message and leaves the total", async () => {
    await setCalories({ date: today, kcal: 19_950 });
    const refused = addCalories({ date: today, kcal: 100 });
    await expect(refused).rejects.toBeInstanceOf(UserError);
    await expect(refused).rejects.toThrow(
      "Adding 100 kcal would make the day's total 20050 kcal; a day can hold at most 20000 kcal. Nothing was added.",
    );
    await expect(refused).rejects.toMatchObject({ status: 422 });
    expect(await getCaloriesOnDay(today)).toBe(19_950);
    expect(await addCalories({ date: today, kcal: 50 })).toBe(20_000);
  });

  it("checks the range of a total and of an add", async () => {
    await expect(setCalories({ date: today, kcal: 20_001 })).rejects.toThrow(
      "A day can hold at most 20000 kcal.",
    );
    await expect(setCalories({ date: today, kcal: -1 })).rejects.toThrow(
      "Calories cannot be negative.",
    );
    await expect(setCalories({ date: today, kcal: 12.5 })).rejects.toThrow("Enter whole calories.");
    await expect(addCalories({ date: today, kcal: 0 })).rejects.toThrow("Add at least 1 kcal.");
    expect(await setCalories({ date: today, kcal: 0 })).toBe(0);
    expect(await setCalories({ date: today, kcal: 20_000 })).toBe(20_000);
  });

  it("refuses future days and invalid dates", async () => {
    const tomorrow = addIsoDays(today, 1);
    await expect(addCalories({ date: tomorrow, kcal: 100 })).rejects.toThrow(/in the future/);
    await expect(setCalories({ date: tomorrow, kcal: 100 })).rejects.toThrow(/in the future/);
    await expect(setCalories({ date: "2026-02-30", kcal: 100 })).rejects.toThrow(/valid day/);
    expect(await testDb.db.query(`SELECT * FROM calorie_entries`)).toEqual([]);
  });

  it("edits a past day and reports the balance and windows against the goal", async () => {
    await writeSettings(testDb.db, { calorieGoal: 2000 });
    await setCalories({ date: today, kcal: 1500 });
    await setCalories({ date: addIsoDays(today, -1), kcal: 2500 });
    await setCalories({ date: addIsoDays(today, -10), kcal: 1000 });
    expect(await getCalorieBalance(today)).toEqual({
      eatenKcal: 1500,
      goalKcal: 2000,
      remainingKcal: 500,
      goalStatus: "under",
    });
    const week = await getCalorieOverview(7);
    expect(week.summary.days).toHaveLength(7);
    expect(week.summary.loggedDays).toBe(2);
    expect(week.summary.sevenDayAverageKcal).toBe(2000);
    const month = await getCalorieOverview(30);
    expect(month.summary.loggedDays).toBe(3);
    expect(month.summary.daysOverGoal).toBe(1);
    expect(month.summary.averageKcal).toBe(1667);
  });
});
