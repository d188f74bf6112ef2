"use server";

import { setupSchema } from "@/schemas/auth";
import { publicFormAction } from "@/server/http/owner-action";
import { setupOwner } from "@/server/services/setup";

/** Public by design: the one-time setup token is the credential here. */
export const setupAction = publicFormAction("setup", setupSchema, async (input, { db }) => {
  await setupOwner(db, input);
  return { ok: true, message: "Your account is ready." };
});
