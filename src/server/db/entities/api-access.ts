import { EntitySchema } from "typeorm";

/** A personal API token: only its SHA-256 is kept; the token itself is shown once. */
export interface ApiTokenRow {
  id: string;
  name: string;
  tokenHash: string;
  /** The token's first characters, so the owner can tell tokens apart. */
  tokenHint: string;
  scope: "read" | "write";
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export const ApiTokenEntity = new EntitySchema<ApiTokenRow>({
  name: "ApiToken",
  tableName: "api_tokens",
  columns: {
    id: { type: "bigint", primary: true, generated: "increment" },
    name: { type: "text" },
    tokenHash: { name: "token_hash", type: "text" },
    tokenHint: { name: "token_hint", type: "text" },
    scope: { type: "text" },
    createdAt: { name: "created_at", type: "timestamptz", createDate: true },
    expiresAt: { name: "expires_at", type: "timestamptz", nullable: true },
    lastUsedAt: { name: "last_used_at", type: "timestamptz", nullable: true },
    revokedAt: { name: "revoked_at", type: "timestamptz", nullable: true },
  },
  indices: [{ name: "api_tokens_hash_idx", columns: ["tokenHash"], unique: true }],
  checks: [
    { name: "api_tokens_name_length", expression: "char_length(name) BETWEEN 1 AND 60" },
    { name: "api_tokens_scope_known", expression: "scope IN ('read', 'write')" },
  ],
});

/** Requests of one token in one minute: the rate limit every server instance shares. */
export interface ApiRateWindowRow {
  tokenId: string;
  windowStart: Date;
  requests: number;
}

export const ApiRateWindowEntity = new EntitySchema<ApiRateWindowRow>({
  name: "ApiRateWindow",
  tableName: "api_rate_windows",
  columns: {
    tokenId: { name: "token_id", type: "bigint", primary: true },
    windowStart: { name: "window_start", type: "timestamptz", primary: true },
    requests: { type: "integer" },
  },
});

/** The answer to a write sent with an Idempotency-Key (status null: still running). */
export interface IdempotencyKeyRow {
  principal: string;
  idempotencyKey: string;
  fingerprint: string;
  status: number | null;
  response: string | null;
  createdAt: Date;
}

export const IdempotencyKeyEntity = new EntitySchema<IdempotencyKeyRow>({
  name: "IdempotencyKey",
  tableName: "idempotency_keys",
  columns: {
    principal: { type: "text", primary: true },
    idempotencyKey: { name: "idempotency_key", type: "text", primary: true },
    fingerprint: { type: "text" },
    status: { type: "integer", nullable: true },
    response: { type: "text", nullable: true },
    createdAt: { name: "created_at", type: "timestamptz", createDate: true },
  },
});
