import "server-only";
import {
  highlightMatches,
  parseSearchQuery,
  snippetAround,
  type HighlightSegment,
} from "@/domain/diary";
import { entryDateSchema } from "@/schemas/calories";
import { diaryMonthSchema, saveDiarySchema, type SaveDiaryInput } from "@/schemas/diary";
import { getDataSource } from "../../db/data-source";
import { parseInput, requireLoggableDay } from "../calories/input";
import {
  deleteDiaryEntry,
  getDiaryEntry,
  listDiaryEntries,
  listDiaryMonths,
  upsertDiaryEntry,
  type StoredDiaryEntry,
} from "./diary-store";
import {
  DIARY_SEARCH_SQL,
  substringSearchSql,
  toPrefixTsQuery,
  toSubstringPattern,
} from "./diary-search-sql";

import { monthBounds } from "./month";
import { markdownToPlainText } from "./plain-text";

export type { StoredDiaryEntry } from "./diary-store";

/** Saves the day's text; an empty (blank) text removes the entry. Returns when it was saved. */
export async function saveDiary(input: SaveDiaryInput): Promise<{ date: string; savedAt: string }> {
  const { date, content } = parseInput(saveDiarySchema, input);
  await requireLoggableDay(date);
  const db = await getDataSource();
  if (content.trim() === "") {
    await deleteDiaryEntry(db, date);
    return { date, savedAt: new Date().toISOString() };
  }
  return { date, savedAt: await upsertDiaryEntry(db, date, content) };
}

export async function getDiary(date: string): Promise<StoredDiaryEntry | null> {
  return getDiaryEntry(await getDataSource(), parseInput(entryDateSchema, date));
}

/** Months with entries, newest first. */
export async function listDiaryMonthsWithEntries() {
  return listDiaryMonths(await getDataSource());
}

/** The entries of one month ("YYYY-MM"), newest first. */
export async function listDiaryMonth(month: string): Promise<StoredDiaryEntry[]> {
  const { first, last } = monthBounds(parseInput(diaryMonthSchema, month));
  return listDiaryEntries(await getDataSource(), first, last);
}

export interface DiarySearchHit {
  date: string;
  rank: number;
  snippet: HighlightSegment[];
}

export const DIARY_SEARCH_LIMIT = 50;

/** Full-text search (prefix terms, ranked by ts_rank), with a substring fallback. */
export async function searchDiary(
  query: string,
): Promise<{ terms: string[]; hits: DiarySearchHit[] }> {
  const terms = parseSearchQuery(query);
  if (terms.length === 0) return { terms, hits: [] };
  const db = await getDataSource();
  let rows: Array<{ date: string; content: string; rank: number }> = await db.query(
    DIARY_SEARCH_SQL,
    [toPrefixTsQuery(terms), DIARY_SEARCH_LIMIT],
  );
  if (rows.length === 0) {
    rows = await db.query(substringSearchSql(terms.length), [
      DIARY_SEARCH_LIMIT,
      ...terms.map(toSubstringPattern),
    ]);
  }
  const hits = rows.map((row) => ({
    date: row.date,
    rank: Number(row.rank),
    snippet: highlightMatches(snippetAround(markdownToPlainText(row.content), terms), terms),
  }));
  return { terms, hits };
}
