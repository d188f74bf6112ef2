import { toArrayLiteral, toDriverParameters } from "@/server/db/data-api/parameters";
import { QueryFailedError } from "typeorm";
import { parsePostgresError, toQueryFailedError } from "@/server/db/data-api/query-error";
import { decodeRows, decodeValue } from "@/server/db/data-api/rows";

describe("app: parameters for the Data API driver", () => {
  it("names them param_n and encodes what the Data API cannot take", () => {
    const at = new Date("2026-01-02T03:04:05.678Z");
    expect(toDriverParameters(["x", 5, null, undefined, true, at, [1, 2], { a: 1 }, 10n])).toEqual([
      { name: "param_1", value: "x" },
      { name: "param_2", value: 5 },
      { name: "param_3", value: null },
      { name: "param_4", value: null },
      { name: "param_5", value: true },
      { name: "param_6", value: at },
      { name: "param_7", value: '{"1","2"}' },
      { name: "param_8", value: '{"a":1}' },
      { name: "param_9", value: "10" },
    ]);
  });

  it("passes through values TypeORM prepared with a cast", () => {
    expect(toDriverParameters([{ value: "2026-01-02", cast: "DATE" }])).toEqual([
      { name: "param_1", value: "2026-01-02", cast: "DATE" },
    ]);
  });

  it("writes array literals that PostgreSQL reads back exactly", () => {
    expect(toArrayLiteral(['a "b"', "c\\d", null, ["e"]])).toBe(
      '{"a \\"b\\"","c\\\\d",NULL,{"e"}}',
    );
  });
});

describe("app: Data API values in node-postgres shapes", () => {
  it("decodes by column type name", () => {
    const rows = decodeRows(
      [{ id: 7, at: "2026-11-25 10:00:00.123456", day: "2026-03-08", doc: '{"a":[1]}', n: 3 }],
      [
        { label: "id", typeName: "int8" },
        { label: "at", typeName: "timestamptz" },
        { label: "day", typeName: "date" },
        { label: "doc", typeName: "jsonb" },
        { label: "n", typeName: "int4" },
      ],
    );
    expect(rows).toEqual([
      {
        id: "7",
        at: new Date("2026-11-25T10:00:00.123Z"),
        day: "2026-03-08",
        doc: { a: [1] },
        n: 3,
      },
    ]);
  });

  it("decodes arrays element by element and bytes to a Buffer", () => {
    expect(decodeValue({ longValues: [1, 2] }, "_int8")).toEqual(["1", "2"]);
    expect(
      decodeValue({ arrayValues: [{ stringValues: ["2026-01-01 00:00:00"] }] }, "_timestamptz"),
    ).toEqual([[new Date("2026-01-01T00:00:00Z")]]);
    expect(decodeValue(new Uint8Array([1, 2]), "bytea")).toEqual(Buffer.from([1, 2]));
    expect(decodeValue(null, "int8")).toBeNull();
  });
});

describe("app: Data API errors as PostgreSQL error fields", () => {
  it("recovers message, SQLSTATE, detail, hint and constraint", () => {
    expect(
      parsePostgresError(
        'ERROR: duplicate key value violates unique constraint "users_single_owner"\n' +
          "  Detail: Key (singleton)=(t) already exists.\n  Hint: Try again.; SQLState: 23505",
      ),
    ).toEqual({
      message: 'duplicate key value violates unique constraint "users_single_owner"',
      code: "23505",
      detail: "Key (singleton)=(t) already exists.",
      hint: "Try again.",
      constraint: "users_single_owner",
    });
  });

  it("leaves errors that are not PostgreSQL's alone", () => {
    expect(parsePostgresError("The database is resuming")).toBeUndefined();
  });
});

describe("app: failed Data API calls as QueryFailedError", () => {
  it("carries PostgreSQL's fields like the pg path", () => {
    const sdkError = Object.assign(
      new Error(
        'ERROR: new row for relation "tasks" violates check constraint "tasks_title_length"; SQLState: 23514',
      ),
      { name: "DatabaseErrorException" },
    );
    const error = toQueryFailedError("INSERT ...", ["x"], sdkError);
    expect(error).toBeInstanceOf(QueryFailedError);
    expect(error.message).toBe(
      'new row for relation "tasks" violates check constraint "tasks_title_length"',
    );
    expect(error).toMatchObject({
      code: "23514",
      constraint: "tasks_title_length",
      parameters: ["x"],
    });
  });

  it("keeps the SDK exception as driverError when it is not a database error", () => {
    const resuming = Object.assign(new Error("The database is resuming"), {
      name: "DatabaseResumingException",
    });
    expect(toQueryFailedError("SELECT 1", [], resuming).driverError).toBe(resuming);
  });
});
