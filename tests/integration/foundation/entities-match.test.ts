import { DataSource } from "typeorm";
import { migrateDatabase } from "@/server/db/migrate";
import { dataSourceOptions } from "@/server/db/options";
import { createBareDatabase } from "../../helpers/test-database";

// On the pg paths only (jest.config.js): the Data API driver cannot read the schema back.
describe("entities and migrations", () => {
  it("describe the same schema: TypeORM would change nothing after the migrations", async () => {
    const bare = await createBareDatabase();
    try {
      await migrateDatabase(bare.target);
      const db = new DataSource(dataSourceOptions(bare.target));
      await db.initialize();
      try {
        const plan = await db.driver.createSchemaBuilder().log();
        expect(plan.upQueries.map((query) => query.query)).toEqual([]);
      } finally {
        await db.destroy();
      }
    } finally {
      await bare.drop();
    }
  });
});
