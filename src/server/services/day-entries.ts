import { z } from "zod";
import type { IsoDate } from "@/domain/calendar";
import { column, selectRow, selectRows, type Queryable } from "../db/rows";

/** The tables that hold one row per calendar day, keyed by `date`. */
type DayTable = "calorie_entries" | "weight_entries" | "diary_entries";

/**
 * Sets the day's one value (`valueColumn`, cast as `valueType`) in one statement, creating the
 * row or replacing its value, and returns the row as `columns` selects it through `schema`.
 */
export async function upsertDayRow<S extends z.ZodType>(
  db: Queryable,
  table: DayTable,
  value: { column: string; type: string; value: unknown },
  select: { schema: S; columns: string },
  day: IsoDate,
): Promise<z.infer<S>> {
  const row = await selectRow(
    db,
    select.schema,
    `WITH saved AS (
       INSERT INTO ${table} (date, ${value.column}) VALUES ($1::date, $2::${value.type})
       ON CONFLICT (date) DO UPDATE SET ${value.column} = EXCLUDED.${value.column}, updated_at = now()
       RETURNING *
     ) SELECT ${select.columns} FROM saved`,
    [day, value.value],
  );
  if (!row) throw new Error(`INSERT INTO ${table} returned no row`);
  return row;
}

/**
 * `upsertDayRow` as a compare-and-set: sets the value only while the day's row is at
 * `baseVersion` (0: while the day has none), in one statement, so of two saves from the same
 * version exactly one wins. Null when the day changed meanwhile: nothing was written.
 */
export function writeDayRowIfVersion<S extends z.ZodType>(
  db: Queryable,
  table: DayTable,
  value: { column: string; type: string; value: unknown },
  select: { schema: S; columns: string },
  day: IsoDate,
  baseVersion: number,
): Promise<z.infer<S> | null> {
  const write =
    baseVersion === 0
      ? `INSERT INTO ${table} (date, ${value.column}) VALUES ($1::date, $2::${value.type})
         ON CONFLICT (date) DO NOTHING RETURNING *`
      : `UPDATE ${table} SET ${value.column} = $2::${value.type}, updated_at = now()
          WHERE date = $1::date AND version = $3::int RETURNING *`;
  const parameters = baseVersion === 0 ? [day, value.value] : [day, value.value, baseVersion];
  return selectRow(
    db,
    select.schema,
    `WITH saved AS (${write}) SELECT ${select.columns} FROM saved`,
    parameters,
  );
}

/**
 * Removes the day's row; true when there was one. With `baseVersion`, only while the row is at
 * that version (false when it changed or was removed meanwhile).
 */
export async function deleteDayRow(
  db: Queryable,
  table: DayTable,
  day: IsoDate,
  baseVersion?: number,
) {
  const [condition, parameters] =
    baseVersion === undefined ? ["", [day]] : [" AND version = $2::int", [day, baseVersion]];
  const removed = await selectRows(
    db,
    z.object({ date: column.date }),
    `WITH removed AS (DELETE FROM ${table} WHERE date = $1::date${condition} RETURNING date)
     SELECT date::text AS date FROM removed`,
    parameters,
  );
  return removed.length > 0;
}
