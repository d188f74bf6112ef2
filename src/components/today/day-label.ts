import { addDays, type IsoDate } from "@/domain/calendar";
import { DEFAULT_LOCALE, formatLongDay, formatShortDay } from "@/domain/calendar/date-format";

/**
 * "Today", "Yesterday" or the day in the owner's locale, "Monday 13 January" in en-GB (with
 * the year when it is not this year's).
 */
export function dayHeading(day: IsoDate, today: IsoDate, locale = DEFAULT_LOCALE): string {
  if (day === today) return "Today";
  if (day === addDays(today, -1)) return "Yesterday";
  return formatLongDay(day, today, locale);
}

/** "18 Jan" in en-GB ("Jan 18" in en-US), with the year outside the current year. */
export function shortDate(day: IsoDate, today: IsoDate, locale: string): string {
  return formatShortDay(day, today, locale);
}
