import { format } from "date-fns";
import { addDays, isoDateToUtcDate, type IsoDate } from "@/domain/calendar";

/** "Today", "Yesterday" or "Monday, 13 January" (with the year when it is not this year's). */
export function dayHeading(day: IsoDate, today: IsoDate): string {
  if (day === today) return "Today";
  if (day === addDays(today, -1)) return "Yesterday";
  const sameYear = day.slice(0, 4) === today.slice(0, 4);
  return format(isoDateToUtcDate(day), sameYear ? "EEEE, d MMMM" : "EEEE, d MMMM yyyy");
}

/** "18 Jan", or "18 Jan 2029" outside the current year. */
export function shortDate(day: IsoDate, today: IsoDate): string {
  const sameYear = day.slice(0, 4) === today.slice(0, 4);
  return format(isoDateToUtcDate(day), sameYear ? "d MMM" : "d MMM yyyy");
}
