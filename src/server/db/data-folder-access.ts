import { accessSync, constants, statfsSync } from "node:fs";
import { userInfo } from "node:os";
import path from "node:path";
import { listBackups } from "../backups/backup-files";

/** The embedded database's data folder cannot be used as it is; the message says what to do. */
export class DataFolderError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "DataFolderError";
  }
}

export type AccessCheck = (file: string, mode: number) => void;

const RUNBOOK = "docs/runbooks/embedded-data-folder.md";

function currentUser(): string {
  try {
    return userInfo().username;
  } catch {
    return `uid ${process.getuid?.() ?? "unknown"}`;
  }
}

function accessMessage(dir: string, folder: string, code: string): string {
  if (code === "EROFS") {
    return (
      `The data folder ${dir} is on a read-only file system, and the embedded database needs to ` +
      `write there. Make it writable, or point TRACKER_DATA_DIR at another folder.`
    );
  }
  const user = currentUser();
  return (
    `The data folder ${dir} cannot be read and written by the user running Tracker (${user}), ` +
    `and the embedded database needs both. Give ${user} access to it and everything in it ` +
    `(for example: chown -R ${user} ${folder}), or point TRACKER_DATA_DIR at another folder.`
  );
}

/**
 * Checks that this user can read and write the data folder and its `pgdata` before PGlite
 * opens them: PGlite itself only says "PGlite failed to initialize properly". Missing folders
 * pass (they are created next). `access` is replaceable because root passes every check.
 */
export function checkDataFolderAccess(folder: string, access: AccessCheck = accessSync): void {
  for (const dir of [folder, path.join(folder, "pgdata")]) {
    try {
      access(dir, constants.R_OK | constants.W_OK | constants.X_OK);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "";
      if (code === "ENOENT") continue;
      if (["EACCES", "EPERM", "EROFS"].includes(code)) {
        throw new DataFolderError(accessMessage(dir, folder, code), { cause: error });
      }
      throw error;
    }
  }
}

/** Opening replays the WAL, which needs room for new WAL segments (16 MB each). */
const LOW_SPACE_MIB = 64;

function freeSpaceMiB(folder: string): number | null {
  try {
    const stats = statfsSync(folder);
    return Math.floor((stats.bavail * stats.bsize) / 2 ** 20);
  } catch {
    return null;
  }
}

/**
 * What to say when PGlite fails to open a data folder it may read and write: a full disk, or
 * else damaged files (PGlite says only "Aborted()" or "PGlite failed to initialize properly").
 * The way back from damage is the newest backup on a new folder.
 */
export async function openFailureError(folder: string, cause: unknown) {
  const pgdata = path.join(folder, "pgdata");
  const freeMiB = freeSpaceMiB(folder);
  if (freeMiB !== null && freeMiB < LOW_SPACE_MIB) {
    return new DataFolderError(
      `The embedded database in ${pgdata} could not be opened: the disk holding it is full ` +
        `(${freeMiB} MB free). Free some space on it and start Tracker again.`,
      { cause },
    );
  }
  const backups = path.join(folder, "backups");
  const [newest] = await listBackups(backups).catch(() => []);
  const restore = newest
    ? `then restore the newest backup: npm run restore -- ${path.join(backups, newest.name)}`
    : `then restore a backup of yours (none was found in ${backups}) with npm run restore -- FILE`;
  return new DataFolderError(
    `The embedded database in ${pgdata} could not be opened: its files are damaged or ` +
      `incomplete. Stop Tracker, move ${pgdata} aside (keep it, do not delete it), ${restore}, ` +
      `and start Tracker again. See ${RUNBOOK}.`,
    { cause },
  );
}
