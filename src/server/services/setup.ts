import "server-only";
import { timingSafeEqual } from "node:crypto";
import type { SetupInput } from "@/schemas/auth";
import { timeZoneSchema } from "@/schemas/settings";
import { getSetupToken } from "../auth/secrets";
import { getDataSource } from "../db/data-source";
import { UserError } from "../http/user-error";
import { logger } from "../log";
import { writeSettings } from "../settings/settings-store";
import { createOwner, OwnerAlreadyExistsError, ownerExists } from "./owner-store";

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function isSetupNeeded(): Promise<boolean> {
  return !(await ownerExists(await getDataSource()));
}

/** First-run setup: the setup token proves the visitor is the operator who started the app. */
export async function setupOwner(input: SetupInput): Promise<void> {
  const expected = await getSetupToken();
  if (!expected) {
    throw new UserError("Setup is not enabled: no setup token is configured on the server.", 409);
  }
  if (!sameToken(input.token, expected)) {
    throw new UserError(
      "This setup link is not valid. Use the link printed when the app started.",
      422,
    );
  }
  const db = await getDataSource();
  try {
    await createOwner(db, input.password);
  } catch (error) {
    if (error instanceof OwnerAlreadyExistsError) throw new UserError(error.message, 409);
    throw error;
  }
  const timeZone = timeZoneSchema.safeParse(input.timeZone);
  if (timeZone.success) await writeSettings(db, { timeZone: timeZone.data });
  logger.info({ event: "owner_created" }, "owner account created");
}
