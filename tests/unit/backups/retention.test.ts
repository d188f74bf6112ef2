import fc from "fast-check";
import { addDays, eachDay } from "@/domain/calendar";
import {
  BACKUP_KINDS,
  backupsToKeep,
  DAILY_RETENTION,
  OTHER_KIND_RETENTION,
  type RetainedBackup,
} from "@/domain/backups/retention";

const today = "2026-12-03";
const maxDaily = DAILY_RETENTION.days + DAILY_RETENTION.weeks + DAILY_RETENTION.months;

function daily(day: string, time = "10:15:00"): RetainedBackup {
  return { name: `d-${day}-${time}`, kind: "daily", day, takenAt: `${day}T${time}.000Z` };
}

/**
 * A backup on one of the 800 days up to `today`, taken between 14 hours before and 38 hours
 * after the UTC midnight of its owner's day (every zone, a day start up to 06:00, and a zone
 * change or two), so days and instants need not sort alike.
 */
const backupArbitrary = fc
  .record({
    kind: fc.constantFrom(...BACKUP_KINDS),
    // Dense (several a day) as well as sparse histories.
    daysAgo: fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 800 })),
    offsetSeconds: fc.integer({ min: -14 * 3600, max: 38 * 3600 }),
  })
  .map(({ kind, daysAgo, offsetSeconds }) => {
    const day = addDays(today, -daysAgo);
    const takenAt = new Date(Date.parse(`${day}T00:00:00Z`) + offsetSeconds * 1000);
    return { kind, day, takenAt: takenAt.toISOString() };
  });

const backupsArbitrary = fc
  .array(backupArbitrary, { maxLength: 120 })
  .map((list): RetainedBackup[] => list.map((backup, index) => ({ ...backup, name: `b${index}` })));

function newest(backups: readonly RetainedBackup[]): RetainedBackup | undefined {
  return [...backups].sort((a, b) => Date.parse(b.takenAt) - Date.parse(a.takenAt))[0];
}

describe("backupsToKeep (properties)", () => {
  it("never deletes the newest backup of any kind", () => {
    fc.assert(
      fc.property(backupsArbitrary, (backups) => {
        const keep = backupsToKeep(backups, today);
        for (const kind of BACKUP_KINDS) {
          const top = newest(backups.filter((backup) => backup.kind === kind));
          if (top !== undefined) expect(keep.has(top.name)).toBe(true);
        }
      }),
    );
  });

  it("is idempotent: retention applied to the kept backups keeps all of them", () => {
    fc.assert(
      fc.property(backupsArbitrary, (backups) => {
        const keep = backupsToKeep(backups, today);
        const kept = backups.filter((backup) => keep.has(backup.name));
        expect([...backupsToKeep(kept, today)].sort()).toEqual([...keep].sort());
      }),
    );
  });

  it("keeps at most 7 + 4 + 12 daily backups and 5 of every other kind", () => {
    fc.assert(
      fc.property(backupsArbitrary, (backups) => {
        const keep = backupsToKeep(backups, today);
        const kept = backups.filter((backup) => keep.has(backup.name));
        expect(kept.filter((backup) => backup.kind === "daily").length).toBeLessThanOrEqual(
          maxDaily,
        );
        for (const kind of BACKUP_KINDS.filter((kind) => kind !== "daily")) {
          const ofKind = kept.filter((backup) => backup.kind === kind).length;
          expect(ofKind).toBeLessThanOrEqual(OTHER_KIND_RETENTION);
        }
      }),
    );
  });

  it("keeps only names it was given, including the newest of each of the 7 newest days", () => {
    fc.assert(
      fc.property(backupsArbitrary, (backups) => {
        const keep = backupsToKeep(backups, today);
        const names = new Set(backups.map((backup) => backup.name));
        for (const name of keep) expect(names.has(name)).toBe(true);
        const dailies = backups.filter((backup) => backup.kind === "daily");
        const days = [...new Set(dailies.map((backup) => backup.day))].sort().reverse();
        for (const day of days.slice(0, DAILY_RETENTION.days)) {
          const top = newest(dailies.filter((backup) => backup.day === day));
          if (top !== undefined) expect(keep.has(top.name)).toBe(true);
        }
      }),
    );
  });
});

describe("backupsToKeep (examples)", () => {
  it("a backup every day for two years keeps 7 days, 4 weeks and 12 months", () => {
    const backups = eachDay(addDays(today, -729), today).map((day) => daily(day));
    expect(backups).toHaveLength(730);
    const keep = backupsToKeep(backups, today);
    const keptDays = backups
      .filter((backup) => keep.has(backup.name))
      .map((backup) => backup.day)
      .sort();
    // Worked out by hand: today is Thursday 2026-12-03.
    expect(keptDays).toEqual([
      // months (newest of each): January to October 2026
      "2026-01-31",
      "2026-02-28",
      "2026-03-31",
      "2026-04-30",
      "2026-05-31",
      "2026-06-30",
      "2026-07-31",
      "2026-08-31",
      "2026-09-30",
      "2026-10-31",
      // weeks (Sunday, the newest of each ISO week): weeks of 9 and 16 November
      "2026-11-15",
      "2026-11-22",
      // days: the last seven (also the newest of November, and of the weeks of 23 and 30 November)
      "2026-11-27",
      "2026-11-28",
      "2026-11-29",
      "2026-11-30",
      "2026-12-01",
      "2026-12-02",
      "2026-12-03",
    ]);
  });

  it("keeps the newest backup of a day, and counts only days that have a backup", () => {
    const backups = [
      daily("2026-12-03", "06:00:00"),
      daily("2026-12-03", "18:00:00"),
      daily("2026-01-05"), // eleven months back, yet one of the 7 latest days with a backup
    ];
    const keep = backupsToKeep(backups, today);
    expect([...keep].sort()).toEqual(["d-2026-01-05-10:15:00", "d-2026-12-03-18:00:00"]);
  });

  it("keeps the 5 newest of the other kinds, whatever their days", () => {
    const manual = Array.from({ length: 8 }, (_, index) => ({
      name: `m${index}`,
      kind: "manual" as const,
      day: "2026-12-01",
      takenAt: `2026-12-01T10:0${index}:00.000Z`,
    }));
    expect([...backupsToKeep(manual, today)].sort()).toEqual(["m3", "m4", "m5", "m6", "m7"]);
  });

  it("keeps a daily backup dated after today without letting it take a slot", () => {
    const week = eachDay("2026-11-27", today).map((day) => daily(day));
    const ahead = daily("2030-01-01");
    const keep = backupsToKeep([ahead, ...week], today);
    expect(keep.size).toBe(8);
    expect(keep.has(ahead.name)).toBe(true);
  });
});
