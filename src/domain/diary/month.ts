import { tz } from "@date-fns/tz";
import { addMonths, format, lastDayOfMonth, parseISO } from "date-fns";

import { formatMonth } from "@/domain/calendar/date-format";

const utc = tz("UTC");

/** First and last day of a month given as "YYYY-MM". */
export function monthBounds(month: string): { first: string; last: string } {
  const first = parseISO(`${month}-01`, { in: utc });
  return {
    first: format(first, "yyyy-MM-dd", { in: utc }),
    last: format(lastDayOfMonth(first, { in: utc }), "yyyy-MM-dd", { in: utc }),
  };
}

/** The month `amount` months after `month` ("YYYY-MM"). */
export function shiftMonth(month: string, amount: number): string {
  return format(addMonths(parseISO(`${month}-01`, { in: utc }), amount, { in: utc }), "yyyy-MM", {
    in: utc,
  });
}

/** "2026-01" -> "January 2026" in en-GB ("Januar 2026" in de-DE). */
export function monthTitle(month: string, locale: string): string {
  return formatMonth(month, locale, "monthLong");
}
