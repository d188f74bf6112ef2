import "server-only";
import { changePasswordSchema, type ChangePasswordInput } from "@/schemas/auth";
import { UserError } from "../http/user-error";
import { logger } from "../log";
import { parseInput } from "./input";
import { beginAttemptUnder, clearFailuresUnder } from "./login-throttle";
import { authenticateOwner, setOwnerPassword } from "./owner-store";
import type { Db } from "../db/rows";

/** The form, and who sends it: the signed-in owner, from the client the throttle keys on. */
export type PasswordChangeRequest = ChangePasswordInput & { ownerId: string; clientKey: string };

/**
 * The throttle keys a check of the current password counts under: the client's login key, so
 * its login failures and its wrong current passwords add up to one limit, and the owner's own
 * key, so a stolen cookie gets no more guesses by switching addresses.
 */
export function passwordCheckKeys(ownerId: string, clientKey: string): string[] {
  return [clientKey, `change-password:${ownerId}`];
}

function tryAgainIn(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}

/**
 * Changes the owner's password; every existing session, this one included, is revoked.
 * Throttled like the login: after 5 wrong current passwords in 15 minutes it refuses (429),
 * even the right one, and changes nothing.
 */
export async function changeOwnerPassword(db: Db, input: PasswordChangeRequest): Promise<void> {
  const valid = parseInput(changePasswordSchema, input);
  const keys = passwordCheckKeys(input.ownerId, input.clientKey);
  const verdict = await beginAttemptUnder(db, keys);
  if (!verdict.allowed) {
    logger.warn({ event: "password_change_throttled", clientKey: input.clientKey }, "throttled");
    throw new UserError(
      `Too many wrong passwords. Nothing was changed; try again in ${tryAgainIn(verdict.retryAfterSeconds)}.`,
      429,
    );
  }
  if (!(await authenticateOwner(db, valid.current))) {
    logger.warn({ event: "password_change_failed", clientKey: input.clientKey }, "wrong password");
    throw new UserError("Your current password is not right.", 422);
  }
  await clearFailuresUnder(db, keys);
  await setOwnerPassword(db, valid.password);
  logger.info({ event: "password_changed" }, "owner password changed; other sessions revoked");
}
