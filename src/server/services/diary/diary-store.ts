import { z } from "zod";
import type { IsoDate } from "@/domain/calendar";
import type { DiaryEntry, DiaryMonth } from "@/types/diary";
import type { DiaryEntryRow } from "../../db/entities";
import { column, entityRowSchema, selectRow, selectRows, utcInstant } from "../../db/rows";
import type { Queryable } from "../../db/rows";
import { DIARY_SEARCH_SQL, substringSearchSql } from "./diary-search-sql";

/** The `diary_entries` table's one row boundary. */
export const entryRowSchema = entityRowSchema<DiaryEntryRow>()({
  date: column.date,
  content: column.text,
  updatedAt: column.instant,
});
const ENTRY_COLUMNS = `date::text AS date, content, ${utcInstant("updated_at")} AS "updatedAt"`;

const monthRowSchema = z.object({ month: column.text, entries: column.integer });
const searchRowSchema = entryRowSchema.pick({ date: true, content: true }).extend({
  rank: column.numeric,
});

/**
 * What a write reads back: never the text itself, which can be ~100,000 characters, while the
 * Aurora Data API answers at most 64 KB per row ("Packet for query is too large").
 */
const savedRowSchema = z.object({
  date: column.date,
  updatedAt: column.instant,
  length: column.integer,
});
export type SavedDiaryRow = z.infer<typeof savedRowSchema>;
const SAVED_COLUMNS = `date::text AS date, ${utcInstant("updated_at")} AS "updatedAt",
  length(content)::integer AS length`;

/**
 * Appends a line to the day's entry (or starts it) in one statement, so it never loses text
 * saved meanwhile; null (nothing changed) when the entry would pass `maxLength`.
 */
export function appendDiaryLine(
  db: Queryable,
  day: IsoDate,
  line: string,
  maxLength: number,
): Promise<SavedDiaryRow | null> {
  return selectRow(
    db,
    savedRowSchema,
    `WITH saved AS (
       INSERT INTO diary_entries (date, content) VALUES ($1::date, $2::text)
       ON CONFLICT (date) DO UPDATE
         SET content = diary_entries.content || E'\n' || EXCLUDED.content, updated_at = now()
         WHERE length(diary_entries.content) + 1 + length(EXCLUDED.content) <= $3::int
       RETURNING *
     ) SELECT ${SAVED_COLUMNS} FROM saved`,
    [day, line, maxLength],
  );
}

/** The day's entry and its version (what the editor saves over). */
export function getDiaryEntry(
  db: Queryable,
  day: IsoDate,
): Promise<(DiaryEntry & { version: number }) | null> {
  return selectRow(
    db,
    entryRowSchema.extend({ version: column.integer }),
    `SELECT ${ENTRY_COLUMNS}, version FROM diary_entries WHERE date = $1::date`,
    [day],
  );
}

/** Entries from `from` to `to` (both included), newest first. */
export function listDiaryEntries(db: Queryable, from: IsoDate, to: IsoDate): Promise<DiaryEntry[]> {
  return selectRows(
    db,
    entryRowSchema,
    `SELECT ${ENTRY_COLUMNS} FROM diary_entries
      WHERE date BETWEEN $1::date AND $2::date ORDER BY date DESC`,
    [from, to],
  );
}

/** Every month that has entries ("YYYY-MM"), newest first, with its entry count. */
export function listDiaryMonths(db: Queryable): Promise<DiaryMonth[]> {
  return selectRows(
    db,
    monthRowSchema,
    `SELECT to_char(date, 'YYYY-MM') AS month, count(*)::integer AS entries
       FROM diary_entries GROUP BY 1 ORDER BY 1 DESC`,
  );
}

/** Ranked full-text hits; `tsQuery` comes from `toPrefixTsQuery`. */
export function searchDiaryText(db: Queryable, tsQuery: string, limit: number) {
  return selectRows(db, searchRowSchema, DIARY_SEARCH_SQL, [tsQuery, limit]);
}

/** Entries holding every pattern (ILIKE), newest first. */
export function searchDiarySubstrings(db: Queryable, patterns: string[], limit: number) {
  return selectRows(db, searchRowSchema, substringSearchSql(patterns.length), [limit, ...patterns]);
}
