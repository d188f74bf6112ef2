import type { z } from "zod";

/** What every form action returns, shown beside the fields by the form. */
export interface FormState {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  /**
   * A versioned record's version after the action: the new one after a save, the current one
   * after a refused stale save. The form sends it back as `baseVersion`, so saving again is a
   * choice made after seeing the message, never an unseen overwrite.
   */
  version?: number;
  /**
   * A secret the owner sees in this answer only (a new API token): the page shows it once and
   * nothing stores it readable, so a reload never shows it again.
   */
  secret?: string;
}

/**
 * What every action called with a plain object returns: its data, or a sentence for the owner.
 * `retry` marks a failure on the server's side (not the input), which may pass when tried again.
 */
export type ActionResult<T> = { ok: true; data: T } | { ok: false; message: string; retry?: true };

/** A form server action, as components receive it in props. */
export type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/** A server action called with a plain object, as components receive it in props. */
export type ObjectAction<Input, Data> = (input: Input) => Promise<ActionResult<Data>>;

export const initialFormState: FormState = { ok: false };

export function formDataToObject(formData: FormData): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) result[key] = value;
  }
  return result;
}

export function invalidForm(error: z.ZodError): FormState {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  // An issue of the whole form (not one field) is the form's message.
  const formIssue = error.issues.find((issue) => issue.path.length === 0);
  const message = formIssue?.message ?? "Please correct the marked fields.";
  return { ok: false, message, fieldErrors };
}

/** A refused input in one message: every zod issue's own sentence, in order. */
export function issuesMessage(error: z.ZodError): string {
  return error.issues.map((issue) => issue.message).join(" ");
}
