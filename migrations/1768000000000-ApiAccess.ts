import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * What the JSON API (/api/v1) keeps: personal tokens (only their SHA-256 is stored), a request
 * count per token and minute (the rate limit, shared by every server instance), and the
 * answers to writes sent with an Idempotency-Key, so a resent request is answered, not redone.
 */
export class ApiAccess1768000000000 implements MigrationInterface {
  name = "ApiAccess1768000000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE api_tokens (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        name text NOT NULL CONSTRAINT api_tokens_name_length CHECK (char_length(name) BETWEEN 1 AND 60),
        token_hash text NOT NULL,
        token_hint text NOT NULL,
        scope text NOT NULL CONSTRAINT api_tokens_scope_known CHECK (scope IN ('read', 'write')),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz,
        last_used_at timestamptz,
        revoked_at timestamptz
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX api_tokens_hash_idx ON api_tokens (token_hash)`);
    await queryRunner.query(`
      CREATE TABLE api_rate_windows (
        token_id bigint NOT NULL,
        window_start timestamptz NOT NULL,
        requests integer NOT NULL,
        PRIMARY KEY (token_id, window_start)
      )`);
    await queryRunner.query(`
      CREATE TABLE idempotency_keys (
        principal text NOT NULL,
        idempotency_key text NOT NULL,
        fingerprint text NOT NULL,
        status integer,
        response text,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (principal, idempotency_key)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ["idempotency_keys", "api_rate_windows", "api_tokens"]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
