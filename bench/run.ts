/** `npm run bench`: runs every bench/*.bench.ts in turn and prints their figures. */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";

const only = process.argv[2];
for (const file of readdirSync(__dirname)
  .filter((f) => f.endsWith(".bench.ts"))
  .sort()) {
  if (only && !file.includes(only)) continue;
  console.log(`\n== ${file}`);
  const result = spawnSync(process.execPath, ["--import", "tsx", path.join(__dirname, file)], {
    stdio: "inherit",
  });
  if (result.status !== 0) process.exitCode = 1;
}
