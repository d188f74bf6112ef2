import {
  DatabaseResumingException,
  ExecuteStatementCommand,
  RDSDataClient,
} from "@aws-sdk/client-rds-data";
import { DataSource, QueryFailedError } from "typeorm";
import { migrations } from "../../../migrations";
import { migrateDatabase as migrateFromLambda } from "@/server/db/migrate-entry";
import { dataSourceOptions } from "@/server/db/options";
import type { DatabaseTarget } from "@/server/db/target";
import { startDataApiStandIn, type DataApiStandIn } from "../../helpers/data-api/server";
import { createBareDatabase, TEST_DATA_API } from "../../helpers/test-database";

/**
 * The personal tier pauses Aurora at 0 ACU. The first Data API calls after a pause fail with
 * DatabaseResumingException; the app's driver must wait and send them again, and must not
 * retry anything else. A second stand-in, started paused, fronts a fresh database.
 */
describe("a paused database (DatabaseResumingException)", () => {
  let bare: Awaited<ReturnType<typeof createBareDatabase>>;
  let standIn: DataApiStandIn;
  let target: Extract<DatabaseTarget, { kind: "data-api" }>;
  let db: DataSource;

  beforeAll(async () => {
    bare = await createBareDatabase("dataapi");
    if (bare.target.kind !== "data-api") throw new Error("expected a Data API target");
    const adminUrl = process.env.TEST_PG_URL ?? "";
    standIn = await startDataApiStandIn({
      connectionString: (name) => adminUrl.replace(/\/postgres\?/, `/${name}?`),
      resourceArn: TEST_DATA_API.resourceArn,
      secretArn: TEST_DATA_API.secretArn,
      defaultDatabase: bare.target.database,
      resumingRequests: 2,
    });
    target = { ...bare.target, endpoint: standIn.endpoint };
    db = new DataSource(dataSourceOptions(target));
  });
  afterAll(async () => {
    await db?.destroy();
    await standIn?.close();
    await bare?.drop();
  });

  it("starts paused and answers as the service does: the SDK's typed exception, then data", async () => {
    const client = new RDSDataClient({ region: TEST_DATA_API.region, endpoint: standIn.endpoint });
    const { region: _region, ...arns } = TEST_DATA_API;
    const select = () =>
      client.send(
        new ExecuteStatementCommand({ ...arns, database: target.database, sql: "SELECT 1" }),
      );
    try {
      for (let request = 0; request < 2; request += 1) {
        const call = select();
        await expect(call).rejects.toBeInstanceOf(DatabaseResumingException);
        await expect(call).rejects.toMatchObject({
          message: expect.stringContaining("is resuming after being auto-paused"),
          $metadata: { httpStatusCode: 400 },
        });
      }
      await expect(select()).resolves.toMatchObject({ records: [[{ longValue: 1 }]] });
      expect(standIn.resumingAnswers).toBe(2);
    } finally {
      client.destroy();
    }
    await db.initialize();
  });

  it("a query sent while the database resumes succeeds once it is up", async () => {
    standIn.pause(2);
    const before = { requests: standIn.requests, refused: standIn.resumingAnswers };
    await expect(db.query("SELECT 41 + 1 AS answer")).resolves.toEqual([{ answer: 42 }]);
    expect(standIn.resumingAnswers - before.refused).toBe(2);
    expect(standIn.requests - before.requests).toBe(3);
  });

  it("a transaction begun while the database resumes is begun again and commits", async () => {
    await db.query("CREATE TABLE IF NOT EXISTS resume_probe (id int PRIMARY KEY)");
    standIn.pause(1);
    const before = standIn.resumingAnswers;
    await db.transaction(async (manager) => {
      await manager.query("INSERT INTO resume_probe (id) VALUES ($1::int)", [1]);
    });
    expect(standIn.resumingAnswers - before).toBe(1);
    await expect(db.query("SELECT count(*) AS n FROM resume_probe")).resolves.toEqual([{ n: "1" }]);
  });

  it("an SQL error is not retried: one request, pg's error code", async () => {
    const before = standIn.requests;
    const failure = db.query("SELECT * FROM no_such_table");
    await expect(failure).rejects.toBeInstanceOf(QueryFailedError);
    await expect(failure).rejects.toMatchObject({ driverError: { code: "42P01" } });
    expect(standIn.requests - before).toBe(1);
  });

  it("another service error is not retried either", async () => {
    const wrong = new DataSource(
      dataSourceOptions({ ...target, secretArn: `${TEST_DATA_API.secretArn}-wrong` }),
    );
    await wrong.initialize();
    try {
      const before = standIn.requests;
      await expect(wrong.query("SELECT 1")).rejects.toMatchObject({
        driverError: { name: "BadRequestException" },
      });
      expect(standIn.requests - before).toBe(1);
    } finally {
      await wrong.destroy();
    }
  });

  it("the migration Lambda's entry point migrates a database that is still resuming", async () => {
    standIn.pause(3);
    const before = standIn.resumingAnswers;
    const { applied } = await migrateFromLambda(target);
    expect(applied).toEqual(migrations.map((migration) => migration.name));
    expect(standIn.resumingAnswers - before).toBe(3);
  });
});
