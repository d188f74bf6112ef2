import "server-only";
import { timingSafeEqual } from "node:crypto";
import { setupSchema, type SetupInput } from "@/schemas/auth";
import { canonicalZoneName } from "@/domain/calendar/zone-names";
import { timeZoneSchema } from "@/schemas/settings";
import { getSetupToken } from "../auth/secrets";
import { UserError } from "../http/user-error";
import { logger } from "../log";
import { writeSettings } from "../settings/settings-store";
import { parseInput } from "./input";
import { createOwner, OwnerAlreadyExistsError, ownerExists } from "./owner-store";
import type { Db } from "../db/rows";

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function isSetupNeeded(db: Db): Promise<boolean> {
  return !(await ownerExists(db));
}

/** First-run setup: the setup token proves the visitor is the operator who started the app. */
export async function setupOwner(db: Db, input: SetupInput): Promise<void> {
  const valid = parseInput(setupSchema, input);
  const expected = await getSetupToken();
  if (!expected) {
    throw new UserError("Setup is not enabled: no setup token is configured on the server.", 409);
  }
  if (!sameToken(valid.token, expected)) {
    throw new UserError(
      "This setup link is not valid. Use the link printed when the app started.",
      422,
    );
  }
  try {
    await createOwner(db, valid.password);
  } catch (error) {
    if (error instanceof OwnerAlreadyExistsError) throw new UserError(error.message, 409);
    throw error;
  }
  const timeZone = timeZoneSchema.safeParse(valid.timeZone);
  if (timeZone.success) {
    await writeSettings(db, { timeZone: canonicalZoneName(timeZone.data) ?? timeZone.data });
  }
  logger.info({ event: "owner_created" }, "owner account created");
}
