import { randomBytes } from "node:crypto";
import pg from "pg";
import type { DataSource } from "typeorm";
import { migrateDatabase } from "@/server/db/migrate";
import type { DatabaseTarget } from "@/server/db/target";
import { startPgliteChild } from "./pglite-child";

export type TestDatabaseKind = "postgres" | "pglite";

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
  if (kind !== "postgres" && kind !== "pglite") {
    throw new Error(`TEST_DB must be postgres or pglite (got ${String(kind)})`);
  }
  return kind;
}

/** A fresh database with every migration applied, on real PostgreSQL or on PGlite. */
export async function createBareDatabase(kind = testDatabaseKind()) {
  if (kind === "pglite") {
    const embedded = await startPgliteChild();
    const target: DatabaseTarget = { kind: "postgres", url: embedded.url, poolSize: 1 };
    return { target, drop: () => embedded.stop() };
  }
  const adminUrl = process.env.TEST_PG_URL;
  if (!adminUrl) throw new Error("TEST_PG_URL is not set: the PostgreSQL global setup did not run");
  const name = `tracker_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client(adminUrl);
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = adminUrl.replace(/\/postgres\?/, `/${name}?`);
  const target: DatabaseTarget = { kind: "postgres", url, poolSize: 5 };
  return {
    target,
    drop: async () => {
      const client = new pg.Client(adminUrl);
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export async function createTestDatabase(kind = testDatabaseKind()): Promise<TestDatabase> {
  const { target, drop } = await createBareDatabase(kind);
  await migrateDatabase(target);
  if (target.kind !== "postgres") throw new Error("unexpected target");
  process.env.DATABASE_URL = target.url;
  process.env.DATABASE_POOL_SIZE = String(target.poolSize);
  const { getDataSource } = await import("@/server/db/data-source");
  const db = await getDataSource();
  return {
    kind,
    target,
    db,
    async reset() {
      const tables: Array<{ tablename: string }> = await db.query(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'typeorm_migrations'`,
      );
      await db.query(
        `TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`,
      );
    },
    async close() {
      await db.destroy();
      (globalThis as { trackerDataSource?: unknown }).trackerDataSource = undefined;
      await drop();
    },
  };
}
