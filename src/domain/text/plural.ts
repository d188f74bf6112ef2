import { formatCount } from "./number";

const RULES = new Intl.PluralRules("en");

/** The word for a count: "day" for 1, "days" for 0, 2, 1.5 (English plural rules). */
export function pluralWord(count: number, one: string, other: string): string {
  return RULES.select(count) === "one" ? one : other;
}

/**
 * A count with its word: countOf(1, "day", "days") is "1 day", countOf(0, ...) "0 days",
 * countOf(1200, ...) "1,200 days" (in `locale`, default DEFAULT_LOCALE).
 */
export function countOf(count: number, one: string, other: string, locale?: string): string {
  return `${formatCount(count, locale)} ${pluralWord(count, one, other)}`;
}
