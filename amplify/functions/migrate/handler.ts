import { migrateDatabase } from "../../../src/server/db/migrate-entry";
import { backoffDelays, retryWhileResuming } from "../../../src/server/db/data-api/resume-retry";
import { targetFromEnvironment } from "../shared/data-api-target";

export { targetFromEnvironment, type DataApiTarget } from "../shared/data-api-target";

/**
 * Every Data API call already waits up to ~40 s for a paused database (the app's driver);
 * a resume that takes longer restarts the whole run: 5 runs, about 4 minutes at worst,
 * well inside the function's 10-minute timeout.
 */
export const MIGRATION_RESUME_DELAYS: readonly number[] = backoffDelays({
  firstMs: 5_000,
  maxMs: 20_000,
  totalMs: 60_000,
});

/**
 * Invoked by the deploy-time trigger. Throwing fails the trigger, which fails the backend
 * deployment, so a broken migration never reaches users.
 */
export async function handler(): Promise<{ applied: string[] }> {
  const target = targetFromEnvironment(process.env);
  const result = await retryWhileResuming(() => migrateDatabase(target), {
    delaysMs: MIGRATION_RESUME_DELAYS,
  });
  console.log(JSON.stringify({ msg: "migrations applied", applied: result.applied }));
  return result;
}
