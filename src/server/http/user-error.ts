import type { ActionResult } from "@/schemas/form-state";

/**
 * An error whose message is written for the person using the app. Services throw it for
 * anything a client can cause; adapters turn it into a 4xx or a form message, never a 500.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 404 | 409 | 413 | 422 | 429 = 422,
  ) {
    super(message);
    this.name = "UserError";
  }
}

/**
 * For pages: runs a load and turns a user error (an unknown task, a future day in the URL)
 * into its message for the page to show; anything else still reaches the error page.
 */
export async function loadOrExplain<T>(load: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await load() };
  } catch (error) {
    if (error instanceof UserError) return { ok: false, message: error.message };
    throw error;
  }
}
