import { z } from "zod";
import { column, selectRow, type Db } from "../../db/rows";

/** How long an answer is kept for a resent request. */
export const IDEMPOTENCY_KEEP_HOURS = 24;
/** A claim this old without an answer belonged to a request that died: it may be taken over. */
const ABANDONED_AFTER_SECONDS = 60;

export interface StoredAnswer {
  status: number;
  body: string;
}

export type IdempotencyClaim =
  | { kind: "claimed" }
  | { kind: "replay"; answer: StoredAnswer }
  | { kind: "in-progress" }
  | { kind: "mismatch" };

export interface IdempotencyScope {
  /** Whose key it is: a token's id, or "owner" for the session. */
  principal: string;
  key: string;
  /** Method, path and body digest: a key reused for another request is refused. */
  fingerprint: string;
}

const claimedRowSchema = z.object({ claimed: column.integer });
const keyRowSchema = z.object({
  fingerprint: column.text,
  status: column.integer.nullable(),
  response: column.text.nullable(),
  abandoned: column.boolean,
});

/**
 * Claims a key before the write runs (the primary key decides between concurrent requests),
 * or says what became of the request that claimed it first.
 */
export async function claimIdempotencyKey(
  db: Db,
  scope: IdempotencyScope,
): Promise<IdempotencyClaim> {
  await db.query(
    `DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(hours => $1::int)`,
    [IDEMPOTENCY_KEEP_HOURS],
  );
  const claim = await selectRow(
    db,
    claimedRowSchema,
    `WITH claimed AS (
       INSERT INTO idempotency_keys (principal, idempotency_key, fingerprint)
       VALUES ($1::text, $2::text, $3::text) ON CONFLICT DO NOTHING RETURNING 1)
     SELECT count(*)::int AS claimed FROM claimed`,
    [scope.principal, scope.key, scope.fingerprint],
  );
  if (claim?.claimed === 1) return { kind: "claimed" };
  const row = await selectRow(
    db,
    keyRowSchema,
    `SELECT fingerprint, status, response,
            (status IS NULL AND created_at < now() - make_interval(secs => $3::int)) AS abandoned
       FROM idempotency_keys WHERE principal = $1::text AND idempotency_key = $2::text`,
    [scope.principal, scope.key, ABANDONED_AFTER_SECONDS],
  );
  // Gone between the two statements (expired): claim it afresh.
  if (!row) return claimIdempotencyKey(db, scope);
  if (row.fingerprint !== scope.fingerprint) return { kind: "mismatch" };
  if (row.status !== null)
    return { kind: "replay", answer: { status: row.status, body: row.response ?? "" } };
  if (row.abandoned && (await takeOver(db, scope))) return { kind: "claimed" };
  return { kind: "in-progress" };
}

async function takeOver(db: Db, scope: IdempotencyScope): Promise<boolean> {
  const row = await selectRow(
    db,
    claimedRowSchema,
    `WITH taken AS (
       UPDATE idempotency_keys SET created_at = now()
        WHERE principal = $1::text AND idempotency_key = $2::text AND status IS NULL
          AND created_at < now() - make_interval(secs => $3::int)
        RETURNING 1)
     SELECT count(*)::int AS claimed FROM taken`,
    [scope.principal, scope.key, ABANDONED_AFTER_SECONDS],
  );
  return row?.claimed === 1;
}

/** Keeps the answer, so a resent request gets it again instead of writing twice. */
export async function storeIdempotentAnswer(
  db: Db,
  scope: IdempotencyScope,
  answer: StoredAnswer,
): Promise<void> {
  await db.query(
    `UPDATE idempotency_keys SET status = $3::int, response = $4::text
      WHERE principal = $1::text AND idempotency_key = $2::text`,
    [scope.principal, scope.key, answer.status, answer.body],
  );
}

/** Frees the key after a failure on the server's side, so the client's retry runs afresh. */
export async function releaseIdempotencyKey(db: Db, scope: IdempotencyScope): Promise<void> {
  await db.query(
    `DELETE FROM idempotency_keys
      WHERE principal = $1::text AND idempotency_key = $2::text AND status IS NULL`,
    [scope.principal, scope.key],
  );
}
