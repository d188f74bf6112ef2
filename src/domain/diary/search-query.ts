import { foldForSearch } from "./fold-text";

export const MAX_SEARCH_TERMS = 10;
export const MAX_SEARCH_TERM_LENGTH = 64;
const MAX_QUERY_LENGTH = 2000;
const WORD_CHARACTERS = "[\\p{L}\\p{M}\\p{N}]+";
// One emoji: a pictograph with its skin tone, presentation selector and ZWJ parts, or a flag.
const EMOJI =
  "\\p{Extended_Pictographic}\\p{Emoji_Modifier}?\\uFE0F?(?:\\u200D\\p{Extended_Pictographic}\\p{Emoji_Modifier}?\\uFE0F?)*|\\p{Regional_Indicator}{2}";
const TERM = new RegExp(`${WORD_CHARACTERS}|${EMOJI}`, "gu");
const WORD_TERM = new RegExp(`^${WORD_CHARACTERS}$`, "u");
// "or" is an operator in websearch_to_tsquery; punctuation operators never survive WORD.
const OPERATOR_WORDS = new Set(["or"]);

/** A term of letters, marks and digits, which full-text search indexes; an emoji is not one. */
export function isWordTerm(term: string): boolean {
  return WORD_TERM.test(term);
}

/**
 * Splits what the owner typed into plain words (letters, marks and digits) and emoji, so quotes,
 * "-", "&", "|", "!", ":*" and friends are dropped. At most 10 distinct terms (ignoring case and
 * diacritics) of at most 64 characters, in the order typed.
 */
export function parseSearchQuery(query: string): string[] {
  const words = query.slice(0, MAX_QUERY_LENGTH).normalize("NFC").match(TERM) ?? [];
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
