import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DataSource } from "typeorm";
import { startEmbeddedPostgres } from "../src/server/db/embedded";
import { migrateDatabase } from "../src/server/db/migrate";
import { dataSourceOptions } from "../src/server/db/options";

/** A fresh, migrated embedded PGlite in a temp folder for one benchmark, removed afterwards. */
export async function withEmbeddedDatabase(work: (db: DataSource) => Promise<void>): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "tracker-bench-"));
  const embedded = await startEmbeddedPostgres(dataDir);
  const target = { kind: "postgres" as const, url: embedded.url, poolSize: 1 };
  const db = new DataSource(dataSourceOptions(target));
  try {
    await migrateDatabase(target);
    await db.initialize();
    await work(db);
  } finally {
    if (db.isInitialized) await db.destroy();
    await embedded.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
