/**
 * A paused Aurora Serverless v2 writer (personal tier, 0 ACU) answers Data API calls with
 * `DatabaseResumingException` (HTTP 400) while it wakes up, about 15 to 30 seconds. The AWS SDK
 * does not retry it (it is a client error), so the app and the migration Lambda do. Shared by
 * the app's driver (driver.ts) and amplify/functions/migrate/handler.ts.
 */
const RESUMING = "DatabaseResumingException";

/** True for the resume error itself or wrapped (QueryFailedError.driverError, `cause`). */
export function isDatabaseResuming(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Object; depth += 1) {
    const { name, message } = current as { name?: unknown; message?: unknown };
    if (name === RESUMING) return true;
    if (typeof message === "string" && message.includes(RESUMING)) return true;
    const next = current as { cause?: unknown; driverError?: unknown; originalError?: unknown };
    current = next.driverError ?? next.cause ?? next.originalError;
  }
  return false;
}

export interface BackoffOptions {
  /** Wait before the first retry. */
  readonly firstMs: number;
  /** No single wait is longer than this. */
  readonly maxMs: number;
  /** All waits together stay within this budget. */
  readonly totalMs: number;
}

/** Doubling waits from `firstMs`, capped at `maxMs`, as many as fit in `totalMs`. */
export function backoffDelays(options: BackoffOptions): number[] {
  const { firstMs, maxMs, totalMs } = options;
  if (!(firstMs > 0 && maxMs >= firstMs && totalMs >= firstMs)) {
    throw new Error(`invalid backoff ${JSON.stringify(options)}`);
  }
  const delays: number[] = [];
  let spent = 0;
  for (let next = firstMs; spent + next <= totalMs; next = Math.min(next * 2, maxMs)) {
    delays.push(next);
    spent += next;
  }
  return delays;
}

/** The app's budget: a request waits at most ~40 s for a paused database (9 attempts). */
export const APP_RESUME_DELAYS: readonly number[] = backoffDelays({
  firstMs: 500,
  maxMs: 8_000,
  totalMs: 40_000,
});

export interface RetryOptions {
  /** Waits between attempts, in order: `delaysMs.length + 1` attempts in all. */
  readonly delaysMs: readonly number[];
  readonly sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `task`, retrying only while the database is resuming (the service refused the call, so
 * nothing ran and a retry is safe); any other error, or the last resume error, is thrown.
 */
export async function retryWhileResuming<T>(
  task: () => Promise<T>,
  options: RetryOptions,
): Promise<T> {
  const sleep = options.sleep ?? defaultSleep;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await task();
    } catch (error) {
      const delay = options.delaysMs[attempt];
      if (delay === undefined || !isDatabaseResuming(error)) throw error;
      await sleep(delay);
    }
  }
}
