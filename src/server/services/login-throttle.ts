import { z } from "zod";
import type { LoginAttemptRow } from "../db/entities";
import { column, entityRowSchema, selectRow, type Db } from "../db/rows";

const attemptRowSchema = entityRowSchema<LoginAttemptRow>()({ id: column.id });
const recentRowSchema = z.object({
  earlier: column.integer,
  retryAfter: column.integer.nullable(),
});

export const LOGIN_FAILURE_LIMIT = 5;
export const LOGIN_WINDOW_MINUTES = 15;

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Records an attempt under `clientKey` and decides whether it may check a password: at most 5
 * failures in the last 15 minutes. The attempt counts as a failure until it is cleared.
 *
 * Race-free without locks or transactions, so it holds across instances and on the Data API:
 * the INSERT commits first, and the count is a later statement with a fresh snapshot. So of
 * any burst, the attempt whose row commits n-th sees at least the n-1 allowed ones before it,
 * and never more than 5 are allowed. Concurrent attempts may also see each other, so a large
 * burst can be refused entirely (it fails closed). A refused attempt deletes its own row, so
 * hammering a throttled client neither extends the wait nor grows the table.
 */
async function recordAttempt(
  db: Db,
  clientKey: string,
): Promise<{ id: string; verdict: ThrottleVerdict }> {
  const attempt = await selectRow(
    db,
    attemptRowSchema,
    `WITH attempt AS (INSERT INTO login_attempts (client_key) VALUES ($1::text) RETURNING id)
     SELECT id::text AS id FROM attempt`,
    [clientKey],
  );
  if (!attempt) throw new Error("Recording the login attempt returned no row");
  const { id } = attempt;
  const row = await selectRow(
    db,
    recentRowSchema,
    `SELECT count(*)::int AS earlier,
            ceil(extract(epoch FROM (min(attempted_at) + make_interval(mins => $2::int)) - now()))::int
              AS "retryAfter"
       FROM (SELECT attempted_at FROM login_attempts
              WHERE client_key = $1::text AND id <> $4::bigint
                AND attempted_at > now() - make_interval(mins => $2::int)
              ORDER BY attempted_at DESC LIMIT $3::int) recent`,
    [clientKey, LOGIN_WINDOW_MINUTES, LOGIN_FAILURE_LIMIT, id],
  );
  if (row && row.earlier >= LOGIN_FAILURE_LIMIT) {
    await deleteAttempt(db, id);
    return { id, verdict: { allowed: false, retryAfterSeconds: Math.max(1, row.retryAfter ?? 1) } };
  }
  await db.query(
    `DELETE FROM login_attempts WHERE attempted_at < now() - make_interval(mins => $1::int)`,
    [LOGIN_WINDOW_MINUTES],
  );
  return { id, verdict: { allowed: true } };
}

async function deleteAttempt(db: Db, id: string): Promise<void> {
  await db.query(`DELETE FROM login_attempts WHERE id = $1::bigint`, [id]);
}

/** A login: records the attempt under the client's key (see `recordAttempt`). */
export async function beginLoginAttempt(db: Db, clientKey: string): Promise<ThrottleVerdict> {
  return (await recordAttempt(db, clientKey)).verdict;
}

/**
 * One password check that counts under several keys at once (a client's and an account's):
 * allowed only if every key allows it. A refusal also removes the attempt from the keys that
 * allowed it, so a refused attempt leaves no trace under any of them.
 */
export async function beginAttemptUnder(db: Db, keys: readonly string[]): Promise<ThrottleVerdict> {
  const recorded: string[] = [];
  for (const key of keys) {
    const { id, verdict } = await recordAttempt(db, key);
    if (!verdict.allowed) {
      for (const earlier of recorded) await deleteAttempt(db, earlier);
      return verdict;
    }
    recorded.push(id);
  }
  return { allowed: true };
}

/** After a successful login: the client's earlier failures (and this attempt) are forgotten. */
export async function clearLoginFailures(db: Db, clientKey: string): Promise<void> {
  await db.query(`DELETE FROM login_attempts WHERE client_key = $1::text`, [clientKey]);
}

/** After a successful password check counted under `keys` (see `beginAttemptUnder`). */
export async function clearFailuresUnder(db: Db, keys: readonly string[]): Promise<void> {
  for (const key of keys) await clearLoginFailures(db, key);
}
