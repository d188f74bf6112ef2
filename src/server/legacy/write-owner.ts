import { z } from "zod";
import type { PlannedOwner } from "@/domain/legacy/plan";
import { column, selectRow, type Queryable } from "../db/rows";
import type { UpsertCounts } from "../db/upsert-rows";

export interface OwnerResult extends UpsertCounts {
  /** Set when the database already had an owner under another id (kept, with the old hash). */
  keptOwnerId: string | null;
}

const ownerSchema = z.object({ id: column.id, passwordHash: column.text });
const none: OwnerResult = { added: 0, updated: 0, unchanged: 0, keptOwnerId: null };

/**
 * The old owner with its bcrypt hash, so the old password keeps working. An owner already in
 * the database keeps its row (and id); only its hash is replaced, which bumps the session
 * version and signs out every session that was signed in with the other password.
 */
export async function writeOwner(db: Queryable, owner: PlannedOwner | null): Promise<OwnerResult> {
  if (!owner) return none;
  const existing = await selectRow(
    db,
    ownerSchema,
    `SELECT id::text AS id, password_hash AS "passwordHash" FROM users ORDER BY id LIMIT 1`,
  );
  if (!existing) {
    await db.query(
      `INSERT INTO users (id, password_hash, created_at) OVERRIDING SYSTEM VALUE
       VALUES ($1::bigint, $2::text, $3::timestamptz)`,
      [owner.id, owner.passwordHash, owner.createdAt.toISOString()],
    );
    return { ...none, added: 1 };
  }
  const keptOwnerId = existing.id === String(owner.id) ? null : existing.id;
  if (existing.passwordHash === owner.passwordHash) return { ...none, unchanged: 1, keptOwnerId };
  await db.query(
    `UPDATE users SET password_hash = $1::text, session_version = session_version + 1
      WHERE id = $2::bigint`,
    [owner.passwordHash, existing.id],
  );
  return { ...none, updated: 1, keptOwnerId };
}
