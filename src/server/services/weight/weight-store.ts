import { z } from "zod";
import type { IsoDate } from "@/domain/calendar";
import type { WeighIn } from "@/domain/weight";
import type { WeightEntryRow } from "../../db/entities";
import { column, entityRowSchema, selectRow, selectRows, type Queryable } from "../../db/rows";
import type { DayPage, DayPageInput } from "@/schemas/page";
import { deleteDayRow, pageDayRows, upsertDayRow, writeDayRowIfVersion } from "../day-entries";

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

const versionedRowSchema = entityRowSchema<WeightEntryRow>()({
  date: column.date,
  weightKg: column.numeric,
  version: column.integer,
});
const VERSIONED_COLUMNS = `${COLUMNS}, version`;
const versionedSelect = { schema: versionedRowSchema, columns: VERSIONED_COLUMNS };

/** A day's weigh-in with the version a form saves over. */
export type VersionedWeighIn = WeighIn & { version: number };

/**
 * One weigh-in per day, in kg. Without `baseVersion` a second save of the day replaces the
 * first; with it, only while the day is still at that version (null: it changed meanwhile).
 */
export async function saveWeighIn(
  db: Queryable,
  day: IsoDate,
  weightKg: number,
  baseVersion: number | undefined,
): Promise<VersionedWeighIn | null> {
  const value = { column: "weight", type: "numeric", value: weightKg };
  return baseVersion === undefined
    ? upsertDayRow(db, TABLE, value, versionedSelect, day)
    : writeDayRowIfVersion(db, TABLE, value, versionedSelect, day, baseVersion);
}

/** True when there was a weigh-in to remove (at `baseVersion`, when given). */
export function deleteWeighIn(db: Queryable, day: IsoDate, baseVersion?: number): Promise<boolean> {
  return deleteDayRow(db, TABLE, day, baseVersion);
}

/** One page of weigh-ins, newest first. */
export function pageWeighIns(
  db: Queryable,
  page: DayPageInput,
): Promise<DayPage<VersionedWeighIn>> {
  return pageDayRows(db, TABLE, versionedSelect, page);
}

export function getWeighIn(db: Queryable, day: IsoDate): Promise<VersionedWeighIn | null> {
  return selectRow(
    db,
    versionedRowSchema,
    `SELECT ${VERSIONED_COLUMNS} FROM weight_entries WHERE date = $1::date`,
    [day],
  );
}

/**
 * The weigh-ins up to `lastDay`, oldest first, from the last one on or before `from` (from the
 * first one when `from` is null): a trend built over them is the whole history's from `from` on.
 */
export async function listWeighIns(
  db: Queryable,
  from: IsoDate | null,
  lastDay: IsoDate,
): Promise<WeighIn[]> {
  const rows = await selectRows(
    db,
    weightRowSchema,
    `SELECT ${COLUMNS} FROM weight_entries
      WHERE date <= $2::date
        AND date >= COALESCE((SELECT max(date) FROM weight_entries WHERE date <= $1::date),
                             $1::date, '-infinity'::date)
      ORDER BY date`,
    [from, lastDay],
  );
  return rows.map(toWeighIn);
}

const historySchema = z.object({
  count: column.integer,
  firstKg: column.numeric.nullable(),
  lastDate: column.date.nullable(),
});

/** How many weigh-ins there are up to `lastDay`, the first one's weight and the last one's day. */
export async function weighInHistory(db: Queryable, lastDay: IsoDate) {
  const row = await selectRow(
    db,
    historySchema,
    `SELECT count(*)::integer AS count, max(date)::text AS "lastDate",
            (SELECT weight::text FROM weight_entries WHERE date <= $1::date ORDER BY date LIMIT 1)
              AS "firstKg"
       FROM weight_entries WHERE date <= $1::date`,
    [lastDay],
  );
  return row ?? { count: 0, firstKg: null, lastDate: null };
}
