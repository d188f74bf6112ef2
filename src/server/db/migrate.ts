import { DataSource } from "typeorm";
import { dataSourceOptions } from "./options";
import type { DatabaseTarget } from "./target";

/** The oldest PostgreSQL the app supports (README, docs/architecture.md), as server_version_num. */
export const MINIMUM_SERVER_VERSION = 130000;

export class UnsupportedServerError extends Error {
  constructor(readonly version: number) {
    super(
      `Tracker needs PostgreSQL 13 or later; this server is ${Math.floor(version / 10000)} ` +
        `(server_version_num ${version}). Upgrade it or point DATABASE_URL at a newer one.`,
    );
    this.name = "UnsupportedServerError";
  }
}

/** Refuses servers older than PostgreSQL 13 before any migration touches them. */
export async function assertSupportedServer(db: Pick<DataSource, "query">): Promise<void> {
  const rows: Array<{ version: number | string }> = await db.query(
    `SELECT current_setting('server_version_num')::int AS version`,
  );
  const version = Number(rows[0]?.version);
  if (!Number.isFinite(version)) throw new Error("Could not read the PostgreSQL server version");
  if (version < MINIMUM_SERVER_VERSION) throw new UnsupportedServerError(version);
}

/** Applies every pending migration, each in its own transaction; returns the names applied. */
export interface MigrateOptions {
  /** Runs first when migrations are pending on a database that already has a schema. */
  beforeMigrating?: (dataSource: DataSource) => Promise<void>;
}

/** True when at least one migration ran on this database before (its tables exist). */
async function hasSchema(dataSource: DataSource): Promise<boolean> {
  const rows: Array<{ name: string | null }> = await dataSource.query(
    `SELECT to_regclass('public.typeorm_migrations')::text AS name`,
  );
  return rows[0]?.name != null;
}

export async function migrateDatabase(
  target: DatabaseTarget,
  options: MigrateOptions = {},
): Promise<{ applied: string[] }> {
  const dataSource = new DataSource(dataSourceOptions(target));
  await dataSource.initialize();
  try {
    await assertSupportedServer(dataSource);
    if (
      options.beforeMigrating &&
      (await hasSchema(dataSource)) &&
      (await dataSource.showMigrations())
    ) {
      await options.beforeMigrating(dataSource);
    }
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
