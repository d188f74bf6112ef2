const BLOCK_MARKERS = /^[ \t]*(?:#{1,3}|>|-|\d{1,9}\.)[ \t]+/gm;
const LINK = /\[([^\]]{1,1000})\]\([^\s()]{1,2000}\)/g;
const EMPHASIS = /\*\*|\*|`/g;
const UNDERSCORE_EMPHASIS =
  /(?<![\p{L}\p{N}_])_(?=[^\s_])([^_]{0,2000}?[^\s_])_(?![\p{L}\p{N}_])/gu;

/**
 * The diary text without the Markdown marks the read view turns into formatting (headings,
 * quotes, list markers, emphasis, link targets): what a one-line excerpt should show.
 */
export function markdownToPlainText(text: string): string {
  return text
    .replace(BLOCK_MARKERS, "")
    .replace(LINK, "$1")
    .replace(EMPHASIS, "")
    .replace(UNDERSCORE_EMPHASIS, "$1");
}

/** The start of an entry as plain text for a preview (Today's diary card): at most `length`. */
export function diaryPreview(text: string, length = 280): string {
  const plain = markdownToPlainText(text).trim();
  return plain.length <= length ? plain : `${plain.slice(0, length - 1).trimEnd()}…`;
}
