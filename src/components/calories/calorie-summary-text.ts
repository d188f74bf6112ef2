import type { CalorieSummary } from "@/domain/calories";
import { countOf } from "@/domain/text";
import { formatKcal } from "./format";

function days(count: number): string {
  return countOf(count, "day", "days");
}

function lastDays(count: number): string {
  return count === 1 ? "the last day" : `the last ${count} days`;
}

/** One sentence a screen reader can use instead of the chart. */
export function calorieSummaryText(
  summary: CalorieSummary,
  goalKcal: number,
  locale: string,
): string {
  const windowDays = summary.days.length;
  if (summary.loggedDays === 0) return `Nothing logged in ${lastDays(windowDays)}.`;
  const average =
    summary.averageKcal === null ? "" : `, averaging ${formatKcal(summary.averageKcal, locale)}`;
  return (
    `${summary.loggedDays} of ${lastDays(windowDays)} logged${average}. ` +
    `Goal ${formatKcal(goalKcal, locale)}: ${days(summary.daysUnderGoal + summary.daysAtGoal)} within it, ` +
    `${summary.daysOverGoal} over.`
  );
}
