import { z } from "zod";
import { MAX_DAILY_KCAL, type CalorieEntry } from "@/domain/calories";
import type { IsoDate } from "@/domain/calendar";
import type { CalorieEntryRow } from "../../db/entities";
import { column, entityRowSchema, selectRow, selectRows, type Queryable } from "../../db/rows";

/** The `calorie_entries` table's one row boundary. */
const calorieRowSchema = entityRowSchema<CalorieEntryRow>()({
  date: column.date,
  calories: column.integer,
});
const COLUMNS = `date::text AS date, calories`;

function toEntry(row: z.infer<typeof calorieRowSchema>): CalorieEntry {
  return { date: row.date, totalKcal: row.calories };
}

/**
 * Adds to the day's total in ONE statement, so parallel adds never lose each other. Returns
 * null (and changes nothing) when the new total would pass the daily limit.
 */
export async function addToDayTotal(db: Queryable, day: IsoDate, kcal: number) {
  const row = await selectRow(
    db,
    calorieRowSchema,
    `WITH added AS (
       INSERT INTO calorie_entries (date, calories) VALUES ($1::date, $2::int)
       ON CONFLICT (date) DO UPDATE
         SET calories = calorie_entries.calories + EXCLUDED.calories, updated_at = now()
         WHERE calorie_entries.calories + EXCLUDED.calories <= $3::int
       RETURNING *
     ) SELECT ${COLUMNS} FROM added`,
    [day, kcal, MAX_DAILY_KCAL],
  );
  return row ? toEntry(row).totalKcal : null;
}

export async function setDayTotal(db: Queryable, day: IsoDate, kcal: number): Promise<number> {
  const row = await selectRow(
    db,
    calorieRowSchema,
    `WITH saved AS (
       INSERT INTO calorie_entries (date, calories) VALUES ($1::date, $2::int)
       ON CONFLICT (date) DO UPDATE SET calories = EXCLUDED.calories, updated_at = now()
       RETURNING *
     ) SELECT ${COLUMNS} FROM saved`,
    [day, kcal],
  );
  if (!row) throw new Error("INSERT INTO calorie_entries returned no row");
  return toEntry(row).totalKcal;
}

/** Removes the day; true when there was a total to remove. */
export async function clearDayTotal(db: Queryable, day: IsoDate): Promise<boolean> {
  const removed = await selectRows(
    db,
    calorieRowSchema.pick({ date: true }),
    `WITH removed AS (DELETE FROM calorie_entries WHERE date = $1::date RETURNING date)
     SELECT date::text AS date FROM removed`,
    [day],
  );
  return removed.length > 0;
}

export async function getDayTotal(db: Queryable, day: IsoDate): Promise<number | null> {
  const row = await selectRow(
    db,
    calorieRowSchema,
    `SELECT ${COLUMNS} FROM calorie_entries WHERE date = $1::date`,
    [day],
  );
  return row ? toEntry(row).totalKcal : null;
}

/** Logged totals from `from` to `to` (both included), oldest first. */
export async function listDayTotals(db: Queryable, from: IsoDate, to: IsoDate) {
  const rows = await selectRows(
    db,
    calorieRowSchema,
    `SELECT ${COLUMNS} FROM calorie_entries
      WHERE date BETWEEN $1::date AND $2::date ORDER BY date`,
    [from, to],
  );
  return rows.map(toEntry);
}
