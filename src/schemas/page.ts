import { z } from "zod";
import { isoDaySchema } from "./day";
import { typedNumber } from "./typed-number";

/** The most items one page of a list holds; lists answer 100 unless `limit` says otherwise. */
export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 100;

/**
 * One page of a list of days, newest first: the days from `from` (inclusive) up to `before`
 * (exclusive), at most `limit`. The next page is the same request with `before` set to the
 * page's `next`.
 */
export const dayPageSchema = z.object({
  from: isoDaySchema.optional().meta({ description: "The earliest day (inclusive)." }),
  before: isoDaySchema
    .optional()
    .meta({ description: "Only days before this one: the previous page's `next`." }),
  limit: typedNumber(
    "whole",
    z
      .number()
      .int(`Ask for a whole number of items, at most ${MAX_PAGE_SIZE}.`)
      .min(1, "Ask for at least 1 item.")
      .max(MAX_PAGE_SIZE, `Ask for at most ${MAX_PAGE_SIZE} items.`)
      .default(DEFAULT_PAGE_SIZE),
  ).meta({ description: `Items per page, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` }),
});
export type DayPageInput = z.output<typeof dayPageSchema>;

/** A page of days: its items, newest first, and the `before` of the next page (null: none). */
export interface DayPage<Item> {
  items: Item[];
  next: string | null;
}

/**
 * A page from rows read one past `limit`, newest first: `next` is set exactly when an older
 * page exists (the extra row proves it).
 */
export function toDayPage<Item extends { date: string }>(
  rows: Item[],
  limit: number,
): DayPage<Item> {
  const items = rows.slice(0, limit);
  return { items, next: rows.length > limit ? (items.at(-1)?.date ?? null) : null };
}
