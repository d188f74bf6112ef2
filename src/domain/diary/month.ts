import { formatMonth } from "@/domain/calendar/date-format";
import { daysInMonth } from "@/domain/calendar/day-number";

const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;
const pad = (value: number, width: number) => String(value).padStart(width, "0");

/** Months since year 0 of "YYYY-MM"; throws on anything else. */
function monthIndex(month: string): number {
  const match = MONTH_PATTERN.exec(month);
  const number = Number(match?.[2]);
  if (!match || number < 1 || number > 12) {
    throw new RangeError(`Not a month (YYYY-MM): "${month}"`);
  }
  return Number(match[1]) * 12 + number - 1;
}

/** First and last day of a month given as "YYYY-MM". */
export function monthBounds(month: string): { first: string; last: string } {
  const index = monthIndex(month);
  const last = daysInMonth(Math.floor(index / 12), (index % 12) + 1);
  return { first: `${month}-01`, last: `${month}-${pad(last, 2)}` };
}

/** The month `amount` months after `month` ("YYYY-MM"). */
export function shiftMonth(month: string, amount: number): string {
  const index = monthIndex(month) + amount;
  const year = Math.floor(index / 12);
  return `${pad(year, 4)}-${pad(index - year * 12 + 1, 2)}`;
}

/** "2026-01" -> "January 2026" in en-GB ("Januar 2026" in de-DE). */
export function monthTitle(month: string, locale: string): string {
  return formatMonth(month, locale, "monthLong");
}
