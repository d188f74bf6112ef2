import { DataSource } from "typeorm";
import { startDailyBackups } from "../../src/server/backups/daily-backup";
import { exportJson, localBackupDir, takeBackup } from "../../src/server/backups/local-backups";
import type { AppConfig } from "../../src/server/config-schema";
import { dataSourceOptions } from "../../src/server/db/options";
import type { DatabaseTarget } from "../../src/server/db/target";
import { logger } from "../../src/server/log";
import type { MigrateOptions } from "../../src/server/db/migrate";
import { loadOwnerCalendar } from "../../src/server/settings/owner-calendar";

/** Before pending migrations change the schema, the data as it is goes into a backup. */
export function backupBeforeMigrating(config: AppConfig): MigrateOptions {
  const dir = localBackupDir(config);
  if (!dir) return {};
  return {
    beforeMigrating: async (db: DataSource) => {
      const { name } = await takeBackup(db, dir, "pre-migration", new Date());
      logger.info({ backup: name }, "backup written before migrating");
    },
  };
}

/** The running app's daily backup (local installs): checked hourly, one per owner day. */
export async function startLocalBackups(config: AppConfig, target: DatabaseTarget) {
  const dir = localBackupDir(config);
  if (!dir) return { stop: async () => undefined };
  const db = new DataSource(dataSourceOptions(target));
  await db.initialize();
  const schedule = startDailyBackups({
    dir,
    today: async () => (await loadOwnerCalendar(db, new Date())).today,
    exportJson: () => exportJson(db, new Date()),
    logger,
  });
  return {
    async stop() {
      await schedule.stop();
      await db.destroy();
    },
  };
}
