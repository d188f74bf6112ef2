import type { DataSource } from "typeorm";

/** Waits until `count` statements of this database wait for a lock (a real PostgreSQL). */
export async function waitForBlockedStatements(db: DataSource, count: number): Promise<void> {
  for (let attempt = 0; attempt < 500; attempt += 1) {
    const [row] = await db.query(
      `SELECT count(*)::integer AS blocked FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    if (row.blocked >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`never saw ${count} statements waiting for a lock`);
}
