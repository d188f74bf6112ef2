"use server";

import { revalidatePath } from "next/cache";
import { createApiTokenSchema, revokeApiTokenSchema } from "@/schemas/api-token";
import { ownerAction, ownerFormAction } from "@/server/http/owner-action";
import { createApiToken, revokeApiToken } from "@/server/services/api/api-tokens";

/** Only Settings lists the tokens, so only its page is rendered again. */
const SETTINGS_PATH = "/settings";

/** Settings > API tokens > Create: the answer carries the token, shown this once. */
export const createApiTokenAction = ownerFormAction(
  "createApiToken",
  createApiTokenSchema,
  async (input, { db, now }) => {
    const { token, summary } = await createApiToken(db, input, now);
    revalidatePath(SETTINGS_PATH);
    return { ok: true, message: `Token “${summary.name}” created.`, secret: token };
  },
);

/** Settings > API tokens > Revoke: the token's next request is refused. */
export const revokeApiTokenAction = ownerAction(
  "revokeApiToken",
  revokeApiTokenSchema,
  async (input, { db, now }) => {
    await revokeApiToken(db, input, now);
    revalidatePath(SETTINGS_PATH);
  },
);
