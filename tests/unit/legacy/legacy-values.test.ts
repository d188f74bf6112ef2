import fc from "fast-check";
import { planCompletions, planTasks, type ImportFix } from "@/domain/legacy/plan";
import { legacyTaskSchema } from "@/domain/legacy/rows";
import { mapLegacySettings } from "@/domain/legacy/settings-map";
import { parseLegacyBoolean, parseLegacyInstant } from "@/domain/legacy/values";

const instants = fc
  .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2099-12-31T23:59:59Z") })
  .filter((date) => !Number.isNaN(date.getTime()));

describe("legacy instants", () => {
  it("reads all three forms as the same UTC instant", () => {
    fc.assert(
      fc.property(instants, (date) => {
        const iso = date.toISOString();
        const seconds = new Date(Math.floor(date.getTime() / 1000) * 1000);
        expect(parseLegacyInstant(iso)).toEqual(date);
        expect(parseLegacyInstant(date.getTime())).toEqual(date);
        expect(parseLegacyInstant(String(date.getTime()))).toEqual(date);
        expect(parseLegacyInstant(iso.slice(0, 19).replace("T", " "))).toEqual(seconds);
      }),
    );
  });

  it("reads SQLite datetime text as UTC and honours ISO offsets", () => {
    expect(parseLegacyInstant("2024-03-01 12:34:56")?.toISOString()).toBe(
      "2024-03-01T12:34:56.000Z",
    );
    expect(parseLegacyInstant("2024-03-01T12:34:56+02:00")?.toISOString()).toBe(
      "2024-03-01T10:34:56.000Z",
    );
    expect(parseLegacyInstant("2024-03-01T12:34")?.toISOString()).toBe("2024-03-01T12:34:00.000Z");
    expect(parseLegacyInstant(1709296496)?.toISOString()).toBe("2024-03-01T12:34:56.000Z");
  });

  it("refuses anything else", () => {
    for (const value of ["", "yesterday", "2024-02-30 10:00:00", "2024-03-01", 1.5, null, {}]) {
      expect(parseLegacyInstant(value)).toBeNull();
    }
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseLegacyInstant(text);
        expect(parsed === null || !Number.isNaN(parsed.getTime())).toBe(true);
      }),
    );
  });
});

describe("legacy booleans", () => {
  it("reads 0/1 in every spelling and refuses the rest", () => {
    expect([1, "1", " true ", true].map(parseLegacyBoolean)).toEqual([true, true, true, true]);
    expect([0, "0", "FALSE", false].map(parseLegacyBoolean)).toEqual([false, false, false, false]);
    expect([2, "yes", null, -1].map(parseLegacyBoolean)).toEqual([null, null, null, null]);
  });
});

describe("legacy settings", () => {
  it("maps the old keys and text values onto the new settings", () => {
    const mapped = mapLegacySettings([
      { key: "timezone", value: "Europe/Berlin" },
      { key: "day_start_hour", value: "3" },
      { key: "weekStart", value: "Sunday" },
      { key: "calorieGoal", value: "2000" },
      { key: "goalWeightKg", value: "72.5" },
      { key: "weightUnit", value: "lbs" },
      { key: "theme", value: "auto" },
      { key: "lastSync", value: "x" },
      { key: "constructor", value: "x" },
      { key: "timeZone", value: "UTC" },
    ]);
    expect(mapped.settings).toEqual({
      timeZone: "Europe/Berlin",
      dayStartHour: 3,
      weekStartsOn: 0,
      calorieGoal: 2000,
      goalWeightKg: 72.5,
      weightUnit: "lb",
      theme: "system",
    });
    expect(mapped.skipped).toEqual([
      { key: "lastSync", reason: "unknown key" },
      { key: "constructor", reason: "unknown key" },
      { key: "timeZone", reason: "duplicate key" },
    ]);
  });

  it("reports values the new app would refuse instead of importing them", () => {
    const mapped = mapLegacySettings([
      { key: "timezone", value: "Mars/Olympus" },
      { key: "calorieGoal", value: "12" },
      { key: "theme", value: null },
      { key: "weekStartsOn", value: '"1"' },
    ]);
    expect(mapped.settings).toEqual({ weekStartsOn: 1 });
    expect(mapped.skipped.map((s) => s.key)).toEqual(["timezone", "calorieGoal", "theme"]);
  });

  it("never throws, whatever the old file holds", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ key: fc.string(), value: fc.option(fc.string(), { nil: null }) })),
        (pairs) => {
          const mapped = mapLegacySettings(pairs);
          expect(Object.keys(mapped.settings).length + mapped.skipped.length).toBe(pairs.length);
        },
      ),
    );
  });
});

describe("legacy rows the new schema would refuse", () => {
  const calendar = { timeZone: "Europe/Berlin", dayStartHour: 0, now: new Date() };
  const task = (fields: Record<string, unknown>) =>
    legacyTaskSchema.parse({ id: 1, title: "Task", period: "once", createdAt: 0, ...fields });

  it("schedules a one-off task without a day on its first completion, else its creation day", () => {
    const fixes: ImportFix[] = [];
    const completion = {
      id: 1,
      taskId: 1,
      titleSnapshot: "T",
      date: "2024-02-11",
      createdAt: null,
    };
    const [withCompletion] = planTasks([task({})], [completion], calendar, fixes);
    expect(withCompletion?.scheduledDate).toBe("2024-02-11");
    const created = task({ id: 2, createdAt: "2023-12-31 23:30:00" });
    const [withoutCompletion] = planTasks([created], [], calendar, fixes);
    expect(withoutCompletion?.scheduledDate).toBe("2024-01-01");
    expect(fixes.map((fix) => fix.key)).toEqual(["1", "2"]);
  });

  it("keeps completions of a missing task as orphans with their snapshot", () => {
    const fixes: ImportFix[] = [];
    const planned = planCompletions(
      [{ id: 5, taskId: 99, titleSnapshot: "Gone", date: "2024-01-01", createdAt: new Date(0) }],
      [],
      fixes,
    );
    expect(planned).toMatchObject({
      orphans: 1,
      completions: [{ taskId: null, titleSnapshot: "Gone" }],
    });
    expect(fixes).toEqual([]);
  });
});
