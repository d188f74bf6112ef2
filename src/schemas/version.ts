import { z } from "zod";
import { isoDaySchema } from "./day";
import { typedNumber } from "./typed-number";

const BASE_VERSION_PROBLEM =
  "Reload the page to save this: the form did not say which version of it you changed.";

/** A record version as a client sends it back: 0 (none) up to the `integer` column's maximum. */
export function versionNumberSchema(problem: string) {
  return z
    .number({ error: problem })
    .int({ error: problem })
    .min(0, { error: problem })
    .max(2_147_483_647, { error: problem });
}

/**
 * The version of a record an editor last saw (0: there was none). Versions come from the
 * database (migrations DiaryVersion, RecordVersions): a save made from an older one is refused.
 */
export const baseVersionSchema = versionNumberSchema(BASE_VERSION_PROBLEM);

/** The same, as a form's hidden field sends it. */
export const formBaseVersionSchema = typedNumber("whole", baseVersionSchema, BASE_VERSION_PROBLEM);

/**
 * A form schema whose `baseVersion` must be sent: the services accept a save without one (an
 * import, a script), a form never does, so a page opened before versions were kept is told to
 * reload instead of saving unchecked. The refusal is the form's message, not a field's.
 */
export function versionedForm<S extends z.ZodType<unknown, Record<string, unknown>>>(schema: S) {
  return z
    .looseObject({})
    .superRefine((value, context) => {
      if (formBaseVersionSchema.safeParse(value.baseVersion).success) return;
      context.addIssue({ code: "custom", message: BASE_VERSION_PROBLEM, path: [] });
    })
    .pipe(schema);
}

/** Removing a day's value (a weigh-in, a calorie total) as the form saw it (absent: whatever). */
export const dayAtVersionSchema = z.object({
  day: isoDaySchema,
  baseVersion: baseVersionSchema.optional(),
});
