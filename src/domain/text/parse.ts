/** A whole number as a person types it: digits, with an optional sign. */
const WHOLE_TEXT = /^[+-]?\d+$/;
/** A decimal as a person types it: digits with at most one decimal point or comma ("81,4"). */
const DECIMAL_TEXT = /^[+-]?(?:\d+[.,]?\d*|[.,]\d+)$/;

/**
 * "whole": counts and kcal, where "2,000" must not quietly become 2. "decimal": weights, where
 * the owner may type a comma ("81,4").
 */
export type TypedNumberKind = "whole" | "decimal";

/**
 * The number in a form field or query string: blank is undefined ("not given"); text that is
 * not plainly written digits (hex "0x10", exponent "1e3", "Infinity", "NaN", "1 000") is NaN.
 * Anything but a string (a number from JSON or an object action) is passed on unchanged.
 */
export function parseTypedNumber(value: unknown, kind: TypedNumberKind): unknown {
  if (typeof value !== "string") return value;
  const text = value.trim();
  if (text === "") return undefined;
  const pattern = kind === "whole" ? WHOLE_TEXT : DECIMAL_TEXT;
  return pattern.test(text) ? Number(text.replace(",", ".")) : Number.NaN;
}

/** The owner types numbers with a dot or a comma ("81,4"); blank means "not given". */
export function parseDecimalText(value: unknown): unknown {
  return parseTypedNumber(value, "decimal");
}
