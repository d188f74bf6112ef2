import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import {
  API_TOKEN_SCOPES,
  apiTokenIdSchema,
  createApiTokenSchema,
  type ApiTokenScope,
  type ApiTokenSummary,
  type CreateApiTokenInput,
} from "@/schemas/api-token";
import type { ApiTokenRow } from "../../db/entities";
import { column, entityRowSchema, selectRow, selectRows, utcInstant, type Db } from "../../db/rows";
import { UserError } from "../../http/user-error";
import { parseInput } from "../input";

/** Every token starts so, which lets secret scanners and people recognise one. */
export const API_TOKEN_PREFIX = "trk_";
const TOKEN_PATTERN = /^trk_[A-Za-z0-9_-]{43}$/;

/**
 * A token is 32 random bytes, so a plain SHA-256 is enough to store it: nothing can be guessed
 * from the hash, and checking it costs no bcrypt round on every request.
 */
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

const summaryRowSchema = entityRowSchema<ApiTokenRow>()({
  id: column.id,
  name: column.text,
  tokenHint: column.text,
  scope: z.enum(API_TOKEN_SCOPES),
  createdAt: column.instant,
  expiresAt: column.instant.nullable(),
  lastUsedAt: column.instant.nullable(),
}).extend({ expired: column.boolean });

const SUMMARY_COLUMNS = `id::text AS id, name, token_hint AS "tokenHint", scope,
  ${utcInstant("created_at")} AS "createdAt", ${utcInstant("expires_at")} AS "expiresAt",
  ${utcInstant("last_used_at")} AS "lastUsedAt",
  (expires_at IS NOT NULL AND expires_at <= $1::timestamptz) AS expired`;

function toSummary(row: z.infer<typeof summaryRowSchema>): ApiTokenSummary {
  const { tokenHint, ...rest } = row;
  return { ...rest, hint: tokenHint };
}

/** Creates a token: the answer holds the token itself, which is never readable again. */
export async function createApiToken(
  db: Db,
  input: CreateApiTokenInput,
  now: Date,
): Promise<{ token: string; summary: ApiTokenSummary }> {
  const valid = parseInput(createApiTokenSchema, input);
  const token = API_TOKEN_PREFIX + randomBytes(32).toString("base64url");
  const expiresAt =
    valid.expiresInDays === "never"
      ? null
      : new Date(now.getTime() + Number(valid.expiresInDays) * 86_400_000).toISOString();
  const row = await selectRow(
    db,
    summaryRowSchema,
    `WITH created AS (
       INSERT INTO api_tokens (name, token_hash, token_hint, scope, created_at, expires_at)
       VALUES ($2::text, $3::text, $4::text, $5::text, $1::timestamptz, $6::timestamptz)
       RETURNING *)
     SELECT ${SUMMARY_COLUMNS} FROM created`,
    [now.toISOString(), valid.name, hashApiToken(token), token.slice(0, 8), valid.scope, expiresAt],
  );
  if (!row) throw new Error("Creating the API token returned no row");
  return { token, summary: toSummary(row) };
}

/** The tokens not revoked, newest first. */
export async function listApiTokens(db: Db, now: Date): Promise<ApiTokenSummary[]> {
  const rows = await selectRows(
    db,
    summaryRowSchema,
    `SELECT ${SUMMARY_COLUMNS} FROM api_tokens WHERE revoked_at IS NULL ORDER BY id DESC`,
    [now.toISOString()],
  );
  return rows.map(toSummary);
}

/** Revokes a token at once: its next request is refused, on every server instance. */
export async function revokeApiToken(db: Db, input: { id: string }, now: Date): Promise<void> {
  const id = parseInput(apiTokenIdSchema, input.id);
  const rows: unknown = await db.query(
    `UPDATE api_tokens SET revoked_at = $2::timestamptz
      WHERE id = $1::bigint AND revoked_at IS NULL RETURNING id`,
    [id, now.toISOString()],
  );
  if (!Array.isArray(rows) || rows.length === 0) {
    throw new UserError("This token does not exist or was revoked already.", 404);
  }
}

export type TokenCheck =
  { ok: true; tokenId: string; scope: ApiTokenScope } | { ok: false; message: string };

const usedRowSchema = z.object({ id: column.id, scope: z.enum(API_TOKEN_SCOPES) });
const stateRowSchema = z.object({ revoked: column.boolean });

/**
 * The token a request presents, checked and marked as used in one statement; refused with the
 * reason when it is unknown, revoked or expired.
 */
export async function checkApiToken(db: Db, token: string, now: Date): Promise<TokenCheck> {
  if (!TOKEN_PATTERN.test(token)) return { ok: false, message: "This API token is not valid." };
  const hash = hashApiToken(token);
  const used = await selectRow(
    db,
    usedRowSchema,
    `WITH used AS (
       UPDATE api_tokens SET last_used_at = $2::timestamptz
        WHERE token_hash = $1::text AND revoked_at IS NULL
          AND (expires_at IS NULL OR expires_at > $2::timestamptz)
        RETURNING id, scope)
     SELECT id::text AS id, scope FROM used`,
    [hash, now.toISOString()],
  );
  if (used) return { ok: true, tokenId: used.id, scope: used.scope };
  const state = await selectRow(
    db,
    stateRowSchema,
    `SELECT revoked_at IS NOT NULL AS revoked FROM api_tokens WHERE token_hash = $1::text`,
    [hash],
  );
  if (!state) return { ok: false, message: "This API token is not valid." };
  return {
    ok: false,
    message: state.revoked
      ? "This API token was revoked. Create a new one in Settings."
      : "This API token has expired. Create a new one in Settings.",
  };
}
