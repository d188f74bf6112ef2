/**
 * Seeds a benchmark database through the app's own code: migrations, the owner as setup
 * creates it, and the history through the export import (so the seed follows the schema).
 */
import path from "node:path";
import { DataSource } from "typeorm";
import { takeBackup } from "../../src/server/backups/local-backups";
import { startEmbeddedPostgres } from "../../src/server/db/embedded";
import { migrateDatabase } from "../../src/server/db/migrate";
import { dataSourceOptions } from "../../src/server/db/options";
import type { DatabaseTarget } from "../../src/server/db/target";
import { exportDocumentText } from "../../src/server/services/data/export";
import { importData } from "../../src/server/services/data/import";
import { createOwner } from "../../src/server/services/owner-store";
import { benchHistory } from "../lib/history";

export const BENCH_PASSWORD = "bench-owner-password-1";

export interface SeedReport {
  days: number;
  completions: number;
  seconds: number;
}

/**
 * Seeds `target`; also writes today's daily backup into `dataDir`, as the app does 30 s after
 * it starts: a daily user's app has it already, so it does not land in the middle of a load.
 */
async function seedTarget(
  target: DatabaseTarget,
  dataDir: string,
  days: number,
  now: Date,
): Promise<SeedReport> {
  const started = performance.now();
  await migrateDatabase(target);
  const db = new DataSource(dataSourceOptions(target));
  await db.initialize();
  try {
    await createOwner(db, BENCH_PASSWORD);
    const doc = benchHistory({ days, lastDay: now.toISOString().slice(0, 10) });
    await importData(db, exportDocumentText(doc), { mode: "replace" }, now);
    await takeBackup(db, path.join(dataDir, "backups"), "daily", now);
    const seconds = (performance.now() - started) / 1000;
    return { days, completions: doc.completions.length, seconds };
  } finally {
    await db.destroy();
  }
}

export function seedPostgres(
  url: string,
  dataDir: string,
  days: number,
  now: Date,
): Promise<SeedReport> {
  return seedTarget({ kind: "postgres", url, poolSize: 1 }, dataDir, days, now);
}

/** Seeds the embedded database in `dataDir`, the folder `npm start` then opens. */
export async function seedEmbedded(dataDir: string, days: number, now: Date): Promise<SeedReport> {
  const embedded = await startEmbeddedPostgres(dataDir);
  try {
    const target = { kind: "postgres" as const, url: embedded.url, poolSize: 1 };
    return await seedTarget(target, dataDir, days, now);
  } finally {
    await embedded.stop();
  }
}
