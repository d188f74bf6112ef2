import { tz } from "@date-fns/tz";
import { format, parseISO } from "date-fns";

const utc = tz("UTC");

/** Axis label of a day: "5 Jan", or "Jan 2025" when the chart spans more than half a year. */
export function dayAxisLabel(day: string, spanDays: number): string {
  return format(parseISO(day, { in: utc }), spanDays > 183 ? "MMM yyyy" : "d MMM", { in: utc });
}

/** Full name of a day: "Mon 5 Jan 2026". */
export function dayTitle(day: string): string {
  return format(parseISO(day, { in: utc }), "EEE d MMM yyyy", { in: utc });
}

export function dayLabels(days: readonly string[]): { labels: string[]; titles: string[] } {
  return {
    labels: days.map((day) => dayAxisLabel(day, days.length)),
    titles: days.map(dayTitle),
  };
}
