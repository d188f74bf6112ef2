import { fromPostgresError } from "../../helpers/data-api/errors";
import { toWireField } from "../../helpers/data-api/fields";
import { parsePgArray } from "../../helpers/data-api/pg-array";
import { TypeCatalog, type PgType } from "../../helpers/data-api/type-catalog";

const type = (oid: number, name: string, category: string, elementOid = 0): PgType => ({
  oid,
  name,
  category,
  isEnum: false,
  elementOid,
});

const TYPES = {
  bool: type(16, "bool", "B"),
  int8: type(20, "int8", "N"),
  float8: type(701, "float8", "N"),
  numeric: type(1700, "numeric", "N"),
  text: type(25, "text", "S"),
  bytea: type(17, "bytea", "U"),
  date: type(1082, "date", "D"),
  timestamptz: type(1184, "timestamptz", "D"),
  regtype: type(2206, "regtype", "N"),
  int8Array: type(1016, "_int8", "A", 20),
  textArray: type(1009, "_text", "A", 25),
  timestamptzArray: type(1185, "_timestamptz", "A", 1184),
};
const catalog = new TypeCatalog(Object.values(TYPES));

describe("stand-in: result values as Fields", () => {
  it("encodes scalars as the service does", () => {
    expect(toWireField("t", TYPES.bool, catalog)).toEqual({ booleanValue: true });
    expect(toWireField("9007199254740991", TYPES.int8, catalog)).toEqual({
      longValue: 9007199254740991,
    });
    expect(toWireField("0.5", TYPES.float8, catalog)).toEqual({ doubleValue: 0.5 });
    expect(toWireField("12.50", TYPES.numeric, catalog)).toEqual({ stringValue: "12.50" });
    expect(toWireField("2026-03-08", TYPES.date, catalog)).toEqual({ stringValue: "2026-03-08" });
    expect(toWireField("\\x0102ff", TYPES.bytea, catalog)).toEqual({ blobValue: "AQL/" });
    expect(toWireField(null, TYPES.text, catalog)).toEqual({ isNull: true });
  });

  it("returns timestamptz in UTC without the zone", () => {
    expect(toWireField("2026-11-25 10:00:00.123+00", TYPES.timestamptz, catalog)).toEqual({
      stringValue: "2026-11-25 10:00:00.123",
    });
  });

  it("encodes arrays as typed value lists", () => {
    expect(toWireField("{1,2}", TYPES.int8Array, catalog)).toEqual({
      arrayValue: { longValues: [1, 2] },
    });
    expect(toWireField('{a,"b c","d\\"e",NULL}', TYPES.textArray, catalog)).toEqual({
      arrayValue: { stringValues: ["a", "b c", 'd"e'] },
    });
    expect(toWireField('{"2026-01-01 00:00:00+00"}', TYPES.timestamptzArray, catalog)).toEqual({
      arrayValue: { stringValues: ["2026-01-01 00:00:00"] },
    });
    expect(toWireField("{{1,2},{3,4}}", TYPES.int8Array, catalog)).toEqual({
      arrayValue: { arrayValues: [{ longValues: [1, 2] }, { longValues: [3, 4] }] },
    });
  });

  it("knows which result types the service refuses", () => {
    expect(catalog.isSupported(TYPES.timestamptz)).toBe(true);
    expect(catalog.isSupported(TYPES.int8Array)).toBe(true);
    expect(catalog.isSupported(TYPES.regtype)).toBe(false);
  });

  it("parses array text with explicit bounds, quotes and nesting", () => {
    expect(parsePgArray("[0:1]={x,y}")).toEqual(["x", "y"]);
    expect(parsePgArray('{{"a,b"},{NULL}}')).toEqual([["a,b"], [null]]);
    expect(parsePgArray("{}")).toEqual([]);
  });
});

describe("stand-in: PostgreSQL errors in the service's words", () => {
  it("renders message, detail and hint with the SQLSTATE suffix", () => {
    const pgError = Object.assign(new Error('duplicate key value violates unique constraint "k"'), {
      severity: "ERROR",
      code: "23505",
      detail: "Key (id)=(1) already exists.",
      hint: undefined,
    });
    const error = fromPostgresError(pgError);
    expect(error).toMatchObject({ type: "DatabaseErrorException", status: 400 });
    expect(error.message).toBe(
      'ERROR: duplicate key value violates unique constraint "k"\n' +
        "  Detail: Key (id)=(1) already exists.; SQLState: 23505",
    );
  });
});
