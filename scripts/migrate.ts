/** `npm run db:migrate` applies pending migrations; `npm run db:revert` reverts the last one. */
import { migrateDatabase, revertLastMigration } from "../src/server/db/migrate";
import { backupBeforeMigrating } from "./lib/backups";
import { loadScriptConfig, runMain } from "./lib/env";
import { openLocalDatabase } from "./lib/local-database";

runMain(async () => {
  const config = loadScriptConfig();
  const database = await openLocalDatabase(config);
  try {
    if (process.argv.includes("--revert")) {
      await revertLastMigration(database.target);
      console.log(`Reverted the last migration on ${database.description}.`);
      return;
    }
    const { applied } = await migrateDatabase(database.target, backupBeforeMigrating(config));
    console.log(
      applied.length
        ? `Applied ${applied.length} migration(s) on ${database.description}: ${applied.join(", ")}`
        : `No pending migrations on ${database.description}.`,
    );
  } finally {
    await database.close();
  }
});
