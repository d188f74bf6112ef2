import type { z } from "zod";
import type { IsoDate } from "@/domain/calendar";
import type { WeighIn } from "@/domain/weight";
import type { WeightEntryRow } from "../../db/entities";
import { column, entityRowSchema, selectRow, selectRows, type Queryable } from "../../db/rows";
import { deleteDayRow, upsertDayRow } from "../day-entries";

/** The `weight_entries` table's one row boundary (`numeric` kg selected as text, kept exact). */
const weightRowSchema = entityRowSchema<WeightEntryRow>()({
  date: column.date,
  weightKg: column.numeric,
});
const TABLE = "weight_entries";
const COLUMNS = `date::text AS date, weight::text AS "weightKg"`;

function toWeighIn(row: z.infer<typeof weightRowSchema>): WeighIn {
  return { date: row.date, weightKg: row.weightKg };
}

/** One weigh-in per day, in kg: a second save of the same day replaces the first. */
export async function upsertWeighIn(db: Queryable, day: IsoDate, weightKg: number): Promise<void> {
  const value = { column: "weight", type: "numeric", value: weightKg };
  await upsertDayRow(db, TABLE, value, { schema: weightRowSchema, columns: COLUMNS }, day);
}

/** True when there was a weigh-in to remove. */
export function deleteWeighIn(db: Queryable, day: IsoDate): Promise<boolean> {
  return deleteDayRow(db, TABLE, day);
}

export async function getWeighIn(db: Queryable, day: IsoDate): Promise<WeighIn | null> {
  const row = await selectRow(
    db,
    weightRowSchema,
    `SELECT ${COLUMNS} FROM weight_entries WHERE date = $1::date`,
    [day],
  );
  return row ? toWeighIn(row) : null;
}

/** Every weigh-in up to `lastDay`, oldest first: the trend needs the whole history. */
export async function listWeighIns(db: Queryable, lastDay: IsoDate): Promise<WeighIn[]> {
  const rows = await selectRows(
    db,
    weightRowSchema,
    `SELECT ${COLUMNS} FROM weight_entries WHERE date <= $1::date ORDER BY date`,
    [lastDay],
  );
  return rows.map(toWeighIn);
}
