import { z } from "zod";
import { column, selectRow, type Queryable } from "./rows";

/** A column an import (export file or legacy tracker.db) writes, with the PostgreSQL type every parameter is cast to. */
export interface UpsertColumn {
  name: string;
  type: "bigint" | "integer" | "text" | "date" | "timestamptz" | "boolean" | "numeric";
}

export interface UpsertSpec<T> {
  table: string;
  /** The natural key: re-running the import finds the same rows by it. */
  key: string;
  /** Explicit ids into a GENERATED ALWAYS identity column. */
  identity?: boolean;
  columns: UpsertColumn[];
  values(row: T): unknown[];
  /** A column set to the import time on insert and on a real change (`updated_at`). */
  touch?: string;
}

export interface UpsertCounts {
  added: number;
  updated: number;
  unchanged: number;
}

export interface Progress {
  table: string;
  done: number;
  total: number;
}

const MAX_BATCH_ROWS = 2000;
/** Keeps one statement well below the Data API's request size, whatever the diary holds. */
const MAX_BATCH_CHARACTERS = 256 * 1024;

const countsSchema = z.object({ added: column.integer, updated: column.integer });

/**
 * One statement per batch: the rows travel as one array parameter per column (the Data API
 * has no array parameters; the driver sends them as array text and the SQL casts it), and
 * `ON CONFLICT ... WHERE ... IS DISTINCT FROM` leaves identical rows alone, so a re-run
 * counts them as unchanged. `xmax = 0` tells inserted rows from updated ones.
 */
function upsertSql<T>(spec: UpsertSpec<T>): string {
  const names = spec.columns.map((c) => c.name);
  const arrays = spec.columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(", ");
  const nowParameter = `$${spec.columns.length + 1}::timestamptz`;
  const target = [...names, ...(spec.touch ? [spec.touch] : [])].join(", ");
  const selected = [...names, ...(spec.touch ? [nowParameter] : [])].join(", ");
  const updated = names.filter((name) => name !== spec.key);
  const assignments = [...updated, ...(spec.touch ? [spec.touch] : [])]
    .map((name) => `${name} = excluded.${name}`)
    .join(", ");
  // Instants compare to the millisecond, the precision an export writes them with.
  const compared = (prefix: string) =>
    updated
      .map((name) => {
        const value = `${prefix}.${name}`;
        const instant = spec.columns.find((c) => c.name === name)?.type === "timestamptz";
        return instant ? `date_trunc('milliseconds', ${value})` : value;
      })
      .join(", ");
  return `WITH input AS (SELECT * FROM unnest(${arrays}) AS input(${names.join(", ")})),
    written AS (
      INSERT INTO ${spec.table} (${target}) ${spec.identity ? "OVERRIDING SYSTEM VALUE" : ""}
      SELECT ${selected} FROM input
      ON CONFLICT (${spec.key}) DO UPDATE SET ${assignments}
      WHERE ROW(${compared(spec.table)}) IS DISTINCT FROM ROW(${compared("excluded")})
      RETURNING (xmax = 0) AS inserted)
    SELECT count(*) FILTER (WHERE inserted)::int AS added,
           count(*) FILTER (WHERE NOT inserted)::int AS updated FROM written`;
}

function size(values: readonly unknown[]): number {
  return values.reduce<number>((sum, value) => sum + String(value ?? "").length + 4, 0);
}

/** Rows split so no statement exceeds the row or character limit. */
function* batches(rows: ReadonlyArray<readonly unknown[]>): Generator<Array<readonly unknown[]>> {
  let batch: Array<readonly unknown[]> = [];
  let characters = 0;
  for (const row of rows) {
    const rowSize = size(row);
    if (
      batch.length > 0 &&
      (batch.length >= MAX_BATCH_ROWS || characters + rowSize > MAX_BATCH_CHARACTERS)
    ) {
      yield batch;
      batch = [];
      characters = 0;
    }
    batch.push(row);
    characters += rowSize;
  }
  if (batch.length > 0) yield batch;
}

/** Writes `rows` by their natural key and counts what was added, changed and left alone. */
export async function upsertRows<T>(
  db: Queryable,
  spec: UpsertSpec<T>,
  rows: readonly T[],
  now: Date,
  onProgress?: (progress: Progress) => void,
): Promise<UpsertCounts> {
  const sql = upsertSql(spec);
  const counts: UpsertCounts = { added: 0, updated: 0, unchanged: 0 };
  let done = 0;
  onProgress?.({ table: spec.table, done, total: rows.length });
  for (const batch of batches(rows.map((row) => spec.values(row)))) {
    const columns = spec.columns.map((_, index) => batch.map((values) => values[index] ?? null));
    const parameters = spec.touch ? [...columns, now.toISOString()] : columns;
    const written = await selectRow(db, countsSchema, sql, parameters);
    const added = written?.added ?? 0;
    const updated = written?.updated ?? 0;
    counts.added += added;
    counts.updated += updated;
    counts.unchanged += batch.length - added - updated;
    done += batch.length;
    onProgress?.({ table: spec.table, done, total: rows.length });
  }
  return counts;
}

/** The tables whose identity ids imports write explicitly. */
export const IDENTITY_TABLES = ["users", "tasks", "completions"] as const;

/** Moves the table's identity past the highest id, never back, so new rows get fresh ids. */
export async function raiseIdentity(
  db: Queryable,
  table: (typeof IDENTITY_TABLES)[number],
): Promise<void> {
  await db.query(
    `SELECT setval(pg_get_serial_sequence('${table}', 'id'), top.id)::text AS value
       FROM (SELECT max(id) AS id FROM ${table}) AS top
      WHERE top.id IS NOT NULL
        AND top.id > coalesce((SELECT last_value FROM pg_sequences
              WHERE format('%I.%I', schemaname, sequencename) = pg_get_serial_sequence('${table}', 'id')), 0)`,
  );
}

/** The same table written from another row shape: `toRow` turns a `T` into the spec's row. */
export function fromRows<T, U>(spec: UpsertSpec<U>, toRow: (row: T) => U): UpsertSpec<T> {
  return { ...spec, values: (row) => spec.values(toRow(row)) };
}
