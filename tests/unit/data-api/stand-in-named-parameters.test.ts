import { toPositionalSql } from "../../helpers/data-api/named-parameters";

describe("stand-in: named to positional placeholders", () => {
  it("numbers names in order of first use and reuses a repeated name", () => {
    expect(toPositionalSql("SELECT :a, :b_2, :a WHERE x = :param_10")).toEqual({
      text: "SELECT $1, $2, $1 WHERE x = $3",
      names: ["a", "b_2", "param_10"],
    });
  });

  it("leaves casts alone, including a cast right after a placeholder", () => {
    expect(toPositionalSql("SELECT :day::date, x::text, CAST(:n AS int)")).toEqual({
      text: "SELECT $1::date, x::text, CAST($2 AS int)",
      names: ["day", "n"],
    });
  });

  it("ignores colons in string literals, quoted identifiers and comments", () => {
    const sql = `SELECT ':skip', 'it''s :skip', E'\\' :skip', ":skip" -- :skip
      /* :skip /* nested :skip */ :skip */ FROM t WHERE a = :keep`;
    const { text, names } = toPositionalSql(sql);
    expect(names).toEqual(["keep"]);
    expect(text).toBe(sql.replace(":keep", "$1"));
  });

  it("ignores dollar-quoted bodies, tagged or not", () => {
    const sql = "DO $$ BEGIN PERFORM :skip; END $$; SELECT $fn$ :skip $fn$, :keep";
    expect(toPositionalSql(sql)).toEqual({ text: sql.replace(":keep", "$1"), names: ["keep"] });
  });

  it("does not take array slices or times for placeholders", () => {
    expect(toPositionalSql("SELECT (arr)[1:2], '10:30'::time")).toEqual({
      text: "SELECT (arr)[1:2], '10:30'::time",
      names: [],
    });
  });
});
