import type { FormState } from "@/schemas/form-state";
import { UserError } from "./user-error";

/**
 * A save made from an older version of a record (another tab or device changed it since the
 * form was opened): refused (409) with a sentence that says what the record holds now, and its
 * current version, which the form sends if the owner saves again.
 */
export class StaleEditError extends UserError {
  constructor(
    message: string,
    readonly version: number,
  ) {
    super(message, 409);
    this.name = "StaleEditError";
  }
}

/** A form's answer to a refused stale save; anything else is thrown on. */
export function staleEditState(error: unknown): FormState {
  if (!(error instanceof StaleEditError)) throw error;
  return { ok: false, message: error.message, version: error.version };
}

/**
 * The refusal of a stale save or removal of a day's value (a weigh-in, a calorie total): what
 * the day holds now (`shown`, null: nothing any more), then what the owner can do (`attempt`).
 */
export function staleDayValue(
  current: { shown: string | null; version: number },
  what: string,
  attempt: string,
): StaleEditError {
  const now =
    current.shown === null
      ? `That day's ${what} was removed in another tab or device after this form was opened.`
      : `That day holds ${current.shown} now, not what this form showed.`;
  return new StaleEditError(`${now} ${attempt}`, current.version);
}
