import { renderInline } from "./markdown-inline";

type Block =
  | { kind: "paragraph"; lines: string[] }
  | { kind: "heading"; level: number; text: string }
  | { kind: "bullets"; items: string[] }
  | { kind: "numbers"; start: number; items: string[] }
  | { kind: "quote"; lines: string[] };

const HEADING = /^(#{1,3})[ \t]+(.*)$/;
const BULLET = /^[ \t]*-[ \t]+(.*)$/;
const NUMBERED = /^[ \t]*(\d{1,9})\.[ \t]+(.*)$/;
const QUOTE = /^[ \t]*>[ \t]?(.*)$/;

function appendLine(blocks: Block[], line: string): void {
  const last = blocks.at(-1);
  const heading = HEADING.exec(line);
  const bullet = BULLET.exec(line);
  const numbered = NUMBERED.exec(line);
  const quote = QUOTE.exec(line);
  if (heading) {
    blocks.push({ kind: "heading", level: heading[1]?.length ?? 1, text: heading[2] ?? "" });
  } else if (bullet) {
    if (last?.kind === "bullets") last.items.push(bullet[1] ?? "");
    else blocks.push({ kind: "bullets", items: [bullet[1] ?? ""] });
  } else if (numbered) {
    if (last?.kind === "numbers") last.items.push(numbered[2] ?? "");
    else blocks.push({ kind: "numbers", start: Number(numbered[1]), items: [numbered[2] ?? ""] });
  } else if (quote) {
    if (last?.kind === "quote") last.lines.push(quote[1] ?? "");
    else blocks.push({ kind: "quote", lines: [quote[1] ?? ""] });
  } else if (last?.kind === "paragraph") {
    last.lines.push(line);
  } else {
    blocks.push({ kind: "paragraph", lines: [line] });
  }
}

/** Groups of consecutive non-blank lines: a blank line always ends a block. */
function splitOnBlankLines(lines: readonly string[]): string[][] {
  const groups: string[][] = [[]];
  for (const line of lines) {
    if (line.trim() === "") groups.push([]);
    else groups.at(-1)?.push(line);
  }
  return groups.filter((group) => group.length > 0);
}

function parseBlocks(lines: readonly string[]): Block[] {
  return splitOnBlankLines(lines).flatMap((group) => {
    const blocks: Block[] = [];
    group.forEach((line) => appendLine(blocks, line));
    return blocks;
  });
}

function renderLines(lines: readonly string[]): string {
  return lines.map((line) => renderInline(line.trim())).join("<br>\n");
}

/** Paragraphs inside a quote are separated by blank "> " lines. */
function renderQuote(lines: readonly string[]): string {
  const paragraphs = splitOnBlankLines(lines).map((group) => `<p>${renderLines(group)}</p>`);
  return `<blockquote>${paragraphs.join("")}</blockquote>`;
}

function renderItems(items: readonly string[]): string {
  return items.map((item) => `<li>${renderInline(item.trim())}</li>`).join("");
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case "heading":
      return `<h${block.level}>${renderInline(block.text.trim())}</h${block.level}>`;
    case "bullets":
      return `<ul>${renderItems(block.items)}</ul>`;
    case "numbers": {
      const start = block.start === 1 ? "" : ` start="${block.start}"`;
      return `<ol${start}>${renderItems(block.items)}</ol>`;
    }
    case "quote":
      return renderQuote(block.lines);
    case "paragraph":
      return `<p>${renderLines(block.lines)}</p>`;
  }
}

/**
 * A small, safe Markdown subset to HTML: all HTML in the input is escaped before any Markdown is
 * applied, and links are kept only for http(s) and mailto URLs.
 */
export function renderMarkdownToSafeHtml(text: string): string {
  return parseBlocks(text.split(/\r\n?|\n/))
    .map(renderBlock)
    .join("\n");
}
