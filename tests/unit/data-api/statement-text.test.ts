import { statementCommand, toNamedPlaceholders } from "@/server/db/data-api/statement-text";

describe("app: $n placeholders to the driver's :param_n", () => {
  it("rewrites placeholders in code, keeping casts", () => {
    expect(toNamedPlaceholders("SELECT $1::date, $2, $10 FROM t WHERE a = $1")).toBe(
      "SELECT :param_1::date, :param_2, :param_10 FROM t WHERE a = :param_1",
    );
  });

  it("leaves literals, comments, dollar quotes and identifiers containing $ untouched", () => {
    const sql = `SELECT '$1', "$2", price$1, $$ $3 $$, $tag$ $4 $tag$ -- $5
      /* $6 */ FROM t WHERE a = $7`;
    expect(toNamedPlaceholders(sql)).toBe(sql.replace("a = $7", "a = :param_7"));
  });
});

describe("app: the command PostgreSQL would report", () => {
  it.each([
    ["SELECT 1", "SELECT"],
    ["  update tasks SET a = 1", "UPDATE"],
    ["-- note\nDELETE FROM tasks", "DELETE"],
    ["WITH x AS (UPDATE t SET a = 1 RETURNING a) SELECT a FROM x", "SELECT"],
    ["WITH a AS (SELECT 1), b AS (SELECT 2) DELETE FROM t", "DELETE"],
    ["WITH RECURSIVE r AS (SELECT 1 UNION SELECT 2) UPDATE t SET a = 1", "UPDATE"],
    ["/* UPDATE */ INSERT INTO t VALUES ('DELETE')", "INSERT"],
    ["CREATE TABLE t (a int)", "CREATE"],
  ])("%s -> %s", (sql, command) => {
    expect(statementCommand(sql)).toBe(command);
  });
});
