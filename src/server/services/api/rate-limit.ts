import { z } from "zod";
import { column, selectRow, type Db } from "../../db/rows";

export type RateVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const countedRowSchema = z.object({ requests: column.integer, retryAfter: column.integer });

/**
 * Counts one request of a token in the current minute (the database's clock, so every server
 * instance counts in the same window) and allows it while the minute holds at most `limit`.
 * One upsert: concurrent requests each get their own count, so a burst cannot slip past.
 */
export async function countApiRequest(
  db: Db,
  tokenId: string,
  limit: number,
): Promise<RateVerdict> {
  const row = await selectRow(
    db,
    countedRowSchema,
    `WITH counted AS (
       INSERT INTO api_rate_windows (token_id, window_start, requests)
       VALUES ($1::bigint, date_trunc('minute', now()), 1)
       ON CONFLICT (token_id, window_start)
         DO UPDATE SET requests = api_rate_windows.requests + 1
       RETURNING requests, window_start)
     SELECT requests,
            ceil(extract(epoch FROM window_start + interval '1 minute' - now()))::int AS "retryAfter"
       FROM counted`,
    [tokenId],
  );
  if (!row) throw new Error("Counting the API request returned no row");
  if (row.requests === 1) {
    // The first request of a minute clears the token's earlier minutes.
    await db.query(
      `DELETE FROM api_rate_windows
        WHERE token_id = $1::bigint AND window_start < date_trunc('minute', now())`,
      [tokenId],
    );
  }
  if (row.requests <= limit) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, row.retryAfter) };
}
