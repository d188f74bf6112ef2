import { escapeHtml } from "./escape-html";

const PLACEHOLDER = /\u0000(\d+)\u0000/g;
const CODE_SPAN = /`([^`]+)`/g;
// Lengths are bounded so a long line without closing markers cannot make matching quadratic.
const LINK = /\[([^\]]{1,1000})\]\(([^\s()]{1,2000})\)/g;
const BOLD = /\*\*(?=[^\s*])(.{0,2000}?[^\s*])\*\*/g;
const ITALIC = /\*(?=[^\s*])([^*]{0,2000}?[^\s*])\*/g;
// `_italic_` as in CommonMark: the underscores must not touch a letter, digit or another
// underscore outside, so snake_case and file_name_here stay literal.
const UNDERSCORE_ITALIC = /(?<![\p{L}\p{N}_])_(?=[^\s_])([^_]{0,2000}?[^\s_])_(?![\p{L}\p{N}_])/gu;
const SAFE_URL = /^(?:https?:\/\/[^/?#]|mailto:[^@]+@)/i;
export const LINK_REL = "noopener noreferrer nofollow";

function emphasis(html: string): string {
  return html
    .replace(BOLD, "<strong>$1</strong>")
    .replace(ITALIC, "<em>$1</em>")
    .replace(UNDERSCORE_ITALIC, "<em>$1</em>");
}

/**
 * One line of Markdown to HTML. The whole line is escaped FIRST; the patterns then only ever see
 * escaped text, so the tags added here are the only tags in the output.
 */
export function renderInline(line: string): string {
  const stored: string[] = [];
  const keep = (html: string): string => `\u0000${stored.push(html) - 1}\u0000`;
  const escaped = escapeHtml(line.replaceAll("\u0000", ""));
  const withCode = escaped.replace(CODE_SPAN, (_, code: string) => keep(`<code>${code}</code>`));
  const withLinks = withCode.replace(LINK, (source: string, text: string, url: string) =>
    SAFE_URL.test(url) ? keep(`<a href="${url}" rel="${LINK_REL}">${emphasis(text)}</a>`) : source,
  );
  const restore = (html: string): string =>
    html.replace(PLACEHOLDER, (_, index: string) => restore(stored[Number(index)] ?? ""));
  return restore(emphasis(withLinks));
}
