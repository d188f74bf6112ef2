import { foldForSearch } from "./fold-text";

export const MAX_SEARCH_TERMS = 10;
export const MAX_SEARCH_TERM_LENGTH = 64;
const MAX_QUERY_LENGTH = 2000;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
// "or" is an operator in websearch_to_tsquery; punctuation operators never survive WORD.
const OPERATOR_WORDS = new Set(["or"]);

/**
 * Splits what the owner typed into plain words: letters, marks and digits only, so quotes,
 * "-", "&", "|", "!", ":*" and friends are dropped. At most 10 distinct terms (ignoring case and
 * diacritics) of at most 64 characters, in the order typed.
 */
export function parseSearchQuery(query: string): string[] {
  const words = query.slice(0, MAX_QUERY_LENGTH).normalize("NFC").match(WORD) ?? [];
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const word of words) {
    const term = Array.from(word).slice(0, MAX_SEARCH_TERM_LENGTH).join("");
    const key = foldForSearch(term);
    if (OPERATOR_WORDS.has(key) || seen.has(key)) continue;
    seen.add(key);
    terms.push(term);
    if (terms.length === MAX_SEARCH_TERMS) break;
  }
  return terms;
}
