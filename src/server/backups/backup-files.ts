import { randomBytes } from "node:crypto";
import { lstatSync } from "node:fs";
import { lstat, mkdir, open, readdir, readFile, rename, rm } from "node:fs/promises";
import path from "node:path";
import type { IsoDate } from "@/domain/calendar/day";
import { backupsToKeep, type BackupKind } from "@/domain/backups/retention";
import { UserError } from "@/server/http/user-error";
import { backupName, isTempName, parseBackupName, tempName } from "./backup-names";
import { exists, isMissing, syncDir } from "./fs-durable";

// No `server-only` here: the launcher runs daily backups outside Next's server bundle.

export interface BackupFile {
  name: string;
  kind: BackupKind;
  day: IsoDate;
  /** ISO instant, "2026-12-03T10:15:00.000Z". */
  takenAt: string;
  sizeBytes: number;
}

/** A temp file this old belongs to a write that crashed; prune removes it. */
export const STALE_TEMP_MS = 60 * 60 * 1000;

/**
 * Writes a backup atomically: a temp file in the same folder, synced, then renamed into
 * place, so a crash leaves either the whole backup or no backup (plus a temp file that
 * `pruneBackups` removes later). The folder is private (0700), the file 0600.
 */
export async function writeBackup(input: {
  dir: string;
  kind: BackupKind;
  day: IsoDate;
  now: Date;
  content: string;
}): Promise<{ name: string; sizeBytes: number }> {
  const name = backupName(input.kind, input.day, input.now);
  await mkdir(input.dir, { recursive: true, mode: 0o700 });
  const finalPath = path.join(input.dir, name);
  const tempPath = path.join(input.dir, tempName(randomBytes(8).toString("hex")));
  const bytes = Buffer.from(input.content, "utf8");
  try {
    const handle = await open(tempPath, "wx", 0o600);
    try {
      await handle.chmod(0o600); // the umask may only have narrowed it; make it exact
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (await exists(finalPath)) {
      throw new UserError("A backup was taken a moment ago. Try again in a second.", 409);
    }
    await rename(tempPath, finalPath);
  } catch (error) {
    await rm(tempPath, { force: true });
    throw error;
  }
  await syncDir(input.dir);
  return { name, sizeBytes: bytes.length };
}

/** Every backup in `dir`, newest first; temp files, foreign files and links are ignored. */
export async function listBackups(dir: string): Promise<BackupFile[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
  const backups: BackupFile[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (parsed === null) continue;
    const stats = await lstat(path.join(dir, name)).catch(() => null);
    if (stats === null || !stats.isFile()) continue;
    backups.push({ ...parsed, sizeBytes: stats.size });
  }
  // ISO instants of one format sort as text; the name breaks ties.
  const key = (backup: BackupFile) => `${backup.takenAt} ${backup.name}`;
  return backups.sort((a, b) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0));
}

/**
 * The path of an existing backup. Only names of the backup pattern are accepted (no
 * separators, no ".."), so a name from a URL can never reach outside `dir`.
 */
const BACKUP_NOT_FOUND = "That backup does not exist.";

export function backupPath(dir: string, name: string): string {
  const notFound = new UserError(BACKUP_NOT_FOUND, 404);
  if (parseBackupName(name) === null) throw notFound;
  const file = path.join(dir, name);
  try {
    if (!lstatSync(file).isFile()) throw notFound;
  } catch (error) {
    if (error === notFound || isMissing(error)) throw notFound;
    throw error;
  }
  return file;
}

/** The text of an existing backup; a 404 UserError when there is none of that name. */
export async function readBackup(dir: string, name: string): Promise<string> {
  const file = backupPath(dir, name);
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if (isMissing(error)) throw new UserError(BACKUP_NOT_FOUND, 404);
    throw error;
  }
}

/**
 * Deletes the backups retention does not keep (`backupsToKeep`) and temp files older than
 * an hour, left by a write that crashed. Returns the deleted backup names.
 */
export async function pruneBackups(
  dir: string,
  today: IsoDate,
  now: Date = new Date(),
): Promise<string[]> {
  const backups = await listBackups(dir);
  const keep = backupsToKeep(backups, today);
  const deleted: string[] = [];
  for (const backup of backups) {
    if (keep.has(backup.name)) continue;
    await rm(path.join(dir, backup.name), { force: true });
    deleted.push(backup.name);
  }
  await removeStaleTemps(dir, now);
  return deleted;
}

async function removeStaleTemps(dir: string, now: Date): Promise<void> {
  const names = await readdir(dir).catch((error: unknown) => {
    if (isMissing(error)) return [];
    throw error;
  });
  for (const name of names.filter(isTempName)) {
    const file = path.join(dir, name);
    const stats = await lstat(file).catch(() => null);
    if (stats?.isFile() && now.getTime() - stats.mtimeMs > STALE_TEMP_MS) {
      await rm(file, { force: true });
    }
  }
}
