"use server";

import { setupSchema } from "@/schemas/auth";
import { formDataToObject, invalidForm, type FormState } from "@/schemas/form-state";
import { UserError } from "@/server/http/user-error";
import { getRequestScope } from "@/server/request-scope";
import { setupOwner } from "@/server/services/setup";

/** Public by design: the one-time setup token is the credential here. */
export async function setupAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = setupSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return invalidForm(parsed.error);
  try {
    const { db } = await getRequestScope();
    await setupOwner(db, parsed.data);
    return { ok: true, message: "Your account is ready." };
  } catch (error) {
    if (error instanceof UserError) return { ok: false, message: error.message };
    throw error;
  }
}
