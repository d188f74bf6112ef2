import type { WeeklyRate } from "@/domain/calendar";
import { countOf } from "@/domain/text";
import type { ChartSpec } from "./chart-spec";
import { dayAxisLabel, dayTitle } from "./day-labels";

type WeekRate = Pick<WeeklyRate, "weekStart" | "rate" | "reached" | "counted" | "current">;

/** Task completion rate per week as bars, in percent (0-100); weeks named in `locale`. */
export function completionChartSpec(weekly: readonly WeekRate[], locale: string): ChartSpec {
  return {
    labels: weekly.map((week) => dayAxisLabel(week.weekStart, weekly.length * 7, locale)),
    titles: weekly.map(
      (week) => `Week of ${dayTitle(week.weekStart, locale)}${week.current ? " (so far)" : ""}`,
    ),
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
    locale,
    yBeginAtZero: true,
    yMax: 100,
  };
}

const percent = (rate: number) => `${Math.round(rate * 100)}%`;

/** "this week so far 2 of 5 due tasks done (40%)": the Today list's view of the running week. */
function currentWeekText(week: WeekRate | undefined): string {
  if (!week || week.rate === null) return "nothing due this week yet";
  return `this week so far ${week.reached} of ${countOf(week.counted, "due task", "due tasks")} done (${percent(week.rate)})`;
}

/**
 * One sentence for screen readers. The average counts finished weeks only (each week's share of
 * its due tasks that were done); the running week is told apart, counted so far.
 */
export function completionSummaryText(weekly: readonly WeekRate[]): string {
  const finished = weekly.filter(
    (week): week is WeekRate & { rate: number } => !week.current && week.rate !== null,
  );
  const current = weekly.find((week) => week.current);
  if (finished.length === 0 && (!current || current.rate === null)) {
    return `Nothing was due in the last ${weekly.length === 1 ? "week" : countOf(weekly.length, "week", "weeks")}.`;
  }
  const thisWeek = currentWeekText(current);
  if (finished.length === 0) return `No finished week yet; ${thisWeek}.`;
  const average = finished.reduce((sum, week) => sum + week.rate, 0) / finished.length;
  return (
    `Average ${percent(average)} of due tasks done over ` +
    `${countOf(finished.length, "finished week", "finished weeks")}; ${thisWeek}.`
  );
}
