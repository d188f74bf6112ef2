import { assertIsoDateShape, type IsoDate } from "@/domain/calendar/day";

export const BACKUP_KINDS = ["daily", "pre-import", "pre-migration", "manual"] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export function isBackupKind(value: string): value is BackupKind {
  return (BACKUP_KINDS as readonly string[]).includes(value);
}

export interface RetainedBackup {
  name: string;
  kind: BackupKind;
  /** The owner's calendar day the backup belongs to. */
  day: IsoDate;
  /** The instant it was taken, as an ISO string ("2026-12-03T10:15:00.000Z"). */
  takenAt: string;
}

/** Grandfather-father-son for daily backups: distinct days, ISO weeks and months kept. */
export const DAILY_RETENTION = { days: 7, weeks: 4, months: 12 } as const;
/** How many of each other kind (pre-import, pre-migration, manual) are kept. */
export const OTHER_KIND_RETENTION = 5;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Newest first by the instant taken; the name breaks ties so the order is total. */
function newestFirst(a: RetainedBackup, b: RetainedBackup): number {
  const byTime = Date.parse(b.takenAt) - Date.parse(a.takenAt);
  if (byTime !== 0 && !Number.isNaN(byTime)) return byTime;
  return a.name < b.name ? 1 : a.name > b.name ? -1 : 0;
}

/** The Monday (ISO week start) of the week holding `day`, as "YYYY-MM-DD". */
function isoWeekStart(day: IsoDate): IsoDate {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const time = Date.UTC(year, month - 1, date);
  const sinceMonday = (new Date(time).getUTCDay() + 6) % 7;
  return new Date(time - sinceMonday * DAY_MS).toISOString().slice(0, "YYYY-MM-DD".length);
}

const PERIOD_KEYS = [
  { slots: DAILY_RETENTION.days, key: (day: IsoDate) => day },
  { slots: DAILY_RETENTION.weeks, key: isoWeekStart },
  { slots: DAILY_RETENTION.months, key: (day: IsoDate) => day.slice(0, "YYYY-MM".length) },
];

/**
 * The newest backup of each of the `slots` latest periods (by calendar) that have one, for
 * days, ISO weeks and months. Days without a backup (the computer was off) use no slot.
 */
function newestPerPeriod(newestFirstDaily: readonly RetainedBackup[], keep: Set<string>): void {
  for (const { slots, key } of PERIOD_KEYS) {
    const newestOfPeriod = new Map<string, string>();
    for (const backup of newestFirstDaily) {
      const period = key(backup.day);
      if (!newestOfPeriod.has(period)) newestOfPeriod.set(period, backup.name);
    }
    [...newestOfPeriod]
      .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
      .slice(0, slots)
      .forEach(([, name]) => keep.add(name));
  }
}

/**
 * The names of the backups to keep; every other backup may be deleted.
 *
 * - Daily: the newest backup (latest `takenAt`) of each of the 7 latest days that have one,
 *   of each of the 4 latest ISO weeks (Monday start) and of each of the 12 latest months
 *   that have one (grandfather-father-son) — at most 23 files.
 *   A daily backup dated after `today` (the clock ran ahead when it was taken) is always
 *   kept and takes no slot, so it cannot push the real recent history out; a clock that
 *   runs behind therefore never causes a deletion either.
 * - Every other kind: the 5 newest.
 *
 * The newest backup of each kind is kept (for daily ones: unless 7 later days have backups
 * taken before it, which no clock short of a broken one does), and the result is
 * idempotent: applying it to the kept backups keeps all of them.
 */
export function backupsToKeep(backups: readonly RetainedBackup[], today: IsoDate): Set<string> {
  assertIsoDateShape(today);
  const keep = new Set<string>();
  const sorted = [...backups].sort(newestFirst);
  const dated = sorted.filter((backup) => backup.kind === "daily" && backup.day <= today);
  for (const backup of sorted) {
    if (backup.kind === "daily" && backup.day > today) keep.add(backup.name);
  }
  newestPerPeriod(dated, keep);
  for (const kind of BACKUP_KINDS) {
    if (kind === "daily") continue;
    sorted
      .filter((backup) => backup.kind === kind)
      .slice(0, OTHER_KIND_RETENTION)
      .forEach((backup) => keep.add(backup.name));
  }
  return keep;
}
