import { parsePgArray, type PgArray } from "./pg-array";
import type { PgType, TypeCatalog } from "./type-catalog";

/** A result value in the service's JSON shape (one member set, blobs in base64). */
export type WireField =
  | { isNull: true }
  | { booleanValue: boolean }
  | { longValue: number }
  | { doubleValue: number }
  | { stringValue: string }
  | { blobValue: string }
  | { arrayValue: WireArray };

export type WireArray =
  | { booleanValues: boolean[] }
  | { longValues: number[] }
  | { doubleValues: number[] }
  | { stringValues: string[] }
  | { arrayValues: WireArray[] };

const LONG = new Set(["int2", "int4", "int8"]);
const DOUBLE = new Set(["float4", "float8"]);

/** bytea prints as `\x0a0b`; the service sends the bytes, base64-encoded in JSON. */
function byteaToBase64(text: string): string {
  return Buffer.from(text.slice(2), "hex").toString("base64");
}

/**
 * The sessions run with TimeZone=UTC (Aurora's default), so timestamptz prints as
 * "2026-11-25 10:00:00.123+00"; the service returns it without the zone.
 */
function withoutUtcOffset(text: string): string {
  return text.replace(/\+00(:00)?$/, "");
}

function scalar(text: string, type: PgType): WireField {
  if (type.name === "bool") return { booleanValue: text === "t" };
  if (LONG.has(type.name)) return { longValue: Number(text) };
  if (DOUBLE.has(type.name)) return { doubleValue: Number(text) };
  if (type.name === "bytea") return { blobValue: byteaToBase64(text) };
  if (type.name === "timestamptz") return { stringValue: withoutUtcOffset(text) };
  return { stringValue: text };
}

function array(items: PgArray, element: PgType): WireArray {
  if (items.some((item) => Array.isArray(item))) {
    return { arrayValues: items.map((item) => array(Array.isArray(item) ? item : [], element)) };
  }
  const values = items.filter((item): item is string => typeof item === "string");
  if (element.name === "bool") return { booleanValues: values.map((value) => value === "t") };
  if (LONG.has(element.name)) return { longValues: values.map(Number) };
  if (DOUBLE.has(element.name)) return { doubleValues: values.map(Number) };
  const toText = element.name === "timestamptz" ? withoutUtcOffset : (value: string) => value;
  return { stringValues: values.map(toText) };
}

export function toWireField(text: string | null, type: PgType, catalog: TypeCatalog): WireField {
  if (text === null) return { isNull: true };
  const element = catalog.element(type);
  if (element) return { arrayValue: array(parsePgArray(text), element) };
  return scalar(text, type);
}

/** java.sql.Types codes, which the service reports as ColumnMetadata.type. */
const JDBC_TYPES: Record<string, number> = {
  bool: -7,
  int2: 5,
  int4: 4,
  int8: -5,
  float4: 7,
  float8: 8,
  numeric: 2,
  bpchar: 1,
  varchar: 12,
  text: 12,
  name: 12,
  date: 91,
  time: 92,
  timestamp: 93,
  timestamptz: 93,
  bytea: -2,
};

export function toColumnMetadata(name: string, type: PgType) {
  const jdbcType = type.category === "A" ? 2003 : (JDBC_TYPES[type.name] ?? 1111);
  return {
    name,
    label: name,
    typeName: type.name,
    type: jdbcType,
    nullable: 2,
    precision: 0,
    scale: 0,
    schemaName: "",
    tableName: "",
    isAutoIncrement: false,
    isCaseSensitive: type.category === "S",
    isCurrency: false,
    isSigned: type.category === "N",
    arrayBaseColumnType: 0,
  };
}
