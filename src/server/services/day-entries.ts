import { z } from "zod";
import type { IsoDate } from "@/domain/calendar";
import { toDayPage, type DayPage, type DayPageInput } from "@/schemas/page";
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
 * Removes the day's row and returns it as `columns` selects it through `schema` (null: there
 * was none). With `baseVersion`, only while the row is at that version.
 */
export function removeDayRow<S extends z.ZodType>(
  db: Queryable,
  table: DayTable,
  day: IsoDate,
  baseVersion: number | undefined,
  select: { schema: S; columns: string },
): Promise<z.infer<S> | null> {
  const [condition, parameters] =
    baseVersion === undefined ? ["", [day]] : [" AND version = $2::int", [day, baseVersion]];
  return selectRow(
    db,
    select.schema,
    `WITH removed AS (DELETE FROM ${table} WHERE date = $1::date${condition} RETURNING *)
     SELECT ${select.columns} FROM removed`,
    parameters,
  );
}

/** `removeDayRow` that only says whether there was a row to remove. */
export async function deleteDayRow(
  db: Queryable,
  table: DayTable,
  day: IsoDate,
  baseVersion?: number,
): Promise<boolean> {
  const select = { schema: z.object({ date: column.date }), columns: "date::text AS date" };
  return (await removeDayRow(db, table, day, baseVersion, select)) !== null;
}

/**
 * One page of a day table, newest first (see `dayPageSchema`): one row more than the page is
 * read, so `next` is set exactly when an older page exists.
 */
export async function pageDayRows<S extends z.ZodType<{ date: string }>>(
  db: Queryable,
  table: DayTable,
  select: { schema: S; columns: string },
  page: DayPageInput,
): Promise<DayPage<z.infer<S>>> {
  const rows = await selectRows(
    db,
    select.schema,
    `SELECT ${select.columns} FROM ${table}
      WHERE ($1::date IS NULL OR date >= $1::date) AND ($2::date IS NULL OR date < $2::date)
      ORDER BY date DESC LIMIT $3::int`,
    [page.from ?? null, page.before ?? null, page.limit + 1],
  );
  return toDayPage(rows, page.limit);
}
