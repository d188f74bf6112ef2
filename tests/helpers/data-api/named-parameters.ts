/**
 * The Data API takes SQL with named placeholders (`:name`); PostgreSQL's wire protocol takes
 * positional ones (`$1`). This rewrites the first into the second the way a SQL lexer would:
 * string literals, quoted identifiers, dollar-quoted bodies, comments and `::` casts are
 * left untouched. A name used twice gets the same position.
 */
export interface PositionalSql {
  readonly text: string;
  /** Placeholder names in position order: names[0] is $1. */
  readonly names: readonly string[];
}

const IDENTIFIER_START = /[A-Za-z_]/;
const IDENTIFIER_PART = /[A-Za-z0-9_]/;
const DOLLAR_TAG = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/;

/** Index just past a quoted run starting at `start` (the opening quote), doubled quotes kept. */
function endOfQuoted(sql: string, start: number, quote: string, backslashEscapes: boolean): number {
  let i = start + 1;
  while (i < sql.length) {
    const char = sql[i];
    if (backslashEscapes && char === "\\") {
      i += 2;
    } else if (char === quote) {
      if (sql[i + 1] !== quote) return i + 1;
      i += 2;
    } else {
      i += 1;
    }
  }
  return sql.length;
}

function endOfBlockComment(sql: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < sql.length) {
    if (sql.startsWith("/*", i)) {
      depth += 1;
      i += 2;
    } else if (sql.startsWith("*/", i)) {
      depth -= 1;
      i += 2;
      if (depth === 0) return i;
    } else {
      i += 1;
    }
  }
  return sql.length;
}

/** Where the lexical element starting at `i` ends, when it is one that hides placeholders. */
function endOfOpaque(sql: string, i: number): number | undefined {
  const char = sql[i];
  if (char === "'") {
    const escaped =
      i > 0 && /[Ee]/.test(sql[i - 1] ?? "") && !IDENTIFIER_PART.test(sql[i - 2] ?? "");
    return endOfQuoted(sql, i, "'", escaped);
  }
  if (char === '"') return endOfQuoted(sql, i, '"', false);
  if (sql.startsWith("--", i)) {
    const newline = sql.indexOf("\n", i);
    return newline === -1 ? sql.length : newline + 1;
  }
  if (sql.startsWith("/*", i)) return endOfBlockComment(sql, i);
  if (char === "$" && !IDENTIFIER_PART.test(sql[i - 1] ?? "")) {
    const tag = DOLLAR_TAG.exec(sql.slice(i))?.[0];
    if (tag) {
      const close = sql.indexOf(tag, i + tag.length);
      return close === -1 ? sql.length : close + tag.length;
    }
  }
  return undefined;
}

export function toPositionalSql(sql: string): PositionalSql {
  const names: string[] = [];
  let text = "";
  let i = 0;
  while (i < sql.length) {
    const opaqueEnd = endOfOpaque(sql, i);
    if (opaqueEnd !== undefined) {
      text += sql.slice(i, opaqueEnd);
      i = opaqueEnd;
      continue;
    }
    if (sql.startsWith("::", i)) {
      text += "::";
      i += 2;
      continue;
    }
    if (sql[i] === ":" && IDENTIFIER_START.test(sql[i + 1] ?? "")) {
      let end = i + 2;
      while (end < sql.length && IDENTIFIER_PART.test(sql[end] ?? "")) end += 1;
      const name = sql.slice(i + 1, end);
      let position = names.indexOf(name);
      if (position === -1) position = names.push(name) - 1;
      text += `$${position + 1}`;
      i = end;
      continue;
    }
    text += sql[i];
    i += 1;
  }
  return { text, names };
}
