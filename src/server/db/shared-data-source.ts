import type { DataSource } from "typeorm";

/**
 * The process's one DataSource, kept on globalThis: hot reload re-imports modules, and the
 * launcher (scripts/) and Next's server bundle each load their own copy of this file.
 * No `server-only` here, so the launcher can close it on shutdown.
 */
const holder = globalThis as unknown as { trackerDataSource?: Promise<DataSource> };

/** The shared DataSource, made by `open` on first use; a failed start is forgotten. */
export function sharedDataSource(open: () => Promise<DataSource>): Promise<DataSource> {
  holder.trackerDataSource ??= open().catch((error: unknown) => {
    holder.trackerDataSource = undefined;
    throw error;
  });
  return holder.trackerDataSource;
}

/** Closes the shared DataSource, if one was opened, and forgets it. */
export async function destroySharedDataSource(): Promise<void> {
  const pending = holder.trackerDataSource;
  if (!pending) return;
  holder.trackerDataSource = undefined;
  const db = await pending.catch(() => undefined);
  if (db?.isInitialized) await db.destroy();
}
