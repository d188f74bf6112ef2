import {
  BeginTransactionCommand,
  CommitTransactionCommand,
  ExecuteStatementCommand,
  RDSDataClient,
  RollbackTransactionCommand,
  type SqlParameter,
} from "@aws-sdk/client-rds-data";
import { createBareDatabase, TEST_DATA_API } from "../../helpers/test-database";

/**
 * The stand-in speaks the RDS Data API to the AWS SDK as the service does (docs/data-api.md):
 * typed Fields, UTC timestamps without a zone, varchar strings, the service's exceptions and
 * limits. These tests talk to it with the SDK directly, without TypeORM.
 */

describe("Data API stand-in", () => {
  let bare: Awaited<ReturnType<typeof createBareDatabase>>;
  let client: RDSDataClient;
  let database: string;

  beforeAll(async () => {
    bare = await createBareDatabase("dataapi");
    if (bare.target.kind !== "data-api") throw new Error("expected a Data API target");
    database = bare.target.database;
    client = new RDSDataClient({ region: TEST_DATA_API.region, endpoint: bare.target.endpoint });
    await execute(`CREATE TABLE sample (id bigint PRIMARY KEY, note text)`);
  });
  afterAll(async () => {
    client.destroy();
    await bare.drop();
  });

  function execute(sql: string, parameters?: SqlParameter[], transactionId?: string) {
    return client.send(
      new ExecuteStatementCommand({
        resourceArn: TEST_DATA_API.resourceArn,
        secretArn: TEST_DATA_API.secretArn,
        database,
        sql,
        parameters,
        transactionId,
        includeResultMetadata: true,
      }),
    );
  }

  const arns = { resourceArn: TEST_DATA_API.resourceArn, secretArn: TEST_DATA_API.secretArn };

  it("returns typed Fields: UTC timestamps without zone, dates, numerics as strings, arrays", async () => {
    const result = await execute(`SELECT timestamptz '2026-11-25 05:00:00.123-05' AS at,
      date '2026-03-08' AS day, 12.50::numeric(5, 2) AS amount, count(*) AS n, true AS flag,
      NULL::int AS nothing, ARRAY[1, 2]::int8[] AS ids, ARRAY['a', NULL]::text[] AS words,
      '\\x0102'::bytea AS bytes FROM (VALUES (1)) AS v`);
    expect(result.records?.[0]).toEqual([
      { stringValue: "2026-11-25 10:00:00.123" },
      { stringValue: "2026-03-08" },
      { stringValue: "12.50" },
      { longValue: 1 },
      { booleanValue: true },
      { isNull: true },
      { arrayValue: { longValues: [1, 2] } },
      { arrayValue: { stringValues: ["a"] } },
      { blobValue: new Uint8Array([1, 2]) },
    ]);
    expect(result.columnMetadata?.map((column) => column.typeName)).toEqual([
      "timestamptz",
      "date",
      "numeric",
      "int8",
      "bool",
      "int4",
      "_int8",
      "_text",
      "bytea",
    ]);
  });

  it("binds strings as varchar, longs as bigint and hinted strings as their type", async () => {
    const result = await execute(
      `SELECT pg_typeof(:s)::text, pg_typeof(:l)::text, pg_typeof(:d)::text,
              pg_typeof(:day)::text, pg_typeof(:at)::text, :missing::text IS NULL`,
      [
        { name: "s", value: { stringValue: "x" } },
        { name: "l", value: { longValue: 5 } },
        { name: "d", value: { doubleValue: 1.5 } },
        { name: "day", value: { stringValue: "2026-01-02" }, typeHint: "DATE" },
        { name: "at", value: { stringValue: "2026-01-02 03:04:05.678" }, typeHint: "TIMESTAMP" },
        { name: "missing", value: { isNull: true } },
      ],
    );
    expect(result.records?.[0]?.map((field) => field.stringValue ?? field.booleanValue)).toEqual([
      "character varying",
      "bigint",
      "double precision",
      "date",
      "timestamp without time zone",
      true,
    ]);
  });

  it("fails like the service where PostgreSQL would have inferred a type", async () => {
    await expect(
      execute(`SELECT note FROM sample WHERE id = :id`, [
        { name: "id", value: { stringValue: "1" } },
      ]),
    ).rejects.toMatchObject({
      name: "DatabaseErrorException",
      message: expect.stringMatching(
        /^ERROR: operator does not exist: bigint = character varying\n[\s\S]*; SQLState: 42883$/,
      ),
    });
  });

  it("rejects what the service rejects: arrays, unhinted formats, unsupported result types", async () => {
    await expect(
      execute(`SELECT :ids`, [{ name: "ids", value: { arrayValue: { longValues: [1] } } }]),
    ).rejects.toMatchObject({
      name: "BadRequestException",
      message: "Array parameters are not supported.",
    });
    await expect(
      execute(`SELECT :at`, [
        { name: "at", value: { stringValue: "2026-01-02T03:04:05Z" }, typeHint: "TIMESTAMP" },
      ]),
    ).rejects.toMatchObject({ name: "BadRequestException" });
    await expect(execute(`SELECT 'int4'::regtype AS t`)).rejects.toMatchObject({
      name: "UnsupportedResultException",
      message: "The result contains the unsupported data type regtype.",
    });
  });

  it("enforces the 64 KB row and 1 MiB response limits", async () => {
    await expect(execute(`SELECT repeat('x', 70000)`)).rejects.toMatchObject({
      name: "BadRequestException",
      message: "Packet for query is too large",
    });
    await expect(
      execute(`SELECT repeat('x', 60000) FROM generate_series(1, 20)`),
    ).rejects.toMatchObject({
      name: "BadRequestException",
      message: "Database returned more than the allowed response size limit",
    });
  });

  it("isolates a transaction until commit and forgets it afterwards", async () => {
    const { transactionId } = await client.send(new BeginTransactionCommand({ ...arns, database }));
    await execute(`INSERT INTO sample VALUES (1, 'kept')`, undefined, transactionId);
    expect((await execute(`SELECT count(*) FROM sample`)).records).toEqual([[{ longValue: 0 }]]);
    const overlapping = await Promise.allSettled([
      execute(`SELECT 1 FROM pg_sleep(0.2)`, undefined, transactionId),
      execute(`SELECT 1 FROM pg_sleep(0.2)`, undefined, transactionId),
    ]);
    expect(overlapping.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(overlapping.find((outcome) => outcome.status === "rejected")).toMatchObject({
      reason: { name: "DatabaseErrorException", message: "Transaction is still running a query" },
    });
    const commit = await client.send(new CommitTransactionCommand({ ...arns, transactionId }));
    expect(commit.transactionStatus).toBe("Transaction Committed");
    expect((await execute(`SELECT note FROM sample`)).records).toEqual([[{ stringValue: "kept" }]]);
    await expect(execute(`SELECT 1`, undefined, transactionId)).rejects.toMatchObject({
      name: "TransactionNotFoundException",
    });
  });

  it("discards a rolled-back transaction and reports updates without records", async () => {
    const { transactionId } = await client.send(new BeginTransactionCommand({ ...arns, database }));
    const update = await execute(`UPDATE sample SET note = 'changed'`, undefined, transactionId);
    expect(update).toMatchObject({ numberOfRecordsUpdated: 1, generatedFields: [] });
    expect(update.records).toBeUndefined();
    await client.send(new RollbackTransactionCommand({ ...arns, transactionId }));
    expect((await execute(`SELECT note FROM sample`)).records).toEqual([[{ stringValue: "kept" }]]);
  });

  it("answers 403 to a request that is not SigV4-signed", async () => {
    if (bare.target.kind !== "data-api") throw new Error("expected a Data API target");
    const response = await fetch(`${bare.target.endpoint}/Execute`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...arns, sql: "SELECT 1" }),
    });
    expect(response.status).toBe(403);
  });
});
