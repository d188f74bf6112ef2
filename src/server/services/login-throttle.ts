import type { DataSource } from "typeorm";

export const LOGIN_FAILURE_LIMIT = 5;
export const LOGIN_WINDOW_MINUTES = 15;

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Whether a client may try to log in: at most 5 failures in the last 15 minutes. */
export async function checkLoginThrottle(
  db: DataSource,
  clientKey: string,
): Promise<ThrottleVerdict> {
  const rows: Array<{ failures: string; retry_after: number | null }> = await db.query(
    `SELECT count(*) AS failures,
            ceil(extract(epoch FROM (min(attempted_at) + make_interval(mins => $2::int)) - now()))::int
              AS retry_after
       FROM (SELECT attempted_at FROM login_attempts
              WHERE client_key = $1 AND attempted_at > now() - make_interval(mins => $2::int)
              ORDER BY attempted_at DESC LIMIT $3) recent`,
    [clientKey, LOGIN_WINDOW_MINUTES, LOGIN_FAILURE_LIMIT],
  );
  const row = rows[0];
  if (!row || Number(row.failures) < LOGIN_FAILURE_LIMIT) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, row.retry_after ?? 1) };
}

export async function recordLoginFailure(db: DataSource, clientKey: string): Promise<void> {
  await db.query(`INSERT INTO login_attempts (client_key) VALUES ($1)`, [clientKey]);
  await db.query(
    `DELETE FROM login_attempts WHERE attempted_at < now() - make_interval(mins => $1::int)`,
    [LOGIN_WINDOW_MINUTES],
  );
}

export async function clearLoginFailures(db: DataSource, clientKey: string): Promise<void> {
  await db.query(`DELETE FROM login_attempts WHERE client_key = $1`, [clientKey]);
}
