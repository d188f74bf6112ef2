/**
 * `npm run bench`: runs every bench/*.bench.ts in turn and prints their figures
 * (`npm run bench -- pages` runs the ones whose name holds "pages"). The react-server condition
 * lets benchmarks import the app's server modules (they are marked `server-only`).
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";

const only = process.argv[2];
for (const file of readdirSync(__dirname)
  .filter((f) => f.endsWith(".bench.ts"))
  .sort()) {
  if (only && !file.includes(only)) continue;
  console.log(`\n== ${file}`);
  const result = spawnSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", path.join(__dirname, file)],
    {
      stdio: "inherit",
    },
  );
  if (result.status !== 0) process.exitCode = 1;
}
