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
import { dayAtVersionSchema } from "@/schemas/version";
import {
  appendDiaryLineSchema,
  diaryMonthSchema,
  saveDiarySchema,
  type AppendDiaryLineInput,
  type DiarySaveOutcome,
  type SaveDiaryInput,
} from "@/schemas/diary";
import type { DiaryEntry, DiaryMonth, DiarySearchHit } from "@/types/diary";
import type { Db } from "../../db/rows";
import { UserError } from "../../http/user-error";
import { loadLoggableDay, parseInput } from "../input";
import { DiaryConflictError } from "./diary-conflict";
import {
  getDiaryEntry,
  listDiaryEntries,
  listDiaryMonths,
  searchDiarySubstrings,
  searchDiaryText,
  appendDiaryLine,
  type SavedDiaryRow,
} from "./diary-store";
import { toPrefixTsQuery, toSubstringPattern } from "./diary-search-sql";
import {
  currentDiaryText,
  deleteDiaryIfVersion,
  insertDiaryIfAbsent,
  updateDiaryIfVersion,
} from "./diary-versioned-store";

/** One compare-and-set write: the new version, or null when the entry is not at `base`. */
async function writeIfAt(db: Db, day: IsoDate, content: string, base: number) {
  if (content.trim() === "") {
    return base !== 0 && (await deleteDiaryIfVersion(db, day, base)) ? { version: 0 } : null;
  }
  const written =
    base === 0
      ? await insertDiaryIfAbsent(db, day, content)
      : await updateDiaryIfVersion(db, day, content, base);
  return written && { savedAt: written.updatedAt, version: written.version };
}

/**
 * Saves the day's text over the version the editor saw (`baseVersion`; 0 or null: no entry);
 * a blank text removes the entry (version 0). When the entry changed since, nothing is written
 * and a `DiaryConflictError` (409) carries the entry as it is now, unless it already holds this
 * very text (a retried save whose answer was lost): then that is the save.
 */
export async function saveDiary(
  db: Db,
  input: SaveDiaryInput,
  now: Date,
): Promise<{ day: IsoDate; savedAt: string; version: number }> {
  const valid = parseInput(saveDiarySchema, input);
  const { day } = await loadLoggableDay(db, valid.day, now);
  const written = await writeIfAt(db, day, valid.content, valid.baseVersion ?? 0);
  if (written) return { day, savedAt: now.toISOString(), ...written };
  const current = await currentDiaryText(db, day);
  const same =
    valid.content.trim() === "" ? current.version === 0 : current.content === valid.content;
  if (same) return { day, savedAt: now.toISOString(), version: current.version };
  throw new DiaryConflictError(current);
}

/** `saveDiary` without a version: over whatever the entry holds as it is read here. */
export async function writeDiary(
  db: Db,
  input: { day: string; content: string; baseVersion?: number },
  now: Date,
): Promise<{ day: IsoDate; savedAt: string; version: number }> {
  const day = parseInput(isoDaySchema, input.day);
  const baseVersion = input.baseVersion ?? (await currentDiaryText(db, day)).version;
  return saveDiary(db, { ...input, baseVersion }, now);
}

/**
 * Removes the day's entry (over `baseVersion` when given, else whatever it holds); false when
 * there was none. An entry changed since `baseVersion` is kept (`DiaryConflictError`).
 */
export async function deleteDiary(
  db: Db,
  input: { day: string; baseVersion?: number },
  now: Date,
): Promise<boolean> {
  const valid = parseInput(dayAtVersionSchema, input);
  const { day } = await loadLoggableDay(db, valid.day, now);
  const current = await currentDiaryText(db, day);
  if (current.version === 0) return false;
  await saveDiary(db, { day, content: "", baseVersion: valid.baseVersion ?? current.version }, now);
  return true;
}

/** `saveDiary` for the editor: a conflict is an answer (with the other text), not a failure. */
export async function saveDiaryOrConflict(
  db: Db,
  input: SaveDiaryInput,
  now: Date,
): Promise<DiarySaveOutcome> {
  try {
    return { saved: await saveDiary(db, input, now) };
  } catch (error) {
    if (!(error instanceof DiaryConflictError)) throw error;
    return { conflict: { ...error.current, message: error.message } };
  }
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

/** The day's entry with the version an editor saves over. */
export function getDiary(
  db: Db,
  input: { day: string },
): Promise<(DiaryEntry & { version: number }) | null> {
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
