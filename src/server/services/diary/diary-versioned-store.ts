import { z } from "zod";
import type { IsoDate } from "@/domain/calendar";
import type { VersionedDiaryText } from "@/schemas/diary";
import { column, selectRow, utcInstant, type Queryable } from "../../db/rows";

/**
 * Compare-and-set writes of a diary entry: each is ONE statement that changes the entry only
 * while it still holds the version the editor saw, so of two saves from the same version
 * exactly one wins. The version itself moves in the table's trigger (migration DiaryVersion).
 * Null means the entry had changed: nothing was written.
 */

/** What a write reads back: never the text itself (the Data API answers 64 KB per row). */
const writtenRowSchema = z.object({ updatedAt: column.instant, version: column.integer });
export type WrittenDiaryRow = z.infer<typeof writtenRowSchema>;
const WRITTEN_COLUMNS = `${utcInstant("updated_at")} AS "updatedAt", version`;

/** Starts the day's entry; null when one exists already (written elsewhere meanwhile). */
export function insertDiaryIfAbsent(
  db: Queryable,
  day: IsoDate,
  content: string,
): Promise<WrittenDiaryRow | null> {
  return selectRow(
    db,
    writtenRowSchema,
    `WITH saved AS (
       INSERT INTO diary_entries (date, content) VALUES ($1::date, $2::text)
       ON CONFLICT (date) DO NOTHING
       RETURNING *
     ) SELECT ${WRITTEN_COLUMNS} FROM saved`,
    [day, content],
  );
}

/** Replaces the text if the entry is still at `version`; null when it changed or was removed. */
export function updateDiaryIfVersion(
  db: Queryable,
  day: IsoDate,
  content: string,
  version: number,
): Promise<WrittenDiaryRow | null> {
  return selectRow(
    db,
    writtenRowSchema,
    `WITH saved AS (
       UPDATE diary_entries SET content = $2::text, updated_at = now()
        WHERE date = $1::date AND version = $3::int
       RETURNING *
     ) SELECT ${WRITTEN_COLUMNS} FROM saved`,
    [day, content, version],
  );
}

/** Removes the entry if it is still at `version`; false when it changed or was removed. */
export async function deleteDiaryIfVersion(
  db: Queryable,
  day: IsoDate,
  version: number,
): Promise<boolean> {
  const removed = await selectRow(
    db,
    z.object({ date: column.date }),
    `WITH removed AS (
       DELETE FROM diary_entries WHERE date = $1::date AND version = $2::int RETURNING date
     ) SELECT date::text AS date FROM removed`,
    [day, version],
  );
  return removed !== null;
}

const versionedRowSchema = z.object({ content: column.text, version: column.integer });

/** The entry as it is now: empty text and version 0 when the day has none. */
export async function currentDiaryText(db: Queryable, day: IsoDate): Promise<VersionedDiaryText> {
  const row = await selectRow(
    db,
    versionedRowSchema,
    `SELECT content, version FROM diary_entries WHERE date = $1::date`,
    [day],
  );
  return row ?? { content: "", version: 0 };
}
