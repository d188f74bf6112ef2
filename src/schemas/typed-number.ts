import { z } from "zod";
import { parseTypedNumber, type TypedNumberKind } from "@/domain/text";

const NOT_PLAIN: Record<TypedNumberKind, string> = {
  whole: "Enter a whole number in digits, such as 250.",
  decimal: "Enter a number in digits, with at most one decimal point or comma, such as 81.5.",
};

/**
 * The one way a number typed in a form or a query string is read: plain digits only (see
 * `parseTypedNumber`), blank as not given, then checked by `schema`. Numbers (JSON, object
 * actions) go to `schema` as they are.
 */
export function typedNumber<T extends z.ZodType>(
  kind: TypedNumberKind,
  schema: T,
  notPlainMessage: string = NOT_PLAIN[kind],
) {
  return z.preprocess((value, context) => {
    const parsed = parseTypedNumber(value, kind);
    if (!Number.isNaN(parsed)) return parsed;
    context.addIssue({ code: "custom", message: notPlainMessage, input: value });
    return z.NEVER;
  }, schema);
}
