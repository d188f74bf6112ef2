import { z } from "zod";
import { MAX_DAILY_KCAL, type CalorieEntry } from "@/domain/calories";
import type { IsoDate } from "@/domain/calendar";
import type { CalorieEntryRow } from "../../db/entities";
import { column, entityRowSchema, selectRow, selectRows, type Queryable } from "../../db/rows";
import { deleteDayRow, upsertDayRow } from "../day-entries";

/** The `calorie_entries` table's one row boundary. */
const calorieRowSchema = entityRowSchema<CalorieEntryRow>()({
  date: column.date,
  calories: column.integer,
});
const TABLE = "calorie_entries";
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
  const value = { column: "calories", type: "int", value: kcal };
  const row = await upsertDayRow(
    db,
    TABLE,
    value,
    { schema: calorieRowSchema, columns: COLUMNS },
    day,
  );
  return toEntry(row).totalKcal;
}

/** Removes the day; true when there was a total to remove. */
export function clearDayTotal(db: Queryable, day: IsoDate): Promise<boolean> {
  return deleteDayRow(db, TABLE, day);
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
