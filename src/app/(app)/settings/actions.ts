"use server";

import { changePasswordSchema } from "@/schemas/auth";
import { requestClientKey } from "@/server/auth/request-client-key";
import { ownerFormAction } from "@/server/http/owner-action";
import { changeOwnerPassword } from "@/server/services/account";

export const changePasswordAction = ownerFormAction(
  "changePassword",
  changePasswordSchema,
  async (input, { db, session }) => {
    const clientKey = await requestClientKey();
    await changeOwnerPassword(db, { ...input, ownerId: session.ownerId, clientKey });
    return { ok: true, message: "Password changed. Other devices have been signed out." };
  },
);
