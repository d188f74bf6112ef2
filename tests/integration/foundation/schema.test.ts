import { DataSource } from "typeorm";
import { migrations } from "../../../migrations";
import { migrateDatabase } from "@/server/db/migrate";
import { dataSourceOptions } from "@/server/db/options";
import { createBareDatabase } from "../../helpers/test-database";
import { describeSchema } from "../../helpers/schema-snapshot";

describe("schema and migrations", () => {
  let bare: Awaited<ReturnType<typeof createBareDatabase>>;
  let db: DataSource;

  beforeAll(async () => {
    bare = await createBareDatabase();
    await migrateDatabase(bare.target);
    db = new DataSource(dataSourceOptions(bare.target));
    await db.initialize();
  });

  afterAll(async () => {
    await db.destroy();
    await bare.drop();
  });

  it("creates the seed's seven tables plus login throttling, the history version and API access", async () => {
    const rows: Array<{ tablename: string }> = await db.query(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
    );
    expect(rows.map((r) => r.tablename)).toEqual([
      "api_rate_windows",
      "api_tokens",
      "calorie_entries",
      "completions",
      "diary_entries",
      "history_version",
      "idempotency_keys",
      "login_attempts",
      "settings",
      "tasks",
      "typeorm_migrations",
      "users",
      "weight_entries",
    ]);
  });

  it("uses date for calendar days, timestamptz for instants and numeric for weight", async () => {
    const schema = await describeSchema(db);
    expect(schema).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^column completions date date NO/),
        expect.stringMatching(/^column tasks scheduled_date date YES/),
        expect.stringMatching(/^column completions created_at timestamp with time zone NO/),
        expect.stringMatching(/^column weight_entries weight numeric NO .* 8 4$/),
      ]),
    );
  });

  it("has the seed's indexes", async () => {
    const schema = (await describeSchema(db)).join("\n");
    expect(schema).toContain("ON public.tasks USING btree (sort_order, active, scheduled_date)");
    expect(schema).toContain("ON public.completions USING btree (task_id, date)");
  });

  it("keeps completions when their task is deleted, with the title snapshot", async () => {
    const [task] = await db.query(
      `INSERT INTO tasks (title, period) VALUES ('Read', 'daily') RETURNING id`,
    );
    await db.query(
      `INSERT INTO completions (task_id, title_snapshot, date) VALUES ($1::bigint, 'Read', '2026-01-02')`,
      [task.id],
    );
    await db.query(`DELETE FROM tasks WHERE id = $1::bigint`, [task.id]);
    const rows = await db.query(`SELECT task_id, title_snapshot, date FROM completions`);
    expect(rows).toEqual([{ task_id: null, title_snapshot: "Read", date: "2026-01-02" }]);
  });

  it("refuses a second owner and out-of-range values at the database level", async () => {
    await db.query(`INSERT INTO users (password_hash) VALUES ('x')`);
    await expect(db.query(`INSERT INTO users (password_hash) VALUES ('y')`)).rejects.toThrow(
      /users_single_owner/,
    );
    await expect(
      db.query(`INSERT INTO calorie_entries (date, calories) VALUES ('2026-01-01', 20001)`),
    ).rejects.toThrow(/calorie_entries_range/);
    await expect(
      db.query(`INSERT INTO tasks (title, period) VALUES ('Trip', 'once')`),
    ).rejects.toThrow(/tasks_once_has_date/);
  });

  it("reverts every migration and re-applies them to the same schema", async () => {
    const before = await describeSchema(db);
    for (let i = 0; i < migrations.length; i += 1) await db.undoLastMigration();
    const empty: Array<{ tablename: string }> = await db.query(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'typeorm_migrations'`,
    );
    expect(empty).toEqual([]);
    await db.runMigrations();
    expect(await describeSchema(db)).toEqual(before);
  });
});
