import { unstable_rethrow } from "next/navigation";
import type { ActionResult, FormState } from "@/schemas/form-state";

/** Shown when a server action's request never came back (offline, server restarting). */
export const UNREACHABLE_MESSAGE =
  "Could not reach Tracker, so this may not be saved. Check the connection and try again.";

export const UNREACHABLE_FORM_STATE: FormState = { ok: false, message: UNREACHABLE_MESSAGE };

/**
 * Awaits a server action and turns a rejected call into `failed`, so a lost connection becomes
 * a message beside the control instead of an application error. Next's redirect and not-found
 * signals (a session that expired, say) still propagate to the router.
 */
export async function settle<T>(call: () => Promise<T>, failed: T): Promise<T> {
  try {
    return await call();
  } catch (error) {
    unstable_rethrow(error);
    return failed;
  }
}

/** `settle` for actions that answer with an `ActionResult`. */
export function settleAction<T>(call: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  return settle<ActionResult<T>>(call, { ok: false, message: UNREACHABLE_MESSAGE, retry: true });
}
