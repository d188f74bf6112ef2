/**
 * Run as a script (outside jest, whose VM cannot load PGlite): opens an embedded data folder
 * while no app runs. `seed <dir> <password>`: migrates, creates the owner and one daily task.
 * `completions <dir>`: prints each stored completion's request id with how often it is there.
 */
import { DataSource } from "typeorm";
import { startEmbeddedPostgres } from "../../src/server/db/embedded";
import { migrateDatabase } from "../../src/server/db/migrate";
import { dataSourceOptions } from "../../src/server/db/options";
import { createOwner } from "../../src/server/services/owner-store";

async function main(): Promise<void> {
  const [command, dataDir, password] = process.argv.slice(2);
  if (!dataDir) throw new Error("usage: seed|completions <dataDir> [password]");
  const embedded = await startEmbeddedPostgres(dataDir);
  const target = { kind: "postgres" as const, url: embedded.url, poolSize: 1 };
  try {
    if (command === "seed") await migrateDatabase(target);
    const db = new DataSource(dataSourceOptions(target));
    await db.initialize();
    try {
      if (command === "seed") {
        await createOwner(db, password ?? "");
        await db.query(
          `INSERT INTO tasks (title, period, target_count, sort_order) VALUES ('Water', 'daily', 1000, 0)`,
        );
      } else {
        const rows = await db.query<Array<{ id: string; n: number }>>(
          `SELECT client_request_id AS id, count(*)::int AS n FROM completions GROUP BY 1`,
        );
        process.stdout.write(JSON.stringify(rows));
      }
    } finally {
      await db.destroy();
    }
  } finally {
    await embedded.stop();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
