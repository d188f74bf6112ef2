import { isValidIsoDate, type IsoDate } from "@/domain/calendar/day";
import { isBackupKind, type BackupKind } from "@/domain/backups/retention";

/**
 * `tracker-<owner's day>-<kind>-<UTC instant>.json`, e.g.
 * `tracker-2026-12-03-daily-20261203T101500Z.json`. The day is the owner's calendar day
 * (what retention counts); the instant says when it was taken, to the second, in UTC.
 */
const BACKUP_NAME =
  /^tracker-(\d{4}-\d{2}-\d{2})-(daily|pre-import|pre-migration|manual)-(\d{8}T\d{6}Z)\.json$/;
/** Written first, renamed to a backup name once complete; never listed. */
const TEMP_NAME = /^\.tracker-backup-[0-9a-f]{16}\.tmp$/;
const COMPACT_INSTANT = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

export interface ParsedBackupName {
  name: string;
  kind: BackupKind;
  day: IsoDate;
  /** ISO instant, "2026-12-03T10:15:00.000Z". */
  takenAt: string;
}

/** "20261203T101500Z" for an instant, whole seconds in UTC. */
function compactInstant(instant: Date): string {
  return instant
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
}

function instantFromCompact(compact: string): string | null {
  const match = COMPACT_INSTANT.exec(compact);
  if (match === null) return null;
  const [, year, month, day, hour, minute, second] = match;
  const iso = `${year}-${month}-${day}T${hour}:${minute}:${second}.000Z`;
  const time = Date.parse(iso);
  // Round trip: rejects month 13, February 30th, hour 24 and the like.
  return !Number.isNaN(time) && new Date(time).toISOString() === iso ? iso : null;
}

export function backupName(kind: BackupKind, day: IsoDate, now: Date): string {
  if (!isValidIsoDate(day)) throw new RangeError(`Not a calendar day (YYYY-MM-DD): "${day}"`);
  if (Number.isNaN(now.getTime())) throw new RangeError("The backup time is not a valid date");
  return `tracker-${day}-${kind}-${compactInstant(now)}.json`;
}

/** The parts of a backup file name; null for anything else (temp files, foreign files). */
export function parseBackupName(name: string): ParsedBackupName | null {
  const match = BACKUP_NAME.exec(name);
  if (match === null) return null;
  const [, day = "", kind = "", compact = ""] = match;
  const takenAt = instantFromCompact(compact);
  if (!isValidIsoDate(day) || !isBackupKind(kind) || takenAt === null) return null;
  return { name, kind, day, takenAt };
}

export function isTempName(name: string): boolean {
  return TEMP_NAME.test(name);
}

export function tempName(randomHex: string): string {
  const name = `.tracker-backup-${randomHex}.tmp`;
  if (!isTempName(name)) throw new RangeError("A temp name needs 16 hex digits");
  return name;
}
