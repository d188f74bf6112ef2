/**
 * `npm run backup`: writes a backup of everything now into `$TRACKER_DATA_DIR/backups/`
 * (or to `--out FILE`), the same JSON document Settings > Data downloads.
 */
import { writeFile } from "node:fs/promises";
import { exportJson, localBackupDir, takeBackup } from "../src/server/backups/local-backups";
import { loadScriptConfig, runMain } from "./lib/env";
import { withScriptDatabase } from "./lib/script-database";

runMain(async () => {
  const config = loadScriptConfig();
  const outIndex = process.argv.indexOf("--out");
  const out = outIndex > 0 ? process.argv[outIndex + 1] : undefined;
  const dir = localBackupDir(config);
  if (!out && !dir) {
    throw new Error("On the Data API there is no local backup folder: pass --out FILE.");
  }
  await withScriptDatabase(config, async (db, description) => {
    if (out) {
      const text = await exportJson(db, new Date());
      await writeFile(out, text, { mode: 0o600 });
      console.log(`Wrote ${out} (${Buffer.byteLength(text)} bytes) from ${description}.`);
    } else if (dir) {
      const { name, sizeBytes } = await takeBackup(db, dir, "manual", new Date());
      console.log(`Wrote ${dir}/${name} (${sizeBytes} bytes) from ${description}.`);
    }
  });
});
