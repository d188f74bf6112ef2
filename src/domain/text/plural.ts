const RULES = new Intl.PluralRules("en");

/** The word for a count: "day" for 1, "days" for 0, 2, 1.5 (English plural rules). */
export function pluralWord(count: number, one: string, other: string): string {
  return RULES.select(count) === "one" ? one : other;
}

/** A count with its word: countOf(1, "day", "days") is "1 day", countOf(0, ...) "0 days". */
export function countOf(count: number, one: string, other: string): string {
  return `${count} ${pluralWord(count, one, other)}`;
}
