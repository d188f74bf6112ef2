import "server-only";
import type { z } from "zod";
import { formDataToObject, invalidForm, type FormState } from "@/schemas/form-state";
import { requireOwner, type OwnerSession } from "../auth/session";
import { logger } from "../log";
import { UserError } from "./user-error";

async function guarded(action: string, run: () => Promise<FormState>): Promise<FormState> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof UserError) return { ok: false, message: error.message };
    // redirect() and notFound() signal through exceptions that Next must see.
    if (error instanceof Error && "digest" in error) throw error;
    logger.error({ action, err: error }, "server action failed");
    return { ok: false, message: "Something went wrong on our side; nothing was changed." };
  }
}

/**
 * Wraps a form server action: checks the owner's session itself, validates the form with the
 * same zod schema the form uses, and turns user errors into a message beside the form.
 */
export function ownerFormAction<S extends z.ZodType>(
  action: string,
  schema: S,
  run: (input: z.infer<S>, session: OwnerSession) => Promise<FormState>,
) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const session = await requireOwner();
    const parsed = schema.safeParse(formDataToObject(formData));
    if (!parsed.success) return invalidForm(parsed.error);
    return guarded(action, () => run(parsed.data as z.infer<S>, session));
  };
}

/** The same guard for actions called with a plain object (buttons, optimistic updates). */
export function ownerAction<S extends z.ZodType, R>(
  action: string,
  schema: S,
  run: (input: z.infer<S>, session: OwnerSession) => Promise<R>,
) {
  return async (
    input: unknown,
  ): Promise<{ ok: true; data: R } | { ok: false; message: string }> => {
    const session = await requireOwner();
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      return { ok: false, message: parsed.error.issues.map((issue) => issue.message).join(" ") };
    }
    let data: R | undefined;
    const state = await guarded(action, async () => {
      data = await run(parsed.data as z.infer<S>, session);
      return { ok: true };
    });
    return state.ok ? { ok: true, data: data as R } : { ok: false, message: state.message ?? "" };
  };
}
