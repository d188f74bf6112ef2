import path from "node:path";
import type { AppConfig } from "../../src/server/config-schema";
import { checkDataFolderAccess } from "../../src/server/db/data-folder-access";
import { startEmbeddedPostgres } from "../../src/server/db/embedded";
import type { DatabaseTarget } from "../../src/server/db/target";
import { databaseTargetFromConfig } from "../../src/server/db/target";
import { lockDataDir } from "./data-dir-lock";

export interface OpenDatabase {
  target: DatabaseTarget;
  /** "embedded" when PGlite was started here. */
  mode: "embedded" | "external";
  description: string;
  close(): Promise<void>;
}

/**
 * The database for a local process: DATABASE_URL (or the Data API settings) when given,
 * otherwise PGlite on the data folder, locked so no second process can open it.
 */
export async function openLocalDatabase(config: AppConfig): Promise<OpenDatabase> {
  if (config.DATABASE_URL || config.TRACKER_DATA_API_RESOURCE_ARN) {
    const target = databaseTargetFromConfig(config);
    return {
      target,
      mode: "external",
      description: target.kind === "postgres" ? "PostgreSQL at DATABASE_URL" : "Aurora Data API",
      close: async () => undefined,
    };
  }
  const dataDir = path.resolve(config.TRACKER_DATA_DIR);
  // Before the lock, which writes into the folder: its error would only say EACCES.
  checkDataFolderAccess(dataDir);
  const lock = lockDataDir(dataDir);
  try {
    // A supervisor (systemd, Docker, launchd) restarts it; the new PGlite replays its WAL.
    const exit = () => {
      lock.release();
      process.exit(1);
    };
    const embedded = await startEmbeddedPostgres(dataDir, { onFailure: exit });
    return {
      // One connection: the embedded server runs one statement at a time anyway, and a single
      // connection keeps every transaction's statements together.
      target: { kind: "postgres", url: embedded.url, poolSize: 1 },
      mode: "embedded",
      description: `embedded PostgreSQL (PGlite) in ${dataDir}`,
      async close() {
        try {
          await embedded.stop();
        } finally {
          lock.release();
        }
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}
