import { addIsoDays } from "@/domain/weight";
import {
  deleteWeight,
  getWeightOnDay,
  getWeightOverview,
  saveWeight,
} from "@/server/services/weight/weight";
import { getOwnerToday } from "@/server/settings/owner-today";
import { writeSettings } from "@/server/settings/settings-store";
import { databaseForThisFile } from "../../helpers/test-database";

const testDb = databaseForThisFile();
let today: string;

beforeEach(async () => {
  today = (await getOwnerToday()).today;
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
    expect(await saveWeight({ date: today, weight: 81.4 })).toMatchObject({
      shown: 81.4,
      unit: "kg",
    });
    expect(await storedWeight(today)).toBe("81.4000");
    await saveWeight({ date: today, weight: 80.9 });
    expect(await getWeightOnDay(today)).toMatchObject({ weightKg: 80.9, shown: 80.9 });
    expect(await testDb.db.query(`SELECT count(*)::int AS n FROM weight_entries`)).toEqual([
      { n: 1 },
    ]);
    expect(await deleteWeight({ date: today })).toBe(true);
    expect(await getWeightOnDay(today)).toBeNull();
  });

  it("stores lb entries in kg and shows them back without drift", async () => {
    await writeSettings(testDb.db, { weightUnit: "lb" });
    const typed = [150.1, 176.4, 200.3, 99.9, 0.1, 1000];
    for (const [offset, weight] of typed.entries()) {
      await saveWeight({ date: addIsoDays(today, -offset), weight });
    }
    expect(await storedWeight(today)).toBe("68.0840");
    for (const [offset, weight] of typed.entries()) {
      expect((await getWeightOnDay(addIsoDays(today, -offset)))?.shown).toBe(weight);
    }
    const overview = await getWeightOverview("30d");
    expect(overview.weighIns.map((entry) => entry.shown)).toEqual(typed);
    await writeSettings(testDb.db, { weightUnit: "kg" });
    expect((await getWeightOnDay(today))?.shown).toBe(68.1);
  });

  it("keeps the stored kg when the shown value is saved again in the other unit", async () => {
    await saveWeight({ date: today, weight: 84.3 });
    await writeSettings(testDb.db, { weightUnit: "lb" });
    const shown = (await getWeightOnDay(today))?.shown ?? 0;
    expect(shown).toBe(185.8);
    await saveWeight({ date: today, weight: shown });
    expect(await storedWeight(today)).toBe("84.3000");
    await saveWeight({ date: today, weight: 185.9 });
    expect(await storedWeight(today)).toBe("84.3230");
  });

  it("refuses future days, out-of-range values and extra decimals", async () => {
    await expect(saveWeight({ date: addIsoDays(today, 1), weight: 80 })).rejects.toThrow(
      /in the future/,
    );
    await expect(saveWeight({ date: today, weight: 0 })).rejects.toThrow("Enter a weight above 0.");
    await expect(saveWeight({ date: today, weight: 80.25 })).rejects.toThrow(
      "Use at most one decimal.",
    );
    await expect(saveWeight({ date: today, weight: 1000 })).rejects.toThrow(
      "Enter a weight below 1000 kg.",
    );
    expect(await testDb.db.query(`SELECT * FROM weight_entries`)).toEqual([]);
  });

  it("reports trend, weekly rate and ETA, hiding them without 4 recent weigh-ins", async () => {
    await writeSettings(testDb.db, { goalWeightKg: 75 });
    for (let offset = 40; offset >= 20; offset -= 1) {
      await saveWeight({ date: addIsoDays(today, -offset), weight: 90 - (40 - offset) * 0.1 });
    }
    const stale = await getWeightOverview("90d");
    expect(stale.summary.weeklyRateKg).toBeNull();
    expect(stale.summary.eta).toEqual({ status: "insufficient-data" });

    for (let offset = 3; offset >= 0; offset -= 1) {
      await saveWeight({ date: addIsoDays(today, -offset), weight: 86 - (3 - offset) * 0.1 });
    }
    const fresh = await getWeightOverview("30d");
    expect(fresh.summary.weeklyRateKg).toBeLessThan(0);
    expect(fresh.summary.eta.status).toBe("converging");
    expect(fresh.points.at(-1)?.date).toBe(today);
    expect(fresh.points[0]?.date).toBe(addIsoDays(today, -29));
    // The sliced range starts with a trend carried over from the weigh-ins before it.
    expect(fresh.points[0]?.trend).toBeGreaterThan(fresh.points[0]?.weight ?? Infinity);
  });
});
