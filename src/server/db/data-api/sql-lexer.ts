/**
 * Splits SQL into code and opaque runs (string literals, quoted identifiers, dollar-quoted
 * bodies, comments), so rewriting placeholders or reading keywords never touches text that
 * only looks like SQL.
 */
export interface SqlRun {
  readonly code: boolean;
  readonly text: string;
}

const WORD_CHAR = /[A-Za-z0-9_]/;
const DOLLAR_TAG = /^\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/;

function endOfQuoted(sql: string, start: number, quote: string, backslashEscapes: boolean): number {
  for (let i = start + 1; i < sql.length; i += 1) {
    if (backslashEscapes && sql[i] === "\\") {
      i += 1;
    } else if (sql[i] === quote) {
      if (sql[i + 1] !== quote) return i + 1;
      i += 1;
    }
  }
  return sql.length;
}

function endOfBlockComment(sql: string, start: number): number {
  let depth = 0;
  for (let i = start; i < sql.length; i += 1) {
    if (sql.startsWith("/*", i)) {
      depth += 1;
      i += 1;
    } else if (sql.startsWith("*/", i)) {
      depth -= 1;
      i += 1;
      if (depth === 0) return i + 1;
    }
  }
  return sql.length;
}

function endOfOpaque(sql: string, i: number): number | undefined {
  const char = sql[i];
  const before = sql[i - 1] ?? "";
  if (char === "'") {
    const escapeString = /[Ee]/.test(before) && !WORD_CHAR.test(sql[i - 2] ?? "");
    return endOfQuoted(sql, i, "'", escapeString);
  }
  if (char === '"') return endOfQuoted(sql, i, '"', false);
  if (sql.startsWith("--", i)) {
    const newline = sql.indexOf("\n", i);
    return newline === -1 ? sql.length : newline + 1;
  }
  if (sql.startsWith("/*", i)) return endOfBlockComment(sql, i);
  if (char === "$" && !WORD_CHAR.test(before)) {
    const tag = DOLLAR_TAG.exec(sql.slice(i))?.[0];
    if (tag) {
      const close = sql.indexOf(tag, i + tag.length);
      return close === -1 ? sql.length : close + tag.length;
    }
  }
  return undefined;
}

export function splitSql(sql: string): SqlRun[] {
  const runs: SqlRun[] = [];
  let codeStart = 0;
  let i = 0;
  while (i < sql.length) {
    const end = endOfOpaque(sql, i);
    if (end === undefined) {
      i += 1;
      continue;
    }
    if (i > codeStart) runs.push({ code: true, text: sql.slice(codeStart, i) });
    runs.push({ code: false, text: sql.slice(i, end) });
    i = end;
    codeStart = end;
  }
  if (codeStart < sql.length) runs.push({ code: true, text: sql.slice(codeStart) });
  return runs;
}
