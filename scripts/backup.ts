/**
 * `npm run backup`: writes a backup of everything now into `$TRACKER_DATA_DIR/backups/`
 * (or to `--out FILE`), the same JSON document Settings > Data downloads.
 */
import { writeFile } from "node:fs/promises";
import { DataSource } from "typeorm";
import { exportJson, localBackupDir, takeBackup } from "../src/server/backups/local-backups";
import { dataSourceOptions } from "../src/server/db/options";
import { migrateDatabase } from "../src/server/db/migrate";
import { loadScriptConfig, runMain } from "./lib/env";
import { openLocalDatabase } from "./lib/local-database";

runMain(async () => {
  const config = loadScriptConfig();
  const outIndex = process.argv.indexOf("--out");
  const out = outIndex > 0 ? process.argv[outIndex + 1] : undefined;
  const dir = localBackupDir(config);
  if (!out && !dir)
    throw new Error("On the Data API there is no local backup folder: pass --out FILE.");
  const database = await openLocalDatabase(config);
  try {
    await migrateDatabase(database.target);
    const db = new DataSource(dataSourceOptions(database.target));
    await db.initialize();
    try {
      if (out) {
        const text = await exportJson(db, new Date());
        await writeFile(out, text, { mode: 0o600 });
        console.log(
          `Wrote ${out} (${Buffer.byteLength(text)} bytes) from ${database.description}.`,
        );
      } else if (dir) {
        const { name, sizeBytes } = await takeBackup(db, dir, "manual", new Date());
        console.log(`Wrote ${dir}/${name} (${sizeBytes} bytes) from ${database.description}.`);
      }
    } finally {
      await db.destroy();
    }
  } finally {
    await database.close();
  }
});
