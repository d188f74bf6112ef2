import { addDays } from "@/domain/calendar";
import {
  MAX_CHART_POINTS,
  MAX_LISTED_WEIGH_INS,
  buildDailyTrend,
  sliceWeightRange,
  summarizeWeight,
  toWeightChartPoints,
} from "@/domain/weight";
import {
  deleteWeight,
  getWeightOnDay,
  getWeightOverview,
  saveWeight,
} from "@/server/services/weight/weight";
import { saveHealthSettings } from "@/server/services/settings/owner-settings";
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

async function storedWeight(date: string): Promise<string | undefined> {
  const rows: Array<{ weight: string }> = await testDb.db.query(
    `SELECT weight::text AS weight FROM weight_entries WHERE date = $1::date`,
    [date],
  );
  return rows[0]?.weight;
}

describe("weight service", () => {
  it("saves, edits and deletes a weigh-in in kg", async () => {
    expect(await saveWeight(testDb.db, { day: today, weight: 81.4 }, now)).toMatchObject({
      shown: 81.4,
      unit: "kg",
    });
    expect(await storedWeight(today)).toBe("81.4000");
    await saveWeight(testDb.db, { day: today, weight: 80.9 }, now);
    expect(await getWeightOnDay(testDb.db, { day: today }, now)).toMatchObject({
      weightKg: 80.9,
      shown: 80.9,
    });
    expect(await testDb.db.query(`SELECT count(*)::int AS n FROM weight_entries`)).toEqual([
      { n: 1 },
    ]);
    expect(await deleteWeight(testDb.db, { day: today }, now)).toBe(true);
    expect(await getWeightOnDay(testDb.db, { day: today }, now)).toBeNull();
  });

  it("stores lb entries in kg and shows them back without drift", async () => {
    await writeSettings(testDb.db, { weightUnit: "lb" });
    const typed = [150.1, 176.4, 200.3, 99.9, 0.1, 1000];
    for (const [offset, weight] of typed.entries()) {
      await saveWeight(testDb.db, { day: addDays(today, -offset), weight }, now);
    }
    expect(await storedWeight(today)).toBe("68.0840");
    for (const [offset, weight] of typed.entries()) {
      expect((await getWeightOnDay(testDb.db, { day: addDays(today, -offset) }, now))?.shown).toBe(
        weight,
      );
    }
    const overview = await getWeightOverview(testDb.db, { range: "30d" }, now);
    expect(overview.weighIns.map((entry) => entry.shown)).toEqual(typed);
    await writeSettings(testDb.db, { weightUnit: "kg" });
    expect((await getWeightOnDay(testDb.db, { day: today }, now))?.shown).toBe(68.1);
  });

  it("keeps the stored kg when the shown value is saved again in the other unit", async () => {
    await saveWeight(testDb.db, { day: today, weight: 84.3 }, now);
    await writeSettings(testDb.db, { weightUnit: "lb" });
    const shown = (await getWeightOnDay(testDb.db, { day: today }, now))?.shown ?? 0;
    expect(shown).toBe(185.8);
    await saveWeight(testDb.db, { day: today, weight: shown }, now);
    expect(await storedWeight(today)).toBe("84.3000");
    await saveWeight(testDb.db, { day: today, weight: 185.9 }, now);
    expect(await storedWeight(today)).toBe("84.3230");
  });

  it("refuses to overwrite a weigh-in the form did not show, and says what it holds", async () => {
    const past = addDays(today, -3);
    const first = await saveWeight(testDb.db, { day: past, weight: 82, baseVersion: 0 }, now);
    // A form opened before that save (no weigh-in, version 0) must not overwrite 82.0.
    const stale = saveWeight(testDb.db, { day: past, weight: 80.5, baseVersion: 0 }, now);
    await expect(stale).rejects.toMatchObject({
      status: 409,
      version: first.version,
      message: `That day holds 82.0 kg now, not what this form showed. Save again to store 80.5 kg.`,
    });
    expect(await storedWeight(past)).toBe("82.0000");
    const replaced = await saveWeight(
      testDb.db,
      { day: past, weight: 80.5, baseVersion: first.version },
      now,
    );
    expect(replaced).toMatchObject({ shown: 80.5, replaced: 82 });
    expect(replaced.version).toBeGreaterThan(first.version);
    // The same save again (its answer lost) is that save, not a conflict.
    await expect(
      saveWeight(testDb.db, { day: past, weight: 80.5, baseVersion: first.version }, now),
    ).resolves.toMatchObject({ shown: 80.5, replaced: null, version: replaced.version });
    // A delete from the older copy removes nothing; from the current one it removes the day.
    await expect(
      deleteWeight(testDb.db, { day: past, baseVersion: first.version }, now),
    ).rejects.toMatchObject({ status: 409, version: replaced.version });
    expect(await storedWeight(past)).toBe("80.5000");
    await deleteWeight(testDb.db, { day: past, baseVersion: replaced.version }, now);
    await expect(
      saveWeight(testDb.db, { day: past, weight: 79, baseVersion: replaced.version }, now),
    ).rejects.toMatchObject({
      status: 409,
      version: 0,
      message: expect.stringMatching(/^That day's weigh-in was removed in another tab/),
    });
  });

  it("refuses future days, out-of-range values and extra decimals", async () => {
    await expect(
      saveWeight(testDb.db, { day: addDays(today, 1), weight: 80 }, now),
    ).rejects.toThrow(/in the future/);
    await expect(saveWeight(testDb.db, { day: today, weight: 0 }, now)).rejects.toThrow(
      "Enter a weight from 0.1 to 999.9 kg.",
    );
    await expect(saveWeight(testDb.db, { day: today, weight: 80.25 }, now)).rejects.toThrow(
      "Use at most one decimal.",
    );
    await expect(saveWeight(testDb.db, { day: today, weight: 1000 }, now)).rejects.toThrow(
      "Enter a weight from 0.1 to 999.9 kg.",
    );
    await saveWeight(testDb.db, { day: today, weight: 999.9 }, now);
    await writeSettings(testDb.db, { weightUnit: "lb" });
    await expect(saveWeight(testDb.db, { day: today, weight: 2204.7 }, now)).rejects.toThrow(
      "Enter a weight from 0.1 to 2,204.6 lb.",
    );
    await saveWeight(testDb.db, { day: today, weight: 2204.6 }, now);
    expect(await storedWeight(today)).toBe("999.9900");
    await deleteWeight(testDb.db, { day: today }, now);
    await writeSettings(testDb.db, { weightUnit: "kg" });
    expect(await testDb.db.query(`SELECT * FROM weight_entries`)).toEqual([]);
  });

  it("reports trend, weekly rate and ETA, hiding them without 4 recent weigh-ins", async () => {
    await writeSettings(testDb.db, { goalWeightKg: 75 });
    for (let offset = 40; offset >= 20; offset -= 1) {
      await saveWeight(
        testDb.db,
        { day: addDays(today, -offset), weight: 90 - (40 - offset) * 0.1 },
        now,
      );
    }
    const stale = await getWeightOverview(testDb.db, { range: "90d" }, now);
    expect(stale.summary.weeklyRateKg).toBeNull();
    expect(stale.summary.eta).toEqual({ status: "insufficient-data" });

    for (let offset = 3; offset >= 0; offset -= 1) {
      await saveWeight(
        testDb.db,
        { day: addDays(today, -offset), weight: 86 - (3 - offset) * 0.1 },
        now,
      );
    }
    const fresh = await getWeightOverview(testDb.db, { range: "30d" }, now);
    expect(fresh.summary.weeklyRateKg).toBeLessThan(0);
    expect(fresh.summary.eta.status).toBe("converging");
    expect(fresh.points.at(-1)?.date).toBe(today);
    expect(fresh.points[0]?.date).toBe(addDays(today, -29));
    // The sliced range starts with a trend carried over from the weigh-ins before it.
    expect(fresh.points[0]?.trend).toBeGreaterThan(fresh.points[0]?.weight ?? Infinity);
  });

  it("keeps the stored goal kg when the shown goal is saved again in the other unit", async () => {
    const first = await saveHealthSettings(testDb.db, {
      calorieGoal: 2000,
      weightUnit: "kg",
      goalWeight: 84.3,
    });
    expect(first).toEqual({
      calorieGoal: 2000,
      weightUnit: "kg",
      goalWeightKg: 84.3,
      goalWeightShown: 84.3,
      version: expect.any(Number),
    });
    const inLb = await saveHealthSettings(testDb.db, {
      calorieGoal: 2000,
      weightUnit: "lb",
      goalWeight: 185.8,
    });
    expect(inLb).toMatchObject({ goalWeightKg: 84.3, goalWeightShown: 185.8 });
    const changed = await saveHealthSettings(testDb.db, {
      calorieGoal: 1800,
      weightUnit: "lb",
      goalWeight: 185.9,
    });
    expect(changed).toMatchObject({ goalWeightKg: 84.323, goalWeightShown: 185.9 });
    const none = await saveHealthSettings(testDb.db, { calorieGoal: 1800, weightUnit: "kg" });
    expect(none).toMatchObject({ goalWeightKg: null, goalWeightShown: null });
    expect((await loadOwnerCalendar(testDb.db, now)).settings).toMatchObject({
      calorieGoal: 1800,
      weightUnit: "kg",
      goalWeightKg: null,
    });
  });

  it("shows a range of a long history as the trend over all of it, from a bounded read", async () => {
    // Four years, a weigh-in on 4 of 5 days drifting down from 95 kg, with gaps and noise.
    const weighIns = Array.from({ length: 1460 }, (_, index) => ({
      date: addDays(today, index - 1459),
      weightKg: Math.round((95 - index / 100 + Math.sin(index) * 1.5) * 10) / 10,
    })).filter((_, index) => index % 5 !== 0 && (index < 700 || index > 760));
    await testDb.db.query(
      `INSERT INTO weight_entries (date, weight)
         SELECT d, w FROM unnest($1::date[], $2::numeric[]) AS t(d, w)`,
      [weighIns.map((entry) => entry.date), weighIns.map((entry) => entry.weightKg)],
    );
    await saveHealthSettings(testDb.db, { calorieGoal: 2000, weightUnit: "kg", goalWeight: 60 });
    const all = buildDailyTrend(weighIns);

    const overview = await getWeightOverview(testDb.db, { range: "90d" }, now);
    const expected = toWeightChartPoints(sliceWeightRange(all, "90d", today), "kg");
    expect(overview.points.map((point) => point.date)).toEqual(expected.map((p) => p.date));
    overview.points.forEach((point, index) => {
      expect(point.trend).toBeCloseTo(expected[index]?.trend ?? NaN, 9);
    });
    const summary = summarizeWeight(all, 60);
    expect(overview.summary.latestTrendKg).toBeCloseTo(summary.latestTrendKg ?? NaN, 9);
    expect(overview.summary.weeklyRateKg).toBeCloseTo(summary.weeklyRateKg ?? NaN, 9);
    expect(overview.summary.eta).toEqual(summary.eta);
    expect(overview.totalWeighIns).toBe(weighIns.length);

    const everything = await getWeightOverview(testDb.db, { range: "all" }, now);
    expect(everything.points.length).toBeLessThanOrEqual(MAX_CHART_POINTS);
    expect(everything.points.length).toBeGreaterThan(MAX_CHART_POINTS / 2);
    expect(everything.points.at(-1)?.date).toBe(weighIns.at(-1)?.date);
    expect(everything.weighInsInRange).toBe(weighIns.length);
    expect(everything.weighIns.map((entry) => entry.date)).toEqual(
      weighIns
        .slice(-MAX_LISTED_WEIGH_INS)
        .map((entry) => entry.date)
        .reverse(),
    );
  });
});
