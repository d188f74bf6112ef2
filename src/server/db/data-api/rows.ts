import { parseISO } from "date-fns";

/** What the driver's client hands back: rows keyed by column label, plus column metadata. */
export type DataApiRow = Record<string, unknown>;

export interface DataApiColumn {
  name?: string;
  label?: string;
  typeName?: string;
}

/** "2026-11-25 10:00:00.123" is UTC; a value that names its zone is read as written. */
function parseUtc(text: string): Date {
  return parseISO(/(Z|[+-]\d{2}(:?\d{2})?)$/.test(text) ? text : `${text}Z`);
}

/**
 * Values as node-postgres returns them, so services read the same shapes on both paths:
 * bigint as a string, timestamptz as a Date (the Data API sends UTC without a zone),
 * `date` as "YYYY-MM-DD", numeric as a string, json parsed, bytea as a Buffer.
 */
function decodeScalar(value: unknown, typeName: string): unknown {
  switch (typeName) {
    case "int8":
    case "bigint":
    case "bigserial":
      return typeof value === "number" ? String(value) : value;
    case "timestamptz":
    case "timestamp with time zone":
      return typeof value === "string" ? parseUtc(value) : value;
    case "timestamp":
    case "timestamp without time zone":
      return typeof value === "string" ? parseISO(value) : value;
    case "json":
    case "jsonb":
      return typeof value === "string" ? (JSON.parse(value) as unknown) : value;
    case "bytea":
      return value instanceof Uint8Array ? Buffer.from(value) : value;
    default:
      return value;
  }
}

/** An arrayValue is `{ longValues: [...] }`, `{ stringValues: [...] }`, ... or nested arrayValues. */
function decodeArray(value: unknown, elementType: string): unknown {
  if (value === null || typeof value !== "object") return value;
  const list = Object.values(value).find((member) => Array.isArray(member));
  if (!Array.isArray(list)) return [];
  if ("arrayValues" in value) return list.map((item: unknown) => decodeArray(item, elementType));
  return list.map((item: unknown) => (item === null ? null : decodeScalar(item, elementType)));
}

export function decodeValue(value: unknown, typeName: string | undefined): unknown {
  if (value === null || value === undefined) return null;
  const type = (typeName ?? "").toLowerCase();
  return type.startsWith("_") ? decodeArray(value, type.slice(1)) : decodeScalar(value, type);
}

export function decodeRows(
  rows: readonly DataApiRow[],
  columns: readonly DataApiColumn[],
): DataApiRow[] {
  const typeByLabel = new Map(
    columns.map((column) => [column.label ?? column.name, column.typeName]),
  );
  return rows.map((row) => {
    const decoded: DataApiRow = {};
    for (const [label, value] of Object.entries(row)) {
      decoded[label] = decodeValue(value, typeByLabel.get(label));
    }
    return decoded;
  });
}
