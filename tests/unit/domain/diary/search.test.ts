import { highlightMatches } from "@/domain/diary/highlight";
import { isWordTerm, parseSearchQuery } from "@/domain/diary/search-query";
import { snippetAround } from "@/domain/diary/snippet";
import { diaryContentSchema } from "@/schemas/diary";

describe("highlightMatches", () => {
  it("marks matches ignoring case and diacritics, keeping the original text", () => {
    expect(highlightMatches("Crème brûlée at CAFÉ", ["creme", "cafe"])).toEqual([
      { text: "Crème", match: true },
      { text: " brûlée at ", match: false },
      { text: "CAFÉ", match: true },
    ]);
  });

  it("merges overlapping terms and includes trailing combining marks", () => {
    expect(highlightMatches("brûlée", ["brû", "rûl"])).toEqual([
      { text: "brûl", match: true },
      { text: "ée", match: false },
    ]);
    expect(highlightMatches("Cafe\u0301!", ["café"])).toEqual([
      { text: "Cafe\u0301", match: true },
      { text: "!", match: false },
    ]);
  });

  it("treats terms as plain text, not regular expressions", () => {
    expect(highlightMatches("abc a.c (x)", ["a.c", "(x"])).toEqual([
      { text: "abc ", match: false },
      { text: "a.c", match: true },
      { text: " ", match: false },
      { text: "(x", match: true },
      { text: ")", match: false },
    ]);
  });

  it("finds every occurrence and returns the whole text without terms", () => {
    const segments = highlightMatches("run, ran, RUN", ["run"]);
    expect(segments.filter((segment) => segment.match).map((segment) => segment.text)).toEqual([
      "run",
      "RUN",
    ]);
    expect(segments.map((segment) => segment.text).join("")).toBe("run, ran, RUN");
    expect(highlightMatches("plain", [])).toEqual([{ text: "plain", match: false }]);
    expect(highlightMatches("plain", [""])).toEqual([{ text: "plain", match: false }]);
    expect(highlightMatches("", ["x"])).toEqual([]);
  });
});

describe("snippetAround", () => {
  const text =
    "The quick brown fox jumps over the lazy dog while the cat sleeps on a warm windowsill.";

  it("cuts whole words around the first match", () => {
    expect(snippetAround(text, ["CAT"], 20)).toBe("…lazy dog while the cat sleeps on a warm…");
  });

  it("starts at the beginning when nothing matches or the match is early", () => {
    expect(snippetAround(text, ["zebra"], 15)).toBe("The quick brown fox jumps over…");
    expect(snippetAround(text, ["quick"], 10)).toBe("The quick brown fox…");
  });

  it("keeps short text whole on one line", () => {
    expect(snippetAround("Went to the\n\n  café today", ["cafe"], 80)).toBe(
      "Went to the café today",
    );
  });
});

describe("parseSearchQuery", () => {
  it("drops operators and punctuation", () => {
    expect(parseSearchQuery('"foo bar" -baz OR qux & quux:* !x | (y) <->')).toEqual([
      "foo",
      "bar",
      "baz",
      "qux",
      "quux",
      "x",
      "y",
    ]);
    expect(parseSearchQuery("'; DROP TABLE diary; --")).toEqual(["DROP", "TABLE", "diary"]);
    expect(parseSearchQuery(" ?! ")).toEqual([]);
  });

  it("keeps words with accents once, at most 10 terms of at most 64 characters", () => {
    expect(parseSearchQuery("Café cafe CAFÉ naïve")).toEqual(["Café", "naïve"]);
    const many = Array.from({ length: 12 }, (_, index) => `w${index}`).join(" ");
    expect(parseSearchQuery(many)).toHaveLength(10);
    expect(parseSearchQuery("a".repeat(100))).toEqual(["a".repeat(64)]);
  });
});

describe("diaryContentSchema", () => {
  it("accepts up to 100000 characters", () => {
    expect(diaryContentSchema.safeParse("").success).toBe(true);
    expect(diaryContentSchema.safeParse("x".repeat(100_000)).success).toBe(true);
    expect(diaryContentSchema.safeParse("x".repeat(100_001)).success).toBe(false);
    expect(diaryContentSchema.safeParse(5).success).toBe(false);
  });
});

describe("emoji in a diary search", () => {
  it("keeps emoji as terms beside words", () => {
    expect(parseSearchQuery("walk😀 ❤️ 🏃‍♂️ 👍🏽 🇩🇪")).toEqual(["walk", "😀", "❤️", "🏃‍♂️", "👍🏽", "🇩🇪"]);
    expect(isWordTerm("walk")).toBe(true);
    expect(isWordTerm("😀")).toBe(false);
  });
});
