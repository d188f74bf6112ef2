import { DataSource } from "typeorm";
import { migrations } from "../../../migrations";
import { migrateDatabase, revertLastMigration } from "@/server/db/migrate";
import { migrateDatabase as migrateFromLambda } from "@/server/db/migrate-entry";
import { dataSourceOptions } from "@/server/db/options";
import type { DatabaseTarget } from "@/server/db/target";
import { describeSchema } from "../../helpers/schema-snapshot";
import { createBareDatabase } from "../../helpers/test-database";

/**
 * The deploy-time Lambda migrates Aurora through the Data API (migrate-entry.ts). The result
 * must be the schema a plain pg migration gives, and reverting must work the same way.
 */

async function schemaOf(target: DatabaseTarget): Promise<string[]> {
  const db = new DataSource(dataSourceOptions(target));
  await db.initialize();
  try {
    return await describeSchema(db);
  } finally {
    await db.destroy();
  }
}

/** The same database reached directly with pg, to read it without the Data API in between. */
function directly(target: DatabaseTarget): DatabaseTarget {
  if (target.kind !== "data-api") return target;
  const adminUrl = process.env.TEST_PG_URL ?? "";
  return {
    kind: "postgres",
    url: adminUrl.replace(/\/postgres\?/, `/${target.database}?`),
    poolSize: 1,
  };
}

describe("migrations through the Data API", () => {
  let viaPg: Awaited<ReturnType<typeof createBareDatabase>>;
  let viaDataApi: Awaited<ReturnType<typeof createBareDatabase>>;
  let applied: string[];

  beforeAll(async () => {
    viaPg = await createBareDatabase("postgres");
    viaDataApi = await createBareDatabase("dataapi");
    await migrateDatabase(viaPg.target);
    ({ applied } = await migrateFromLambda(viaDataApi.target));
  });
  afterAll(async () => {
    await viaPg.drop();
    await viaDataApi.drop();
  });

  it("applies every migration in order, once", async () => {
    expect(applied).toEqual(migrations.map((migration) => migration.name));
    expect(await migrateFromLambda(viaDataApi.target)).toEqual({ applied: [] });
  });

  it("gives the schema a pg migration gives, read directly or through the Data API", async () => {
    const expected = await schemaOf(viaPg.target);
    expect(expected.length).toBeGreaterThan(20);
    expect(await schemaOf(directly(viaDataApi.target))).toEqual(expected);
    expect(await schemaOf(viaDataApi.target)).toEqual(expected);
  });

  it("reverts every migration and re-applies them to the same schema", async () => {
    const before = await schemaOf(viaDataApi.target);
    for (let i = 0; i < migrations.length; i += 1) await revertLastMigration(viaDataApi.target);
    const tables = (await schemaOf(directly(viaDataApi.target))).filter(
      (line) => line.startsWith("column ") && !line.startsWith("column typeorm_migrations "),
    );
    expect(tables).toEqual([]);
    await migrateDatabase(viaDataApi.target);
    expect(await schemaOf(viaDataApi.target)).toEqual(before);
  });
});
