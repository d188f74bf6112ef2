import { AsyncLocalStorage } from "node:async_hooks";
import type { Logger } from "typeorm";

/** SQL statements sent on behalf of one request (or any other unit of work). */
export interface QueryStats {
  queries: number;
}

// On globalThis: the launcher and Next's server bundle each load their own copy of this module,
// and both must see the same store.
const globalForStats = globalThis as unknown as {
  trackerQueryStats?: AsyncLocalStorage<QueryStats>;
};
const storage = (globalForStats.trackerQueryStats ??= new AsyncLocalStorage<QueryStats>());

/** Runs `work` with every statement it sends (through the app's DataSource) counted in `stats`. */
export function withQueryStats<T>(stats: QueryStats, work: () => T): T {
  return storage.run(stats, work);
}

/** Counts one statement for the current unit of work, if one is being counted. */
export function noteQuery(): void {
  const stats = storage.getStore();
  if (stats) stats.queries += 1;
}

/** TypeORM reports each statement to its logger: this one only counts them. */
export class QueryCountingLogger implements Logger {
  logQuery(): void {
    noteQuery();
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
