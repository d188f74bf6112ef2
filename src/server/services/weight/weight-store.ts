import type { DataSource, EntityManager } from "typeorm";
import type { WeighIn } from "@/domain/weight";

type Db = DataSource | EntityManager;

/** One weigh-in per day, in kg: a second save of the same day replaces the first. */
export async function upsertWeighIn(db: Db, date: string, weightKg: number): Promise<void> {
  await db.query(
    `INSERT INTO weight_entries (date, weight) VALUES ($1::date, $2::numeric)
     ON CONFLICT (date) DO UPDATE SET weight = EXCLUDED.weight, updated_at = now()`,
    [date, weightKg],
  );
}

/** True when there was a weigh-in to remove. */
export async function deleteWeighIn(db: Db, date: string): Promise<boolean> {
  const rows: unknown[] = await db.query(
    `WITH removed AS (DELETE FROM weight_entries WHERE date = $1::date RETURNING date)
     SELECT date FROM removed`,
    [date],
  );
  return rows.length > 0;
}

function toWeighIn(row: { date: string; weight: string }): WeighIn {
  return { date: row.date, weightKg: Number(row.weight) };
}

export async function getWeighIn(db: Db, date: string): Promise<WeighIn | null> {
  const rows: Array<{ date: string; weight: string }> = await db.query(
    `SELECT to_char(date, 'YYYY-MM-DD') AS date, weight::text AS weight
       FROM weight_entries WHERE date = $1::date`,
    [date],
  );
  return rows[0] ? toWeighIn(rows[0]) : null;
}

/** Every weigh-in up to `lastDay`, oldest first: the trend needs the whole history. */
export async function listWeighIns(db: Db, lastDay: string): Promise<WeighIn[]> {
  const rows: Array<{ date: string; weight: string }> = await db.query(
    `SELECT to_char(date, 'YYYY-MM-DD') AS date, weight::text AS weight
       FROM weight_entries WHERE date <= $1::date ORDER BY date`,
    [lastDay],
  );
  return rows.map(toWeighIn);
}
