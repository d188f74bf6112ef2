import type { WeeklyRate } from "@/domain/calendar";
import type { ChartSpec } from "./chart-spec";
import { dayAxisLabel, dayTitle } from "./day-labels";

type WeekRate = Pick<WeeklyRate, "weekStart" | "rate">;

/** Task completion rate per week as bars, in percent (0-100). */
export function completionChartSpec(weekly: readonly WeekRate[]): ChartSpec {
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
    xName: "Week",
    unit: "%",
    decimals: 0,
    yBeginAtZero: true,
    yMax: 100,
  };
}

/** One sentence for screen readers: the average of the weeks that had something due, and the latest. */
export function completionSummaryText(weekly: readonly WeekRate[]): string {
  const rated = weekly.filter(
    (week): week is { weekStart: string; rate: number } => week.rate !== null,
  );
  if (rated.length === 0) {
    return `Nothing was due in the last ${weekly.length === 1 ? "week" : `${weekly.length} weeks`}.`;
  }
  const percent = (rate: number) => `${Math.round(rate * 100)}%`;
  const average = rated.reduce((sum, week) => sum + week.rate, 0) / rated.length;
  const latest = rated.at(-1);
  return (
    `Average ${percent(average)} completed over ${rated.length} weeks with tasks due` +
    (latest ? `; ${percent(latest.rate)} in the week of ${dayTitle(latest.weekStart)}.` : ".")
  );
}
