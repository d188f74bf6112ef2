import "server-only";
import { cache } from "react";
import { getDataSource } from "./db/data-source";
import type { Db } from "./db/rows";

/** What every service call of one request shares: the database handle and one instant. */
export interface RequestScope {
  db: Db;
  now: Date;
}

/**
 * One scope per request (React `cache`): every page, layout and action of a request sees the
 * same `now`, so the owner calendar is read once and "today" cannot change halfway through.
 */
export const getRequestScope = cache(async (): Promise<RequestScope> => ({
  db: await getDataSource(),
  now: new Date(),
}));
