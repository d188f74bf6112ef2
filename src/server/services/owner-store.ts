import { DUMMY_PASSWORD_HASH, hashPassword, verifyPassword } from "../auth/password";
import { UserEntity, type UserRow } from "../db/entities";
import { column, entityRowSchema, selectRow, type Db } from "../db/rows";

/** The `users` rows this module selects by SQL (the rest go through the repository). */
const ownerRowSchema = entityRowSchema<UserRow>()({
  id: column.id,
  sessionVersion: column.integer,
});
const versionRowSchema = ownerRowSchema.pick({ sessionVersion: true });

/**
 * The single owner's account. Plain functions over a DataSource (no `server-only`), so the
 * operator scripts use exactly the same rules as the app.
 */
export class OwnerAlreadyExistsError extends Error {
  constructor() {
    super("The owner account already exists. Sign in instead.");
    this.name = "OwnerAlreadyExistsError";
  }
}

export async function ownerExists(db: Db): Promise<boolean> {
  return (await db.getRepository(UserEntity).count()) > 0;
}

export async function getOwner(db: Db) {
  return db.getRepository(UserEntity).findOne({ where: {}, order: { id: "ASC" } });
}

export async function createOwner(db: Db, password: string) {
  const passwordHash = await hashPassword(password);
  const row = await selectRow(
    db,
    ownerRowSchema,
    `WITH created AS (
       INSERT INTO users (password_hash) VALUES ($1::text)
       ON CONFLICT ON CONSTRAINT users_single_owner DO NOTHING
       RETURNING id, session_version
     ) SELECT id::text AS id, session_version AS "sessionVersion" FROM created`,
    [passwordHash],
  );
  if (!row) throw new OwnerAlreadyExistsError();
  return row;
}

/**
 * Checks the password; returns the owner's id and session version when it matches. Without an
 * owner it still runs one bcrypt compare, so the time taken does not reveal that none exists.
 */
export async function authenticateOwner(db: Db, password: string) {
  const owner = await getOwner(db);
  if (!owner) {
    await verifyPassword(password, DUMMY_PASSWORD_HASH);
    return null;
  }
  const matches = await verifyPassword(password, owner.passwordHash);
  return matches ? { id: owner.id, sessionVersion: owner.sessionVersion } : null;
}

/** Sets a new password and bumps the session version, which signs out every session. */
export async function setOwnerPassword(db: Db, password: string): Promise<number> {
  const passwordHash = await hashPassword(password);
  const row = await selectRow(
    db,
    versionRowSchema,
    `WITH updated AS (
       UPDATE users SET password_hash = $1::text, session_version = session_version + 1
       RETURNING session_version
     ) SELECT session_version AS "sessionVersion" FROM updated`,
    [passwordHash],
  );
  if (!row) throw new Error("There is no owner account yet: open the setup link first.");
  return row.sessionVersion;
}

/**
 * Signing out: ends every session of the owner (one version for all devices), but only when
 * the signing-out cookie is still current, so a stale cookie cannot sign the others out.
 */
export async function revokeOwnerSessions(
  db: Db,
  input: { ownerId: string; sessionVersion: number },
): Promise<boolean> {
  const row = await selectRow(
    db,
    versionRowSchema,
    `WITH bumped AS (
       UPDATE users SET session_version = session_version + 1
        WHERE id = $1::bigint AND session_version = $2::int
       RETURNING session_version
     ) SELECT session_version AS "sessionVersion" FROM bumped`,
    [input.ownerId, input.sessionVersion],
  );
  return row !== null;
}

export async function getSessionVersion(db: Db, ownerId: string): Promise<number | null> {
  const row = await selectRow(
    db,
    versionRowSchema,
    `SELECT session_version AS "sessionVersion" FROM users WHERE id = $1::bigint`,
    [ownerId],
  );
  return row?.sessionVersion ?? null;
}
