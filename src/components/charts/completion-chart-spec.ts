import type { ChartSpec } from "./chart-spec";
import { dayAxisLabel, dayTitle } from "./day-labels";

export interface WeeklyRate {
  weekStart: string;
  /** 0..1, or null when nothing was due that week. */
  rate: number | null;
}

/** Task completion rate per week as bars, in percent (0-100). */
export function completionChartSpec(weekly: readonly WeeklyRate[]): ChartSpec {
  return {
    labels: weekly.map((week) => dayAxisLabel(week.weekStart, weekly.length * 7)),
    titles: weekly.map((week) => `Week of ${dayTitle(week.weekStart)}`),
    series: [
      {
        label: "Completed",
        kind: "bar",
        values: weekly.map((week) => (week.rate === null ? null : Math.round(week.rate * 100))),
        tone: "accent",
      },
    ],
    yTitle: "Completed (%)",
    unit: "%",
    decimals: 0,
    yBeginAtZero: true,
    yMax: 100,
  };
}
