import type { CalorieSummary } from "@/domain/calories";
import { formatKcal } from "./format";

/** One sentence a screen reader can use instead of the chart. */
export function calorieSummaryText(summary: CalorieSummary, goalKcal: number): string {
  const days = summary.days.length;
  if (summary.loggedDays === 0) return `Nothing logged in the last ${days} days.`;
  const average = summary.averageKcal === null ? "" : `, averaging ${formatKcal(summary.averageKcal)}`;
  return (
    `${summary.loggedDays} of the last ${days} days logged${average}. ` +
    `Goal ${formatKcal(goalKcal)}: ${summary.daysUnderGoal + summary.daysAtGoal} days within it, ` +
    `${summary.daysOverGoal} over.`
  );
}
