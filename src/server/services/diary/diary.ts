import "server-only";
import { formatCount } from "@/domain/text";
import type { IsoDate } from "@/domain/calendar";
import {
  highlightMatches,
  isWordTerm,
  MAX_DIARY_CONTENT_LENGTH,
  markdownToPlainText,
  monthBounds,
  parseSearchQuery,
  snippetAround,
} from "@/domain/diary";
import { isoDaySchema } from "@/schemas/day";
import {
  appendDiaryLineSchema,
  diaryMonthSchema,
  saveDiarySchema,
  type AppendDiaryLineInput,
  type SaveDiaryInput,
} from "@/schemas/diary";
import type { DiaryEntry, DiaryMonth, DiarySearchHit } from "@/types/diary";
import type { Db } from "../../db/rows";
import { UserError } from "../../http/user-error";
import { loadLoggableDay, parseInput } from "../input";
import {
  deleteDiaryEntry,
  getDiaryEntry,
  listDiaryEntries,
  listDiaryMonths,
  searchDiarySubstrings,
  searchDiaryText,
  upsertDiaryEntry,
  appendDiaryLine,
  type SavedDiaryRow,
} from "./diary-store";
import { toPrefixTsQuery, toSubstringPattern } from "./diary-search-sql";

/** Saves the day's text; an empty (blank) text removes the entry. Returns when it was saved. */
export async function saveDiary(
  db: Db,
  input: SaveDiaryInput,
  now: Date,
): Promise<{ day: IsoDate; savedAt: string }> {
  const valid = parseInput(saveDiarySchema, input);
  const { day } = await loadLoggableDay(db, valid.day, now);
  if (valid.content.trim() === "") {
    await deleteDiaryEntry(db, day);
    return { day, savedAt: now.toISOString() };
  }
  return { day, savedAt: (await upsertDiaryEntry(db, day, valid.content)).updatedAt };
}

/** Today's "add a line": appended to the day's entry; refused when the entry would be too long. */
export async function addDiaryLine(
  db: Db,
  input: AppendDiaryLineInput,
  now: Date,
): Promise<SavedDiaryRow> {
  const valid = parseInput(appendDiaryLineSchema, input);
  const { day } = await loadLoggableDay(db, valid.day, now);
  const saved = await appendDiaryLine(db, day, valid.line, MAX_DIARY_CONTENT_LENGTH);
  if (saved) return saved;
  throw new UserError(
    `The entry would pass ${formatCount(MAX_DIARY_CONTENT_LENGTH)} characters, so the line was not added.`,
    422,
  );
}

export function getDiary(db: Db, input: { day: string }): Promise<DiaryEntry | null> {
  return getDiaryEntry(db, parseInput(isoDaySchema, input.day));
}

/** Months with entries, newest first. */
export function listDiaryMonthsWithEntries(db: Db): Promise<DiaryMonth[]> {
  return listDiaryMonths(db);
}

/** The entries of one month ("YYYY-MM"), newest first. */
export function listDiaryMonth(db: Db, input: { month: string }): Promise<DiaryEntry[]> {
  const { first, last } = monthBounds(parseInput(diaryMonthSchema, input.month));
  return listDiaryEntries(db, first, last);
}

export const DIARY_SEARCH_LIMIT = 50;

/**
 * Full-text search (prefix terms, ranked by ts_rank), with a substring fallback. The 'simple'
 * parser drops emoji, so a query with an emoji goes straight to the substring search.
 */
export async function searchDiary(
  db: Db,
  input: { query: string },
): Promise<{ terms: string[]; hits: DiarySearchHit[] }> {
  const terms = parseSearchQuery(input.query);
  if (terms.length === 0) return { terms, hits: [] };
  let rows = terms.every(isWordTerm)
    ? await searchDiaryText(db, toPrefixTsQuery(terms), DIARY_SEARCH_LIMIT)
    : [];
  if (rows.length === 0) {
    rows = await searchDiarySubstrings(db, terms.map(toSubstringPattern), DIARY_SEARCH_LIMIT);
  }
  const hits = rows.map((row) => ({
    date: row.date,
    rank: row.rank,
    snippet: highlightMatches(snippetAround(markdownToPlainText(row.content), terms), terms),
  }));
  return { terms, hits };
}
