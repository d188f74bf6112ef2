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

/** Removes the day's row; true when there was one. */
export async function deleteDayRow(db: Queryable, table: DayTable, day: IsoDate) {
  const removed = await selectRows(
    db,
    z.object({ date: column.date }),
    `WITH removed AS (DELETE FROM ${table} WHERE date = $1::date RETURNING date)
     SELECT date::text AS date FROM removed`,
    [day],
  );
  return removed.length > 0;
}
