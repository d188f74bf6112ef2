/**
 * `npm run restore -- FILE`: replaces everything in the database with an export or backup
 * file (a replace import, all or nothing), after taking a backup of what is there now.
 */
import { readFile } from "node:fs/promises";
import { localBackupDir, takeBackup } from "../src/server/backups/local-backups";
import { UserError } from "../src/server/http/user-error";
import { writeImport, type ImportProgress } from "../src/server/services/data/import";
import { RejectedRowsError, parseExportDocument } from "../src/server/services/data/parse-document";
import { loadScriptConfig, runMain } from "./lib/env";
import { withScriptDatabase } from "./lib/script-database";

function checkedDocument(text: string) {
  try {
    return parseExportDocument(text);
  } catch (error) {
    if (error instanceof RejectedRowsError) {
      for (const row of error.rejected) {
        console.error(`${row.entity} ${row.key ?? row.index}: ${row.reason}`);
      }
    }
    if (error instanceof UserError) throw new Error(error.message);
    throw error;
  }
}

runMain(async () => {
  const file = process.argv[2];
  if (!file) throw new Error("Name the file to restore: npm run restore -- path/to/backup.json");
  // The whole file is checked before the database is opened: a bad file changes nothing.
  const doc = checkedDocument(await readFile(file, "utf8"));
  const config = loadScriptConfig();
  await withScriptDatabase(config, async (db, description) => {
    const dir = localBackupDir(config);
    if (dir) {
      const { name } = await takeBackup(db, dir, "pre-import", new Date());
      console.log(`Backup of the current data: ${name}`);
    }
    const onProgress = ({ done, total }: ImportProgress) =>
      process.stderr.write(`\r${done}/${total} rows`);
    const report = await writeImport(db, doc, { mode: "replace", onProgress }, new Date());
    process.stderr.write("\n");
    console.table(report.entities);
    console.log(`Restored ${report.rowCount} rows from ${file} into ${description}.`);
  });
});
