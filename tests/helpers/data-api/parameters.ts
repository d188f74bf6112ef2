import { badRequest } from "./errors";

/** A request parameter as it travels in the JSON body (blobs are base64 there). */
export interface WireParameter {
  name?: string;
  value?: Record<string, unknown>;
  typeHint?: string;
}

/** One value bound to `$n`: its text (or bytes) and the PostgreSQL type it is sent as. */
export interface BoundValue {
  readonly value: string | Buffer | null;
  /** pg_type OID; 0 lets the server infer it (only NULLs are sent that way). */
  readonly typeOid: number;
}

const OID = { bool: 16, bytea: 17, int8: 20, float8: 701, varchar: 1043 } as const;

/**
 * typeHint turns a stringValue into another type, after checking the documented format.
 * Without a hint a string is a `varchar`, exactly like JDBC's setString: comparing it with a
 * date, bigint or uuid column fails unless the SQL casts it.
 */
const HINTS: Record<string, { oid: number; format?: RegExp }> = {
  DATE: { oid: 1082, format: /^\d{4}-\d{2}-\d{2}$/ },
  TIME: { oid: 1083, format: /^\d{2}:\d{2}:\d{2}(\.\d{1,9})?$/ },
  TIMESTAMP: { oid: 1114, format: /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,9})?$/ },
  DECIMAL: { oid: 1700 },
  JSON: { oid: 114 },
  UUID: { oid: 2950 },
};

function hinted(text: string, typeHint: string | undefined): BoundValue {
  if (typeHint === undefined) return { value: text, typeOid: OID.varchar };
  const hint = HINTS[typeHint];
  if (!hint) throw badRequest(`Invalid typeHint: ${typeHint}`);
  if (hint.format && !hint.format.test(text)) {
    throw badRequest(`Parse Error for ${typeHint}: input contains invalid characters`);
  }
  return { value: text, typeOid: hint.oid };
}

export function bindValue(parameter: WireParameter): BoundValue {
  const entries = Object.entries(parameter.value ?? {});
  const entry = entries[0];
  if (!entry || entries.length !== 1) {
    throw badRequest(`Parameter ${parameter.name ?? "?"} must set exactly one value field`);
  }
  const [kind, raw] = entry;
  switch (kind) {
    case "isNull":
      return { value: null, typeOid: 0 };
    case "booleanValue":
      return { value: raw === true ? "true" : "false", typeOid: OID.bool };
    case "longValue":
      if (!Number.isInteger(raw)) throw badRequest("longValue must be an integer");
      return { value: String(raw), typeOid: OID.int8 };
    case "doubleValue":
      return { value: String(raw), typeOid: OID.float8 };
    case "stringValue":
      return hinted(String(raw), parameter.typeHint);
    case "blobValue":
      return { value: Buffer.from(String(raw), "base64"), typeOid: OID.bytea };
    case "arrayValue":
      throw badRequest("Array parameters are not supported.");
    default:
      throw badRequest(`Unsupported parameter value type: ${kind}`);
  }
}

/** Orders the named parameters as the positional SQL needs them. */
export function bindParameters(
  names: readonly string[],
  parameters: readonly WireParameter[],
): BoundValue[] {
  return names.map((name) => {
    const parameter = parameters.find((candidate) => candidate.name === name);
    if (!parameter) throw badRequest(`No value specified for parameter: ${name}`);
    return bindValue(parameter);
  });
}
