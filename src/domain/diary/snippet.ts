import { findMatches } from "./fold-text";

export const ELLIPSIS = "…";

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Moves a cut forward to just after a space, if one is in [start, limit). */
function startAtWord(text: string, start: number, limit: number): number {
  if (start === 0) return 0;
  const space = text.slice(start - 1, limit).search(/\s/);
  const cut = space === -1 ? start : start - 1 + space + 1;
  return isLowSurrogate(text.charCodeAt(cut)) ? cut - 1 : cut;
}

/** Moves a cut back to a space, if one is in [limit, end). */
function endAtWord(text: string, end: number, limit: number): number {
  if (end >= text.length) return text.length;
  const window = text.slice(limit, end + 1);
  const space = window.search(/\s\S*$/);
  const cut = space === -1 ? end : limit + space;
  return isLowSurrogate(text.charCodeAt(cut)) ? cut + 1 : cut;
}

/**
 * A one-line excerpt of about `radius` characters on each side of the first match (or the start
 * of the text when nothing matches), cut at spaces, with "…" where text was left out.
 */
export function snippetAround(text: string, terms: readonly string[], radius = 80): string {
  const first = findMatches(text, terms)[0] ?? { start: 0, end: 0 };
  const from = first.end === 0 ? 0 : Math.max(0, first.start - radius);
  const to = Math.min(text.length, first.end === 0 ? radius * 2 : first.end + radius);
  const start = startAtWord(text, from, first.start);
  const end = endAtWord(text, to, first.end);
  const excerpt = text.slice(start, end).replace(/\s+/g, " ").trim();
  return `${start > 0 ? ELLIPSIS : ""}${excerpt}${end < text.length ? ELLIPSIS : ""}`;
}
