import { findMatches } from "./fold-text";

export interface HighlightSegment {
  text: string;
  match: boolean;
}

/**
 * Splits text into matching and non-matching segments (case- and diacritics-insensitive). Terms
 * are compared as plain text, never as regular expressions. Joined, the segments give the text.
 */
export function highlightMatches(text: string, terms: readonly string[]): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let position = 0;
  for (const range of findMatches(text, terms)) {
    if (range.start > position)
      segments.push({ text: text.slice(position, range.start), match: false });
    segments.push({ text: text.slice(range.start, range.end), match: true });
    position = range.end;
  }
  if (position < text.length) segments.push({ text: text.slice(position), match: false });
  return segments;
}
