import { randomBytes } from "node:crypto";
import pg from "pg";
import type { DataSource } from "typeorm";
import { migrateDatabase } from "@/server/db/migrate";
import { destroySharedDataSource } from "@/server/db/shared-data-source";
import type { DatabaseTarget } from "@/server/db/target";
import { startDataApiStandIn } from "./data-api/server";
import { startPgliteChild } from "./pglite-child";

export type TestDatabaseKind = "postgres" | "pglite" | "dataapi";

/** Dummy ARNs: the stand-in only checks that requests carry the ones it was given. */
export const TEST_DATA_API = {
  resourceArn: "arn:aws:rds:us-east-1:123456789012:cluster:tracker-test",
  secretArn: "arn:aws:secretsmanager:us-east-1:123456789012:secret:tracker-test-AbCdEf",
  region: "us-east-1",
} as const;

export interface TestDatabase {
  kind: TestDatabaseKind;
  target: DatabaseTarget;
  /** The app's own DataSource (getDataSource()), configured for this database. */
  db: DataSource;
  /** Empties every table, keeping the schema. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

export function testDatabaseKind(): TestDatabaseKind {
  const kind = process.env.TEST_DB;
  if (kind !== "postgres" && kind !== "pglite" && kind !== "dataapi") {
    throw new Error(`TEST_DB must be postgres, pglite or dataapi (got ${String(kind)})`);
  }
  return kind;
}

/** A fresh, empty database on the test PostgreSQL server (started by the global setup). */
async function createPostgresDatabase() {
  const adminUrl = process.env.TEST_PG_URL;
  if (!adminUrl) throw new Error("TEST_PG_URL is not set: the PostgreSQL global setup did not run");
  const name = `tracker_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client(adminUrl);
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const urlOf = (database: string) => adminUrl.replace(/\/postgres\?/, `/${database}?`);
  return {
    name,
    url: urlOf(name),
    urlOf,
    drop: async () => {
      const client = new pg.Client(adminUrl);
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/**
 * A fresh, empty database: on real PostgreSQL, on PGlite, or on real PostgreSQL behind the
 * local Data API stand-in (the app then reaches it as Aurora, through HTTP).
 */
export async function createBareDatabase(
  kind = testDatabaseKind(),
): Promise<{ target: DatabaseTarget; drop: () => Promise<void> }> {
  if (kind === "pglite") {
    const embedded = await startPgliteChild();
    const target: DatabaseTarget = { kind: "postgres", url: embedded.url, poolSize: 1 };
    return { target, drop: () => embedded.stop() };
  }
  const database = await createPostgresDatabase();
  if (kind === "postgres") {
    return { target: { kind: "postgres", url: database.url, poolSize: 5 }, drop: database.drop };
  }
  const standIn = await startDataApiStandIn({
    connectionString: database.urlOf,
    resourceArn: TEST_DATA_API.resourceArn,
    secretArn: TEST_DATA_API.secretArn,
    defaultDatabase: database.name,
  });
  const target: DatabaseTarget = {
    kind: "data-api",
    ...TEST_DATA_API,
    database: database.name,
    endpoint: standIn.endpoint,
  };
  return {
    target,
    drop: async () => {
      await standIn.close();
      await database.drop();
    },
  };
}

/** Points the app's configuration (read by getDataSource()) at `target`. */
function pointAppAt(target: DatabaseTarget): void {
  if (target.kind === "postgres") {
    process.env.DATABASE_URL = target.url;
    process.env.DATABASE_POOL_SIZE = String(target.poolSize);
    return;
  }
  delete process.env.DATABASE_URL;
  process.env.TRACKER_DATA_API_RESOURCE_ARN = target.resourceArn;
  process.env.TRACKER_DB_SECRET_ARN = target.secretArn;
  process.env.TRACKER_DATABASE_NAME = target.database;
  process.env.TRACKER_AWS_REGION = target.region;
  if (target.endpoint) process.env.TRACKER_DATA_API_ENDPOINT = target.endpoint;
}

export async function createTestDatabase(kind = testDatabaseKind()): Promise<TestDatabase> {
  const { target, drop } = await createBareDatabase(kind);
  await migrateDatabase(target);
  pointAppAt(target);
  const { getDataSource } = await import("@/server/db/data-source");
  const db = await getDataSource();
  return {
    kind,
    target,
    db,
    // The history version is kept: it only ever moves on (emptying tasks moves it too).
    async reset() {
      const tables: Array<{ tablename: string }> = await db.query(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public'
            AND tablename NOT IN ('typeorm_migrations', 'history_version')`,
      );
      await db.query(
        `TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`,
      );
    },
    async close() {
      await destroySharedDataSource();
      await drop();
    },
  };
}

/**
 * One test file's database: created before its tests, emptied before each one (unless
 * `resetEach` is false), closed after them. Read its fields inside tests and hooks.
 */
export function databaseForThisFile(options: { resetEach?: boolean } = {}): TestDatabase {
  let current: TestDatabase | undefined;
  const ready = (): TestDatabase => {
    if (!current) throw new Error("The test database exists only inside tests and hooks");
    return current;
  };
  // Opening PGlite and migrating takes seconds, far more on a machine busy with other suites.
  beforeAll(async () => {
    current = await createTestDatabase();
  }, 120_000);
  afterAll(() => current?.close());
  if (options.resetEach !== false) beforeEach(() => ready().reset());
  return {
    get kind() {
      return ready().kind;
    },
    get target() {
      return ready().target;
    },
    get db() {
      return ready().db;
    },
    reset: () => ready().reset(),
    close: () => ready().close(),
  };
}
