/**
 * `npm run restore -- FILE`: replaces everything in the database with an export or backup
 * file (a replace import, all or nothing), after taking a backup of what is there now.
 */
import { readFile } from "node:fs/promises";
import { DataSource } from "typeorm";
import { localBackupDir, takeBackup } from "../src/server/backups/local-backups";
import { dataSourceOptions } from "../src/server/db/options";
import { migrateDatabase } from "../src/server/db/migrate";
import { UserError } from "../src/server/http/user-error";
import { importData } from "../src/server/services/data/import";
import { RejectedRowsError } from "../src/server/services/data/parse-document";
import { loadScriptConfig, runMain } from "./lib/env";
import { openLocalDatabase } from "./lib/local-database";

runMain(async () => {
  const file = process.argv[2];
  if (!file) throw new Error("Name the file to restore: npm run restore -- path/to/backup.json");
  const text = await readFile(file, "utf8");
  const config = loadScriptConfig();
  const database = await openLocalDatabase(config);
  try {
    await migrateDatabase(database.target);
    const db = new DataSource(dataSourceOptions(database.target));
    await db.initialize();
    try {
      const dir = localBackupDir(config);
      if (dir)
        console.log(
          `Backup of the current data: ${(await takeBackup(db, dir, "pre-import", new Date())).name}`,
        );
      const report = await importData(
        db,
        text,
        {
          mode: "replace",
          onProgress: ({ done, total }) => process.stderr.write(`\r${done}/${total} rows`),
        },
        new Date(),
      );
      process.stderr.write("\n");
      console.table(report.entities);
      console.log(`Restored ${report.rowCount} rows from ${file} into ${database.description}.`);
    } catch (error) {
      if (error instanceof RejectedRowsError) {
        for (const row of error.rejected)
          console.error(`${row.entity} ${row.key ?? row.index}: ${row.reason}`);
      }
      if (error instanceof UserError) throw new Error(error.message);
      throw error;
    } finally {
      await db.destroy();
    }
  } finally {
    await database.close();
  }
});
