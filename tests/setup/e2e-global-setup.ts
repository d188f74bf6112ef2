import { existsSync } from "node:fs";
import { ensureProductionBuild } from "../../scripts/lib/build";
import postgresSetup from "./global-setup";

/** The browser and HTTP tests need PostgreSQL, Chromium and one production build. */
export default async function e2eGlobalSetup() {
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(chromium)) {
    throw new Error(
      `Chromium not found at ${chromium}. Install Debian's chromium or run \`bash .ci/run\`.`,
    );
  }
  await postgresSetup();
  ensureProductionBuild(process.cwd());
}
