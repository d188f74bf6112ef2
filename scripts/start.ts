/**
 * `npm start`: the whole app on one command. Opens the database (embedded PGlite unless
 * DATABASE_URL is set), applies pending migrations, builds if needed, serves Next.js, and
 * prints a one-time setup link while no owner exists. `npm run dev` does the same in dev mode.
 */
import type { Server } from "node:http";
import path from "node:path";
import { DataSource } from "typeorm";
import { migrateDatabase } from "../src/server/db/migrate";
import { dataSourceOptions } from "../src/server/db/options";
import { logger } from "../src/server/log";
import { ownerExists } from "../src/server/services/owner-store";
import { backupBeforeMigrating, startLocalBackups } from "./lib/backups";
import { ensureProductionBuild } from "./lib/build";
import { loadScriptConfig, runMain } from "./lib/env";
import { openLocalDatabase, type OpenDatabase } from "./lib/local-database";
import { localSessionSecret, newSetupToken } from "./lib/local-secrets";
import { startNextServer } from "./lib/next-server";
import { handleStopSignals } from "./lib/shutdown";

async function needsOwner(database: OpenDatabase): Promise<boolean> {
  const db = new DataSource(dataSourceOptions(database.target));
  await db.initialize();
  try {
    return !(await ownerExists(db));
  } finally {
    await db.destroy();
  }
}

runMain(async () => {
  const dev = process.argv.includes("--dev");
  Object.assign(process.env, { NODE_ENV: dev ? "development" : "production" });
  const config = loadScriptConfig(dev);
  // The logger was created at import time, before .env was read; now the level is validated.
  logger.level = config.LOG_LEVEL;
  const started = performance.now();
  // --no-build: serve the existing build as it is (the test suite builds once up front).
  if (!dev && !process.argv.includes("--no-build")) ensureProductionBuild(process.cwd());
  const buildDone = performance.now();

  const database = await openLocalDatabase(config);
  // Signals can arrive before the HTTP server exists; shutdown then skips it.
  const http: { server?: Server } = {};
  const backups: { stop?: () => Promise<void> } = {};
  handleStopSignals({
    logger,
    server: () => http.server,
    closeDatabase: async () => {
      await backups.stop?.();
      await database.close();
    },
  });

  const { applied } = await migrateDatabase(database.target, backupBeforeMigrating(config));
  if (applied.length) logger.info({ applied }, "migrations applied");

  if (database.target.kind === "postgres") {
    process.env.DATABASE_URL = database.target.url;
    process.env.DATABASE_POOL_SIZE = String(database.target.poolSize);
  }
  process.env.TRACKER_REQUEST_LOG = "server";
  process.env.NEXTAUTH_SECRET ??= localSessionSecret(path.resolve(config.TRACKER_DATA_DIR));
  const publicUrl = config.NEXTAUTH_URL ?? `http://localhost:${config.PORT}`;
  process.env.NEXTAUTH_URL = publicUrl;
  const setupNeeded = await needsOwner(database);
  if (setupNeeded) process.env.OWNER_SETUP_TOKEN ??= newSetupToken();

  http.server = await startNextServer({
    dev,
    host: config.HOST,
    port: config.PORT,
    trustedProxyHops: config.TRACKER_TRUSTED_PROXY_HOPS,
    logger,
  });
  backups.stop = (await startLocalBackups(config, database.target)).stop;
  const readyMs = Math.round(performance.now() - buildDone);
  logger.info(
    {
      url: publicUrl,
      database: database.description,
      startMs: readyMs,
      buildMs: Math.round(buildDone - started),
    },
    "Tracker is ready",
  );
  // One write, so whoever reads "Tracker is running" also has the setup link.
  let banner = `\n  Tracker is running at ${publicUrl}  (${database.description})\n`;
  if (setupNeeded) {
    const link = `${publicUrl}/setup?token=${encodeURIComponent(process.env.OWNER_SETUP_TOKEN ?? "")}`;
    banner += `\n  First run: open this link to choose your password:\n\n    ${link}\n`;
  }
  process.stdout.write(banner);
});
