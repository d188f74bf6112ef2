import { formatDay } from "@/domain/calendar/date-format";

/**
 * Axis label of a day in `locale`: "5 Jan" ("Jan 5" in en-US), or "Jan 2025" when the chart
 * spans more than half a year.
 */
export function dayAxisLabel(day: string, spanDays: number, locale: string): string {
  return formatDay(day, locale, spanDays > 183 ? "month" : "short");
}

/** Full name of a day in `locale`: "Mon, 5 Jan 2026" in en-GB. */
export function dayTitle(day: string, locale: string): string {
  return formatDay(day, locale);
}

export function dayLabels(
  days: readonly string[],
  locale: string,
): { labels: string[]; titles: string[] } {
  return {
    labels: days.map((day) => dayAxisLabel(day, days.length, locale)),
    titles: days.map((day) => dayTitle(day, locale)),
  };
}
