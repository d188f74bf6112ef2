import { startTestPostgres, type TestPostgres } from "./postgres-server";

/**
 * Starts one private PostgreSQL server for the whole run (once, however many projects ask).
 * Tests create their own databases on it; TEST_PG_URL points at its `postgres` database.
 */
declare global {
  var trackerTestPostgres: TestPostgres | undefined;
}

export default async function globalSetup() {
  if (globalThis.trackerTestPostgres) return;
  const postgres = await startTestPostgres();
  globalThis.trackerTestPostgres = postgres;
  process.env.TEST_PG_URL = postgres.url("postgres");
}
