/**
 * A paused Aurora Serverless v2 writer answers the first Data API calls with
 * DatabaseResumingException while it wakes up (about 15 to 30 seconds).
 */
export function isDatabaseResuming(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Object; depth += 1) {
    const { name, message } = current as { name?: unknown; message?: unknown };
    if (name === "DatabaseResumingException") return true;
    if (typeof message === "string" && message.includes("DatabaseResumingException")) return true;
    const next = current as { cause?: unknown; driverError?: unknown; originalError?: unknown };
    current = next.driverError ?? next.cause ?? next.originalError;
  }
  return false;
}

export interface RetryOptions {
  readonly attempts: number;
  readonly delayMs: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `task`, retrying only while the database is resuming; any other error is thrown at once. */
export async function retryWhileResuming<T>(
  task: () => Promise<T>,
  options: RetryOptions,
): Promise<T> {
  const sleep = options.sleep ?? defaultSleep;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await task();
    } catch (error) {
      if (attempt >= options.attempts || !isDatabaseResuming(error)) throw error;
      await sleep(options.delayMs);
    }
  }
}
