import type { DataSource, EntityManager } from "typeorm";
import { MAX_DAILY_KCAL, type CalorieEntry } from "@/domain/calories";

type Db = DataSource | EntityManager;

/**
 * Adds to the day's total in ONE statement, so parallel adds never lose each other. Returns
 * null (and changes nothing) when the new total would pass the daily limit.
 */
export async function addToDayTotal(db: Db, date: string, kcal: number): Promise<number | null> {
  const rows: Array<{ calories: number }> = await db.query(
    `INSERT INTO calorie_entries (date, calories) VALUES ($1::date, $2::int)
     ON CONFLICT (date) DO UPDATE
       SET calories = calorie_entries.calories + EXCLUDED.calories, updated_at = now()
       WHERE calorie_entries.calories + EXCLUDED.calories <= $3::int
     RETURNING calories`,
    [date, kcal, MAX_DAILY_KCAL],
  );
  return rows[0] ? Number(rows[0].calories) : null;
}

export async function setDayTotal(db: Db, date: string, kcal: number): Promise<number> {
  const rows: Array<{ calories: number }> = await db.query(
    `INSERT INTO calorie_entries (date, calories) VALUES ($1::date, $2::int)
     ON CONFLICT (date) DO UPDATE SET calories = EXCLUDED.calories, updated_at = now()
     RETURNING calories`,
    [date, kcal],
  );
  return Number(rows[0]?.calories);
}

/** Removes the day; true when there was a total to remove. */
export async function clearDayTotal(db: Db, date: string): Promise<boolean> {
  const rows: Array<{ date: string }> = await db.query(
    `WITH removed AS (DELETE FROM calorie_entries WHERE date = $1::date RETURNING date)
     SELECT date FROM removed`,
    [date],
  );
  return rows.length > 0;
}

export async function getDayTotal(db: Db, date: string): Promise<number | null> {
  const rows: Array<{ calories: number }> = await db.query(
    `SELECT calories FROM calorie_entries WHERE date = $1::date`,
    [date],
  );
  return rows[0] ? Number(rows[0].calories) : null;
}

/** Logged totals from `from` to `to` (both included), oldest first. */
export async function listDayTotals(db: Db, from: string, to: string): Promise<CalorieEntry[]> {
  const rows: Array<{ date: string; calories: number }> = await db.query(
    `SELECT to_char(date, 'YYYY-MM-DD') AS date, calories FROM calorie_entries
      WHERE date BETWEEN $1::date AND $2::date ORDER BY date`,
    [from, to],
  );
  return rows.map((row) => ({ date: row.date, totalKcal: Number(row.calories) }));
}
