/** The error code the login route answers a throttled attempt with: when to try again. */
const THROTTLED = /^TooManyAttempts:(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z)$/;

export function throttleErrorCode(retryAt: Date): string {
  return `TooManyAttempts:${retryAt.toISOString()}`;
}

/** The retry-at instant (ms since the epoch) in a throttle error code, or null. */
export function parseRetryAt(error: string | null | undefined): number | null {
  const match = error ? THROTTLED.exec(error) : null;
  if (!match?.[1]) return null;
  const at = Date.parse(match[1]);
  return Number.isNaN(at) ? null : at;
}

/** Milliseconds left until `retryAt`, never negative. */
export function remainingMs(retryAt: number, now: number): number {
  return Math.max(0, retryAt - now);
}

/** "14:59" for what is left, rounded up to the second so it reads 0:00 only at the end. */
export function formatCountdown(ms: number): string {
  const seconds = Math.ceil(Math.max(0, ms) / 1000);
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, "0")}`;
}
