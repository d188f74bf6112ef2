import { format } from "date-fns";
import { addDays, isoDateToUtcDate, type IsoDate } from "@/domain/calendar";
import { DEFAULT_LOCALE, formatLongDay } from "@/domain/calendar/date-format";

/**
 * "Today", "Yesterday" or the day in the owner's locale, "Monday 13 January" in en-GB (with
 * the year when it is not this year's).
 */
export function dayHeading(day: IsoDate, today: IsoDate, locale = DEFAULT_LOCALE): string {
  if (day === today) return "Today";
  if (day === addDays(today, -1)) return "Yesterday";
  return formatLongDay(day, today, locale);
}

/** "18 Jan", or "18 Jan 2029" outside the current year. */
export function shortDate(day: IsoDate, today: IsoDate): string {
  const sameYear = day.slice(0, 4) === today.slice(0, 4);
  return format(isoDateToUtcDate(day), sameYear ? "d MMM" : "d MMM yyyy");
}
