/*
 * PostgreSQL text holds neither NUL (U+0000) nor half of a UTF-16 surrogate pair (it has no
 * UTF-8 form). Such text is refused, not cleaned: typed or imported, nothing is silently changed.
 */
const NUL = "\u0000";
const LONE_SURROGATE = /\p{Cs}/u;

/** Why `text` cannot be stored, in one sentence for the owner; null when it can. */
export function unstorableTextProblem(text: string): string | null {
  if (text.includes(NUL)) {
    return "This text holds a NUL character (an invisible control code), which cannot be saved. Remove it and try again.";
  }
  if (LONE_SURROGATE.test(text)) {
    return "This text holds half of an emoji or symbol (a lone surrogate), which cannot be saved. Remove it and try again.";
  }
  return null;
}

export function isStorableText(text: string): boolean {
  return unstorableTextProblem(text) === null;
}
