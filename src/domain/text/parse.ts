/** The owner types numbers with a dot or a comma ("81,4"); blank means "not given". */
export function parseDecimalText(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const text = value.trim().replace(",", ".");
  return text === "" ? undefined : Number(text);
}
