"use server";

import { changePasswordSchema } from "@/schemas/auth";
import { ownerFormAction } from "@/server/http/owner-action";
import { changeOwnerPassword } from "@/server/services/account";

export const changePasswordAction = ownerFormAction(
  "changePassword",
  changePasswordSchema,
  async (input, { db }) => {
    await changeOwnerPassword(db, input);
    return { ok: true, message: "Password changed. Other devices have been signed out." };
  },
);
