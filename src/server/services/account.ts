import "server-only";
import { changePasswordSchema, type ChangePasswordInput } from "@/schemas/auth";
import { UserError } from "../http/user-error";
import { logger } from "../log";
import { parseInput } from "./input";
import { authenticateOwner, setOwnerPassword } from "./owner-store";
import type { Db } from "../db/rows";

/** Changes the owner's password; every existing session, this one included, is revoked. */
export async function changeOwnerPassword(db: Db, input: ChangePasswordInput): Promise<void> {
  const valid = parseInput(changePasswordSchema, input);
  if (!(await authenticateOwner(db, valid.current))) {
    throw new UserError("Your current password is not right.", 422);
  }
  await setOwnerPassword(db, valid.password);
  logger.info({ event: "password_changed" }, "owner password changed; other sessions revoked");
}
