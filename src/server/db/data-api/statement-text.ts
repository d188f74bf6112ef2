import { splitSql } from "./sql-lexer";

/**
 * TypeORM and the services write `$1`; the Data API takes named placeholders, and the
 * driver names them `:param_1`. Only code is rewritten, never literals or comments.
 */
export function toNamedPlaceholders(sql: string): string {
  return splitSql(sql)
    .map((run) => (run.code ? run.text.replace(/(?<![\w$])\$(\d+)/g, ":param_$1") : run.text))
    .join("");
}

const MAIN_COMMANDS = new Set(["SELECT", "INSERT", "UPDATE", "DELETE", "VALUES", "TABLE", "MERGE"]);

/**
 * The statement's own command, as PostgreSQL reports it in its command tag: for
 * `WITH x AS (UPDATE ...) SELECT ...` that is SELECT. Words inside parentheses belong to
 * sub-statements and are skipped.
 */
export function statementCommand(sql: string): string | undefined {
  let depth = 0;
  let first: string | undefined;
  for (const run of splitSql(sql)) {
    if (!run.code) continue;
    for (const token of run.text.match(/[()]|[A-Za-z_]+/g) ?? []) {
      if (token === "(") depth += 1;
      else if (token === ")") depth -= 1;
      else if (depth === 0) {
        const word = token.toUpperCase();
        first ??= word;
        if (first !== "WITH") return word;
        if (MAIN_COMMANDS.has(word)) return word;
      }
    }
  }
  return first;
}
