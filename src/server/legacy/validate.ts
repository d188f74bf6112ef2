import { z } from "zod";
import { entities } from "../db/entities";
import { column, selectRow, selectRows, type Queryable } from "../db/rows";
import { IDENTITY_TABLES } from "../db/upsert-rows";

export interface ImportCheck {
  name: string;
  expected: string;
  actual: string;
  ok: boolean;
}

/** What the database should hold after the import, from the old file. */
export interface ExpectedCounts {
  users: number;
  tasks: number;
  completions: number;
  orphans: number;
  calorie_entries: number;
  weight_entries: number;
  diary_entries: number;
  settingKeys: string[];
}

/** Indexes the migrations create that the entities do not name (expression indexes). */
const MIGRATION_ONLY_INDEXES = ["diary_entries_content_search_idx"];

/** Every index the app relies on: primary keys, unique constraints and the named indexes. */
export function expectedIndexes(): string[] {
  const names = entities.flatMap((entity) => {
    const { tableName, indices = [] } = entity.options;
    return [`${tableName}_pkey`, ...indices.flatMap((index) => (index.name ? [index.name] : []))];
  });
  return [
    ...names,
    "users_single_owner",
    "completions_client_request_id_key",
    ...MIGRATION_ONLY_INDEXES,
  ].sort();
}

const countSchema = z.object({ n: column.integer });
const sequenceSchema = z.object({ maxId: column.integer, lastValue: column.integer });
const indexSchema = z.object({ name: column.text });

function check(name: string, expected: number | string, actual: number | string): ImportCheck {
  return { name, expected: String(expected), actual: String(actual), ok: expected === actual };
}

async function count(db: Queryable, sql: string, parameters: unknown[] = []): Promise<number> {
  return (await selectRow(db, countSchema, sql, parameters))?.n ?? 0;
}

/** The architecture's "validate row counts + key indexes" after the import. */
export async function validateImport(
  db: Queryable,
  expected: ExpectedCounts,
): Promise<ImportCheck[]> {
  const checks: ImportCheck[] = [];
  for (const table of [
    "users",
    "tasks",
    "completions",
    "calorie_entries",
    "weight_entries",
    "diary_entries",
  ] as const) {
    const n = await count(db, `SELECT count(*)::int AS n FROM ${table}`);
    checks.push(check(`rows in ${table}`, expected[table], n));
  }
  const settings = await count(
    db,
    `SELECT count(*)::int AS n FROM settings WHERE key = ANY($1::text[])`,
    [expected.settingKeys],
  );
  checks.push(check("imported settings", expected.settingKeys.length, settings));
  const linked = await count(
    db,
    `SELECT count(*)::int AS n FROM completions c JOIN tasks t ON t.id = c.task_id`,
  );
  checks.push(
    check("completions pointing at their task", expected.completions - expected.orphans, linked),
  );
  const orphans = await count(
    db,
    `SELECT count(*)::int AS n FROM completions WHERE task_id IS NULL AND title_snapshot <> ''`,
  );
  checks.push(check("orphan completions with a title snapshot", expected.orphans, orphans));
  for (const table of IDENTITY_TABLES) {
    const sequence = await selectRow(
      db,
      sequenceSchema,
      `SELECT coalesce((SELECT max(id) FROM ${table}), 0)::text AS "maxId",
              coalesce((SELECT last_value FROM pg_sequences
                 WHERE format('%I.%I', schemaname, sequencename) = pg_get_serial_sequence('${table}', 'id')), 0)::text AS "lastValue"`,
    );
    const maxId = sequence?.maxId ?? 0;
    const lastValue = sequence?.lastValue ?? 0;
    checks.push({
      name: `${table} identity past the highest id`,
      expected: `>= ${maxId}`,
      actual: String(lastValue),
      ok: lastValue >= maxId,
    });
  }
  const present = new Set(
    (
      await selectRows(
        db,
        indexSchema,
        `SELECT indexname AS name FROM pg_indexes WHERE schemaname = current_schema()`,
      )
    ).map((row) => row.name),
  );
  for (const name of expectedIndexes()) {
    checks.push(check(`index ${name}`, "present", present.has(name) ? "present" : "missing"));
  }
  return checks;
}
