import { DataSource, QueryFailedError } from "typeorm";
import { migrateDatabase } from "@/server/db/migrate";
import { dataSourceOptions } from "@/server/db/options";
import { SettingEntity, UserEntity } from "@/server/db/entities";
import { createBareDatabase } from "../../helpers/test-database";

/**
 * The services run the same SQL on pg and on Aurora's Data API; these cases pin down that
 * both paths return the same shapes. Each runs on a fresh pg database and on a fresh
 * database behind the Data API stand-in. Only the integration-dataapi project runs them.
 */

describe.each(["postgres", "dataapi"] as const)("raw SQL through %s", (kind) => {
  let bare: Awaited<ReturnType<typeof createBareDatabase>>;
  let db: DataSource;

  beforeAll(async () => {
    bare = await createBareDatabase(kind);
    await migrateDatabase(bare.target);
    db = new DataSource(dataSourceOptions(bare.target));
    await db.initialize();
  });
  afterAll(async () => {
    await db.destroy();
    await bare.drop();
  });
  beforeEach(async () => {
    await db.query(`TRUNCATE tasks, completions, users, settings RESTART IDENTITY CASCADE`);
  });

  async function addTask(title: string): Promise<string> {
    const [row] = await db.query(
      `INSERT INTO tasks (title, period) VALUES ($1::text, 'daily') RETURNING id`,
      [title],
    );
    return row.id;
  }

  it("returns bigint and count(*) as strings, numerics as strings, dates as YYYY-MM-DD", async () => {
    const id = await addTask("Read");
    const rows = await db.query(
      `SELECT id, count(*) OVER () AS total, 1.50::numeric(4, 2) AS amount, date '2026-03-08' AS day,
              true AS yes, NULL::text AS nothing, 7 AS small
         FROM tasks WHERE id = $1::bigint`,
      [id],
    );
    expect(id).toBe("1");
    expect(rows).toEqual([
      {
        id: "1",
        total: "1",
        amount: "1.50",
        day: "2026-03-08",
        yes: true,
        nothing: null,
        small: 7,
      },
    ]);
  });

  it("returns timestamptz as the exact instant", async () => {
    const instant = new Date("2026-11-25T10:00:00.123Z");
    const [row] = await db.query(`SELECT $1::timestamptz AS at, $2::timestamptz AS typed`, [
      instant.toISOString(),
      instant,
    ]);
    expect(row.at).toBeInstanceOf(Date);
    expect(row.at.toISOString()).toBe("2026-11-25T10:00:00.123Z");
    expect(row.typed.toISOString()).toBe("2026-11-25T10:00:00.123Z");
  });

  it("runs INSERT ... ON CONFLICT ... RETURNING and returns no row when nothing was inserted", async () => {
    const sql = `INSERT INTO users (password_hash) VALUES ($1::text)
      ON CONFLICT ON CONSTRAINT users_single_owner DO NOTHING RETURNING id, session_version`;
    expect(await db.query(sql, ["hash-1"])).toEqual([{ id: "1", session_version: 1 }]);
    expect(await db.query(sql, ["hash-2"])).toEqual([]);
  });

  it("returns plain rows for WITH ... UPDATE ... RETURNING and [rows, count] for UPDATE", async () => {
    const id = await addTask("Walk");
    const rows = await db.query(
      `WITH changed AS (UPDATE tasks SET title = $2::text WHERE id = $1::bigint RETURNING title)
       SELECT title FROM changed`,
      [id, "Run"],
    );
    expect(rows).toEqual([{ title: "Run" }]);
    const [updated, count] = await db.query(`UPDATE tasks SET active = $1::boolean`, [false]);
    expect(updated).toEqual([]);
    expect(count).toBe(1);
    expect(await db.query(`DELETE FROM tasks WHERE NOT active RETURNING title`)).toEqual([
      [{ title: "Run" }],
      1,
    ]);
  });

  it("passes JS arrays as array literals that the SQL casts", async () => {
    const ids = [await addTask("A"), await addTask("B"), await addTask("C")];
    const rows = await db.query(
      `SELECT title FROM tasks WHERE id = ANY($1::bigint[]) AND title <> ALL($2::text[]) ORDER BY id`,
      [
        [ids[0], ids[2]],
        ['B "quoted"', "C\\"],
      ],
    );
    expect(rows).toEqual([{ title: "A" }, { title: "C" }]);
    const [{ titles }] = await db.query(`SELECT array_agg(title ORDER BY id) AS titles FROM tasks`);
    expect(titles).toEqual(["A", "B", "C"]);
  });

  it("binds NULL, booleans and numbers", async () => {
    const [row] = await db.query(
      `SELECT $1::text IS NULL AS missing, $2::boolean AS flag, $3::int + 1 AS next, $4::numeric AS kg`,
      [null, true, 41, 72.35],
    );
    expect(row).toEqual({ missing: true, flag: true, next: 42, kg: "72.35" });
  });

  it("commits and rolls back transactions", async () => {
    await db.transaction(async (manager) => {
      await manager.query(`INSERT INTO tasks (title, period) VALUES ('Kept', 'daily')`);
    });
    await expect(
      db.transaction(async (manager) => {
        await manager.query(`INSERT INTO tasks (title, period) VALUES ('Lost', 'daily')`);
        const [inside] = await manager.query(`SELECT count(*) AS n FROM tasks`);
        expect(inside.n).toBe("2");
        throw new Error("undo");
      }),
    ).rejects.toThrow("undo");
    expect(await db.query(`SELECT title FROM tasks`)).toEqual([{ title: "Kept" }]);
  });

  it("reports constraint violations as QueryFailedError with code and constraint", async () => {
    await db.query(`INSERT INTO users (password_hash) VALUES ('x')`);
    const failure = await db
      .query(`INSERT INTO users (password_hash) VALUES ('y')`)
      .catch((e) => e);
    expect(failure).toBeInstanceOf(QueryFailedError);
    expect(failure.message).toMatch(
      /duplicate key value violates unique constraint "users_single_owner"/,
    );
    expect(failure).toMatchObject({ code: "23505", constraint: "users_single_owner" });
  });

  it("reads and writes entities through repositories", async () => {
    await db.getRepository(SettingEntity).upsert(
      [
        {
          key: "timeZone",
          value: '"Europe/Berlin"',
          updatedAt: new Date("2026-01-02T03:04:05Z"),
        },
      ],
      ["key"],
    );
    const [setting] = await db.getRepository(SettingEntity).find();
    expect(setting).toEqual({
      key: "timeZone",
      value: '"Europe/Berlin"',
      // Given by the table's trigger (migration RecordVersions), whatever the insert said.
      version: expect.any(Number),
      updatedAt: new Date("2026-01-02T03:04:05Z"),
    });
    // Find options send their values untyped (varchar on the Data API), so they filter on
    // text columns here; a bigint id is compared in SQL with a cast, `id = $1::bigint`.
    const user = await db.getRepository(UserEntity).save({ passwordHash: "h" });
    expect(user).toMatchObject({ id: "1", sessionVersion: 1 });
    const found = await db.getRepository(UserEntity).findOneBy({ passwordHash: "h" });
    expect(found).toMatchObject({ id: "1", passwordHash: "h", sessionVersion: 1 });
    expect(found?.createdAt).toBeInstanceOf(Date);
  });
});
