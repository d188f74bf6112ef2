import { z } from "zod";
import { MAX_DAILY_KCAL, type CalorieEntry } from "@/domain/calories";
import type { IsoDate } from "@/domain/calendar";
import type { DayTotalChange } from "@/types/calories";
import type { CalorieEntryRow } from "../../db/entities";
import { column, entityRowSchema, selectRow, selectRows, type Queryable } from "../../db/rows";
import type { DayPage, DayPageInput } from "@/schemas/page";
import { pageDayRows, removeDayRow, upsertDayRow, writeDayRowIfVersion } from "../day-entries";

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

const addedRowSchema = calorieRowSchema.extend({ inserted: z.boolean() });

/**
 * Adds to the day's total in ONE statement, so parallel adds never lose each other. Returns
 * null (and changes nothing) when the new total would pass the daily limit. `xmax = 0` holds
 * exactly for a row this statement inserted, which tells "no total before" from "0 kcal".
 */
export async function addToDayTotal(
  db: Queryable,
  day: IsoDate,
  kcal: number,
): Promise<DayTotalChange | null> {
  const row = await selectRow(
    db,
    addedRowSchema,
    `WITH added AS (
       INSERT INTO calorie_entries (date, calories) VALUES ($1::date, $2::int)
       ON CONFLICT (date) DO UPDATE
         SET calories = calorie_entries.calories + EXCLUDED.calories, updated_at = now()
         WHERE calorie_entries.calories + EXCLUDED.calories <= $3::int
       RETURNING *, (xmax = 0) AS inserted
     ) SELECT ${COLUMNS}, inserted FROM added`,
    [day, kcal, MAX_DAILY_KCAL],
  );
  if (!row) return null;
  return { total: row.calories, previous: row.inserted ? null : row.calories - kcal };
}

/**
 * Puts the day back to `restore` (null: no total) only while it still holds `expected`, in one
 * statement; false when the day changed meanwhile (so an undo never overwrites a newer value).
 */
export async function restoreDayTotal(
  db: Queryable,
  day: IsoDate,
  expected: number | null,
  restore: number | null,
): Promise<boolean> {
  if (expected === restore) return true;
  const [statement, params] =
    expected === null
      ? [
          `INSERT INTO calorie_entries (date, calories) VALUES ($1::date, $2::int)
           ON CONFLICT (date) DO NOTHING RETURNING date`,
          [day, restore],
        ]
      : restore === null
        ? [
            `DELETE FROM calorie_entries WHERE date = $1::date AND calories = $2::int
             RETURNING date`,
            [day, expected],
          ]
        : [
            `UPDATE calorie_entries SET calories = $3::int, updated_at = now()
              WHERE date = $1::date AND calories = $2::int RETURNING date`,
            [day, expected, restore],
          ];
  const rows = await selectRows(
    db,
    z.object({ date: column.date }),
    `WITH changed AS (${statement}) SELECT date::text AS date FROM changed`,
    params,
  );
  return rows.length > 0;
}

const versionedRowSchema = entityRowSchema<CalorieEntryRow>()({
  calories: column.integer,
  version: column.integer,
});
const versionedSelect = { schema: versionedRowSchema, columns: "calories, version" };

/** A day's total with the version a form saves over (null total and version 0: none). */
export interface VersionedDayTotal {
  kcal: number | null;
  version: number;
}

/**
 * Sets the day's total. Without `baseVersion` it replaces whatever is there; with it, only
 * while the day is still at that version (null: it changed meanwhile, nothing was written).
 */
export async function setDayTotal(
  db: Queryable,
  day: IsoDate,
  kcal: number,
  baseVersion?: number,
): Promise<VersionedDayTotal | null> {
  const value = { column: "calories", type: "int", value: kcal };
  const row =
    baseVersion === undefined
      ? await upsertDayRow(db, TABLE, value, versionedSelect, day)
      : await writeDayRowIfVersion(db, TABLE, value, versionedSelect, day, baseVersion);
  return row && { kcal: row.calories, version: row.version };
}

/**
 * Removes the day (at `baseVersion`, when given); returns the total it held, null when there
 * was none or it is no longer at that version.
 */
export async function clearDayTotal(
  db: Queryable,
  day: IsoDate,
  baseVersion?: number,
): Promise<number | null> {
  const select = { schema: calorieRowSchema, columns: COLUMNS };
  const row = await removeDayRow(db, TABLE, day, baseVersion, select);
  return row ? toEntry(row).totalKcal : null;
}

export async function getVersionedDayTotal(
  db: Queryable,
  day: IsoDate,
): Promise<VersionedDayTotal> {
  const row = await selectRow(
    db,
    versionedRowSchema,
    `SELECT calories, version FROM calorie_entries WHERE date = $1::date`,
    [day],
  );
  return row ? { kcal: row.calories, version: row.version } : { kcal: null, version: 0 };
}

export async function getDayTotal(db: Queryable, day: IsoDate): Promise<number | null> {
  return (await getVersionedDayTotal(db, day)).kcal;
}

const datedVersionRowSchema = calorieRowSchema.extend({ version: column.integer });

/** One page of logged totals with their versions, newest first. */
export async function pageDayTotals(
  db: Queryable,
  page: DayPageInput,
): Promise<DayPage<VersionedDayTotal & { date: IsoDate }>> {
  const select = { schema: datedVersionRowSchema, columns: `${COLUMNS}, version` };
  const { items, next } = await pageDayRows(db, TABLE, select, page);
  return {
    items: items.map(({ date, calories, version }) => ({ date, kcal: calories, version })),
    next,
  };
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
