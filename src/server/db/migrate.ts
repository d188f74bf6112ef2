import { DataSource } from "typeorm";
import { dataSourceOptions } from "./options";
import type { DatabaseTarget } from "./target";

/** Applies every pending migration, each in its own transaction; returns the names applied. */
export async function migrateDatabase(target: DatabaseTarget): Promise<{ applied: string[] }> {
  const dataSource = new DataSource(dataSourceOptions(target));
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: "each" });
    return { applied: applied.map((migration) => migration.name) };
  } finally {
    await dataSource.destroy();
  }
}

/** Reverts the most recent migration (for `npm run db:revert`). */
export async function revertLastMigration(target: DatabaseTarget): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions(target));
  await dataSource.initialize();
  try {
    await dataSource.undoLastMigration({ transaction: "each" });
  } finally {
    await dataSource.destroy();
  }
}
