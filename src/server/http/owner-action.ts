import "server-only";
import type { z } from "zod";
import {
  formDataToObject,
  invalidForm,
  issuesMessage,
  type ActionResult,
  type FormState,
} from "@/schemas/form-state";
import { requireOwner, type OwnerSession } from "../auth/session";
import { logger } from "../log";
import { getRequestScope, type RequestScope } from "../request-scope";
import { UserError } from "./user-error";

/** What an action's body gets besides its input: the request's scope and the owner's session. */
export interface ActionContext extends RequestScope {
  session: OwnerSession;
}

const FAILED = "Something went wrong on our side; nothing was changed.";

/** Runs an action's body; a user error becomes its message, anything else is logged. */
async function guarded<R>(action: string, run: () => Promise<R>): Promise<ActionResult<R>> {
  try {
    return { ok: true, data: await run() };
  } catch (error) {
    if (error instanceof UserError) return { ok: false, message: error.message };
    // redirect() and notFound() signal through exceptions that Next must see.
    if (error instanceof Error && "digest" in error) throw error;
    logger.error({ action, err: error }, "server action failed");
    return { ok: false, message: FAILED, retry: true };
  }
}

async function actionContext(): Promise<ActionContext> {
  const session = await requireOwner();
  return { ...(await getRequestScope()), session };
}

/**
 * Wraps a form server action: checks the owner's session itself, validates the form with the
 * same zod schema the form uses, and turns user errors into a message beside the form.
 */
export function ownerFormAction<S extends z.ZodType>(
  action: string,
  schema: S,
  run: (input: z.infer<S>, context: ActionContext) => Promise<FormState>,
) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const context = await actionContext();
    const parsed = schema.safeParse(formDataToObject(formData));
    if (!parsed.success) return invalidForm(parsed.error);
    const result = await guarded(action, () => run(parsed.data as z.infer<S>, context));
    return result.ok ? result.data : result;
  };
}

/** The same guard for actions called with a plain object (buttons, optimistic updates). */
export function ownerAction<S extends z.ZodType, R>(
  action: string,
  schema: S,
  run: (input: z.infer<S>, context: ActionContext) => Promise<R>,
) {
  return async (input: unknown): Promise<ActionResult<R>> => {
    const context = await actionContext();
    const parsed = schema.safeParse(input);
    if (!parsed.success) return { ok: false, message: issuesMessage(parsed.error) };
    return guarded(action, () => run(parsed.data as z.infer<S>, context));
  };
}
