import bcrypt from "bcryptjs";

const BCRYPT_COST = 12;

/**
 * A bcrypt hash of a random, forgotten password at the same cost as real ones. Login compares
 * against it when no owner exists, so the answer takes as long as a wrong password would and
 * its timing does not tell whether the app has been set up.
 */
export const DUMMY_PASSWORD_HASH = "$2b$12$FG7GQCuJJgcCii.CZtbnKeBVZl9HMFGW2paYybsCt23CiImSjpi22";

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}
