import { DataSource } from "typeorm";
import type { AppConfig } from "../../src/server/config-schema";
import { migrateDatabase } from "../../src/server/db/migrate";
import { dataSourceOptions } from "../../src/server/db/options";
import { backupBeforeMigrating } from "./backups";
import { openLocalDatabase } from "./local-database";

/**
 * For an operator command: opens the configured database (embedded, DATABASE_URL or the Data
 * API), applies pending migrations (after a backup when there is data), runs `work`, and
 * closes everything whatever happens.
 */
export async function withScriptDatabase<T>(
  config: AppConfig,
  work: (db: DataSource, description: string) => Promise<T>,
): Promise<T> {
  const database = await openLocalDatabase(config);
  try {
    const { applied } = await migrateDatabase(database.target, backupBeforeMigrating(config));
    if (applied.length) console.error(`Applied ${applied.length} migration(s).`);
    const db = new DataSource(dataSourceOptions(database.target));
    await db.initialize();
    try {
      return await work(db, database.description);
    } finally {
      await db.destroy();
    }
  } finally {
    await database.close();
  }
}
