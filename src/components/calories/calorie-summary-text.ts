import type { CalorieSummary } from "@/domain/calories";
import { formatKcal } from "./format";

function days(count: number): string {
  return `${count} ${count === 1 ? "day" : "days"}`;
}

/** One sentence a screen reader can use instead of the chart. */
export function calorieSummaryText(summary: CalorieSummary, goalKcal: number): string {
  const windowDays = summary.days.length;
  if (summary.loggedDays === 0) return `Nothing logged in the last ${windowDays} days.`;
  const average =
    summary.averageKcal === null ? "" : `, averaging ${formatKcal(summary.averageKcal)}`;
  return (
    `${summary.loggedDays} of the last ${windowDays} days logged${average}. ` +
    `Goal ${formatKcal(goalKcal)}: ${days(summary.daysUnderGoal + summary.daysAtGoal)} within it, ` +
    `${summary.daysOverGoal} over.`
  );
}
