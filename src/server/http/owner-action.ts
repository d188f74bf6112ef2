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
import { databaseOutage } from "../db/unavailable";
import { logger } from "../log";
import { getRequestScope, type RequestScope } from "../request-scope";
import { staleEditState } from "./stale-edit";
import { UserError } from "./user-error";

/** What an action's body gets besides its input: the request's scope and the owner's session. */
export interface ActionContext extends RequestScope {
  session: OwnerSession;
}

const FAILED = "Something went wrong on our side; nothing was changed.";

/** The owner's context: the session checked here, whatever the middleware let through. */
async function ownerContext(): Promise<ActionContext> {
  const session = await requireOwner();
  return { ...(await getRequestScope()), session };
}

/**
 * Runs an action: its context (for the owner's actions, the session check), then its body. A
 * user error becomes its message, a database that cannot take it (down, disk full) says so;
 * anything else is logged.
 */
async function guarded<C, R>(
  action: string,
  context: () => Promise<C>,
  run: (context: C) => Promise<R>,
): Promise<ActionResult<R>> {
  try {
    return { ok: true, data: await run(await context()) };
  } catch (error) {
    if (error instanceof UserError) return { ok: false, message: error.message };
    // redirect() and notFound() signal through exceptions that Next must see.
    if (error instanceof Error && "digest" in error) throw error;
    const outage = databaseOutage(error);
    if (outage) {
      logger.warn({ action, err: error }, "server action failed: database unavailable");
      return { ok: false, message: outage, retry: true };
    }
    logger.error({ action, err: error }, "server action failed");
    return { ok: false, message: FAILED, retry: true };
  }
}

const NOT_A_FORM = "This form could not be read; please reload the page and try again.";

function formAction<S extends z.ZodType, C>(
  action: string,
  schema: S,
  context: () => Promise<C>,
  run: (input: z.infer<S>, context: C) => Promise<FormState>,
) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const result = await guarded(action, context, async (scope) => {
      // A request can carry anything as the second argument; only a form has fields.
      if (!(formData instanceof FormData)) return { ok: false, message: NOT_A_FORM };
      const parsed = schema.safeParse(formDataToObject(formData));
      if (!parsed.success) return invalidForm(parsed.error);
      return run(parsed.data as z.infer<S>, scope).catch(staleEditState);
    });
    return result.ok ? result.data : result;
  };
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
  return formAction(action, schema, ownerContext, run);
}

/** The same for the one public form (setup), whose credential is in the form itself. */
export function publicFormAction<S extends z.ZodType>(
  action: string,
  schema: S,
  run: (input: z.infer<S>, context: RequestScope) => Promise<FormState>,
) {
  return formAction(action, schema, getRequestScope, run);
}

/** The same guard for actions called with a plain object (buttons, optimistic updates). */
export function ownerAction<S extends z.ZodType, R>(
  action: string,
  schema: S,
  run: (input: z.infer<S>, context: ActionContext) => Promise<R>,
) {
  return async (input: unknown): Promise<ActionResult<R>> =>
    guarded(action, ownerContext, (context) => {
      const parsed = schema.safeParse(input);
      if (!parsed.success) throw new UserError(issuesMessage(parsed.error));
      return run(parsed.data as z.infer<S>, context);
    });
}
