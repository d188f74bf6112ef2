import "server-only";
import type { ChangePasswordInput } from "@/schemas/auth";
import { getDataSource } from "../db/data-source";
import { UserError } from "../http/user-error";
import { logger } from "../log";
import { authenticateOwner, setOwnerPassword } from "./owner-store";

/** Changes the owner's password; every existing session, this one included, is revoked. */
export async function changeOwnerPassword(input: ChangePasswordInput): Promise<void> {
  const db = await getDataSource();
  if (!(await authenticateOwner(db, input.current))) {
    throw new UserError("Your current password is not right.", 422);
  }
  await setOwnerPassword(db, input.password);
  logger.info({ event: "password_changed" }, "owner password changed; other sessions revoked");
}
