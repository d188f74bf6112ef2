import path from "node:path";
import type { AppConfig } from "../config-schema";
import type { Db } from "../db/rows";
import { UserError } from "../http/user-error";
import { exportData, exportDocumentText } from "../services/data/export";
import { loadOwnerCalendar } from "../settings/owner-calendar";
import type { BackupKind } from "@/domain/backups/retention";
import { pruneBackups, writeBackup } from "./backup-files";

/**
 * Where local backups live: `$TRACKER_DATA_DIR/backups`. On AWS (the Data API) the server's
 * disk does not last, so there are none there; the cloud backup is the scheduled S3 export.
 */
export function localBackupDir(
  config: Pick<AppConfig, "TRACKER_DATA_DIR" | "TRACKER_DATA_API_RESOURCE_ARN">,
): string | null {
  if (config.TRACKER_DATA_API_RESOURCE_ARN) return null;
  return path.resolve(config.TRACKER_DATA_DIR, "backups");
}

/** The backup folder for a route that needs one: a 404 where there are no local backups. */
export function requireLocalBackupDir(
  config: Pick<AppConfig, "TRACKER_DATA_DIR" | "TRACKER_DATA_API_RESOURCE_ARN">,
): string {
  const dir = localBackupDir(config);
  if (!dir) throw new UserError("This installation keeps no local backups.", 404);
  return dir;
}

/** The whole export as the text a backup file holds. */
export async function exportJson(db: Db, now: Date): Promise<string> {
  return exportDocumentText(await exportData(db, now));
}

/** Writes a backup of `kind` now (named by the owner's day), then prunes by retention. */
export async function takeBackup(db: Db, dir: string, kind: BackupKind, now: Date) {
  const { today } = await loadOwnerCalendar(db, now);
  const written = await writeBackup({
    dir,
    kind,
    day: today,
    now,
    content: await exportJson(db, now),
  });
  await pruneBackups(dir, today, now);
  return written;
}
