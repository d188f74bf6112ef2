/**
 * Full-text search over diary entries. The WHERE clause repeats the indexed expression
 * `to_tsvector('simple', content)` exactly (migration DiarySearchIndex), so PostgreSQL can
 * use the GIN index. $1 is a to_tsquery text built by `toPrefixTsQuery`, $2 the row limit.
 */
export const DIARY_SEARCH_SQL = `
  SELECT to_char(date, 'YYYY-MM-DD') AS date, content,
         ts_rank(to_tsvector('simple', content), to_tsquery('simple', $1::text)) AS rank
    FROM diary_entries
   WHERE to_tsvector('simple', content) @@ to_tsquery('simple', $1::text)
   ORDER BY rank DESC, date DESC
   LIMIT $2::int`;

/**
 * Substring fallback when full-text search finds nothing (parts of words, very short terms):
 * every term must appear. $1 is the row limit, $2... the ILIKE patterns (one parameter each:
 * the RDS Data API has no array parameters).
 */
export function substringSearchSql(termCount: number): string {
  const conditions = Array.from(
    { length: termCount },
    (_, index) => `content ILIKE $${index + 2}::text`,
  );
  return `
  SELECT to_char(date, 'YYYY-MM-DD') AS date, content, 0 AS rank
    FROM diary_entries
   WHERE ${conditions.join(" AND ")}
   ORDER BY date DESC
   LIMIT $1::int`;
}

/**
 * Every term as a prefix ("walk" also finds "walking"), all required. The terms come from
 * `parseSearchQuery` and pass `isWordTerm`: letters, marks and digits only, so they cannot carry
 * tsquery operators.
 */
export function toPrefixTsQuery(terms: readonly string[]): string {
  return terms.map((term) => `'${term}':*`).join(" & ");
}

/**
 * A term as an ILIKE pattern matching it anywhere, with the wildcards escaped. A trailing emoji
 * presentation selector (U+FE0F) is dropped, so "❤️" also finds "❤" typed without it.
 */
export function toSubstringPattern(term: string): string {
  const bare = term.replace(/\uFE0F$/u, "");
  return `%${bare.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
