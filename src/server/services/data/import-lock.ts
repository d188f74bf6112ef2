import { z } from "zod";
import { UserError } from "../../http/user-error";
import { selectRow, type Queryable } from "../../db/rows";

/**
 * One import at a time. Two replace imports interleaved (two tabs, two devices) would each miss
 * the rows the other was writing and leave a mix of both files, so a second import is refused
 * while one runs: in this process by a flag (the embedded database serves every connection
 * from one backend, where a database lock is re-entrant), across app instances by a
 * transaction-scoped advisory lock, released when the import's transaction ends.
 */
export const IMPORT_RUNNING =
  "Another import is still running. Wait for it to finish, then try again; nothing was changed.";

/** Any fixed number: the key of Tracker's import lock among PostgreSQL's advisory locks. */
const IMPORT_LOCK_KEY = 72_710_001;

const state = globalThis as unknown as { trackerImportRunning?: boolean };

/** Runs `run` as the only import of this process, or refuses with 409. */
export async function asOnlyImport<T>(run: () => Promise<T>): Promise<T> {
  if (state.trackerImportRunning) throw new UserError(IMPORT_RUNNING, 409);
  state.trackerImportRunning = true;
  try {
    return await run();
  } finally {
    state.trackerImportRunning = false;
  }
}

/** Inside the import's transaction: claims the lock for its duration, or refuses with 409. */
export async function claimImportLock(tx: Queryable): Promise<void> {
  const row = await selectRow(
    tx,
    z.object({ claimed: z.boolean() }),
    `SELECT pg_try_advisory_xact_lock($1::bigint) AS claimed`,
    [IMPORT_LOCK_KEY],
  );
  if (!row?.claimed) throw new UserError(IMPORT_RUNNING, 409);
}
