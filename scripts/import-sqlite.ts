/**
 * `npm run import:sqlite -- path/to/tracker.db` — the one-time migration from the old app's
 * SQLite file into the configured database (embedded PGlite, DATABASE_URL or the Data API).
 * Applies pending migrations first; exits non-zero when the file cannot be read or a check
 * after the import fails.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { LegacyFileError } from "../src/server/legacy/errors";
import { importLegacyDatabase, readLegacyFile } from "../src/server/legacy/import";
import { progressPrinter, reportText } from "../src/server/legacy/report-text";
import { localBackupDir, takeBackup } from "../src/server/backups/local-backups";
import { ownerExists } from "../src/server/services/owner-store";
import { loadScriptConfig, runMain } from "./lib/env";
import { withScriptDatabase } from "./lib/script-database";

async function readFileBytes(file: string | undefined): Promise<Uint8Array> {
  if (!file) throw new Error("Name the old file: npm run import:sqlite -- path/to/tracker.db");
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "there is no such file" : `it cannot be read (${code})`;
    throw new LegacyFileError(`Cannot import ${path.resolve(file)}: ${reason}.`);
  }
}

runMain(async () => {
  const bytes = await readFileBytes(process.argv[2]);
  // The whole file is checked before any database is opened or migrated.
  await readLegacyFile(bytes);
  const config = loadScriptConfig();
  await withScriptDatabase(config, async (db, description) => {
    const dir = localBackupDir(config);
    if (dir && (await ownerExists(db))) {
      const { name } = await takeBackup(db, dir, "pre-import", new Date());
      console.error(`Backup of the data before the import: ${name}`);
    }
    console.error(`Importing into ${description} …`);
    const report = await importLegacyDatabase(db, bytes, {
      onProgress: progressPrinter((line) => console.error(line)),
    });
    console.log(reportText(report));
    const failed = report.checks.filter((check) => !check.ok);
    if (failed.length) {
      console.error(`${failed.length} check(s) failed after the import; see the table above.`);
      process.exitCode = 1;
    }
  });
});
