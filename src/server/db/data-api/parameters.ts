/**
 * Turns the values TypeORM and the services pass with `$n` into what the Data API driver can
 * send. Strings travel as `varchar` (like JDBC's setString), so SQL that compares them with
 * a date, bigint or uuid column must cast: `$1::date`. Date objects become UTC TIMESTAMP
 * values in the driver, which the UTC session reads as the same instant.
 */
export interface DriverParameter {
  name: string;
  value: unknown;
  cast?: string;
}

/** A value TypeORM already prepared for a column (`{ value, cast }`), passed through as is. */
function isPreparedValue(value: object): value is { value: unknown; cast?: string } {
  const keys = Object.keys(value);
  return "value" in value && keys.every((key) => key === "value" || key === "cast");
}

/**
 * PostgreSQL's array literal, as node-postgres writes it: `{"1","2"}`. The Data API has no
 * array parameters, so arrays go as text and the SQL casts them: `= ANY($1::bigint[])`.
 */
export function toArrayLiteral(values: readonly unknown[]): string {
  const items = values.map((item): string => {
    if (item === null || item === undefined) return "NULL";
    if (Array.isArray(item)) return toArrayLiteral(item);
    const text = item instanceof Date ? item.toISOString() : String(item);
    return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
  });
  return `{${items.join(",")}}`;
}

function encodeValue(value: unknown): Omit<DriverParameter, "name"> {
  if (value === undefined || value === null) return { value: null };
  if (Array.isArray(value)) return { value: toArrayLiteral(value) };
  if (typeof value === "bigint") return { value: value.toString() };
  if (value instanceof Date || Buffer.isBuffer(value)) return { value };
  if (typeof value === "object") {
    if (isPreparedValue(value))
      return { value: value.value ?? null, ...(value.cast ? { cast: value.cast } : {}) };
    return { value: JSON.stringify(value) };
  }
  return { value };
}

export function toDriverParameters(parameters: readonly unknown[]): DriverParameter[] {
  return parameters.map((parameter, index) => ({
    name: `param_${index + 1}`,
    ...encodeValue(parameter),
  }));
}
