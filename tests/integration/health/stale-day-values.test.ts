import { addDays } from "@/domain/calendar";
import { StaleEditError } from "@/server/http/stale-edit";
import {
  addCalories,
  clearCalories,
  getCalorieDay,
  setCalories,
} from "@/server/services/calories/calories";
import { getWeightOnDay, saveWeight } from "@/server/services/weight/weight";
import { loadOwnerCalendar } from "@/server/settings/owner-calendar";
import { databaseForThisFile } from "../../helpers/test-database";

const testDb = databaseForThisFile();
let day: string;
let now: Date;

beforeEach(async () => {
  now = new Date();
  day = addDays(
    (await loadOwnerCalendar(testDb.db, now)).today,
    -(1 + Math.floor(Math.random() * 900)),
  );
});

/** The settled results of saves started together: how many were saved, and the refusals. */
async function race<T>(saves: Array<Promise<T>>) {
  const results = await Promise.allSettled(saves);
  const refused = results.flatMap((result) =>
    result.status === "rejected" ? [result.reason] : [],
  );
  return { saved: results.length - refused.length, refused };
}

describe("a stale save of a day's value is refused, never an unseen overwrite", () => {
  it("sets a calorie total only over the version the form saw", async () => {
    await setCalories(testDb.db, { day, kcal: 1800, baseVersion: 0 }, now);
    const opened = await getCalorieDay(testDb.db, { day });
    // Another tab adds 200 kcal; the form still shows 1,800 at the old version.
    await addCalories(testDb.db, { day, kcal: 200 }, now);
    const stale = setCalories(testDb.db, { day, kcal: 1500, baseVersion: opened.version }, now);
    await expect(stale).rejects.toMatchObject({
      status: 409,
      message:
        "That day holds 2,000 kcal now, not what this form showed. Save again to set it to 1,500 kcal.",
    });
    const current = await getCalorieDay(testDb.db, { day });
    expect(current.kcal).toBe(2000);
    await expect(
      clearCalories(testDb.db, { day, baseVersion: opened.version }, now),
    ).rejects.toThrow("Nothing was cleared.");
    expect(
      await setCalories(testDb.db, { day, kcal: 1500, baseVersion: current.version }, now),
    ).toBe(1500);
    // The same save again, its answer lost, is that save; a clear from the current version clears.
    expect(
      await setCalories(testDb.db, { day, kcal: 1500, baseVersion: current.version }, now),
    ).toBe(1500);
    const saved = await getCalorieDay(testDb.db, { day });
    expect(await clearCalories(testDb.db, { day, baseVersion: saved.version }, now)).toBe(1500);
    await expect(
      setCalories(testDb.db, { day, kcal: 900, baseVersion: saved.version }, now),
    ).rejects.toThrow(
      "That day's total was removed in another tab or device after this form was opened. Save again to set it to 900 kcal.",
    );
  });

  it("lets exactly one of two saves from the same version win, for calories and weight", async () => {
    const calories = await race(
      [1200, 1300].map((kcal) => setCalories(testDb.db, { day, kcal, baseVersion: 0 }, now)),
    );
    expect(calories.saved).toBe(1);
    expect(calories.refused[0]).toBeInstanceOf(StaleEditError);
    const stored = await getCalorieDay(testDb.db, { day });
    expect([1200, 1300]).toContain(stored.kcal);
    expect(calories.refused[0]).toMatchObject({ version: stored.version });

    const weights = await race(
      [80.1, 80.2].map((weight) => saveWeight(testDb.db, { day, weight, baseVersion: 0 }, now)),
    );
    expect(weights.saved).toBe(1);
    expect(weights.refused[0]).toBeInstanceOf(StaleEditError);
    const weighIn = await getWeightOnDay(testDb.db, { day }, now);
    expect(weights.refused[0]).toMatchObject({ version: weighIn?.version });
    const next = await race(
      [79.5, 79.6].map((weight) =>
        saveWeight(testDb.db, { day, weight, baseVersion: weighIn?.version }, now),
      ),
    );
    expect(next.saved).toBe(1);
  });
});
