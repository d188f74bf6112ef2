import type { CalorieDay, GoalStatus } from "@/domain/calories";
import type { ChartSpec, ChartTone } from "./chart-spec";
import { dayLabels } from "./day-labels";

const STATUS_TONES: Record<GoalStatus, ChartTone> = { under: "good", at: "good", over: "bad" };

/**
 * For each position, the average of the logged values among it and the `size - 1` before it
 * (a missing day is unknown, not 0); null when none of them was logged.
 */
export function trailingAverage(values: ReadonlyArray<number | null>, size: number) {
  return values.map((_, index) => {
    const window = values.slice(Math.max(0, index - size + 1), index + 1);
    const logged = window.filter((value): value is number => value !== null);
    if (logged.length === 0) return null;
    return Math.round(logged.reduce((sum, value) => sum + value, 0) / logged.length);
  });
}

/**
 * Daily totals as bars (green up to the goal, red over it), the goal and a 7-day average; days
 * labelled in `locale`.
 */
export function calorieChartSpec(
  days: readonly CalorieDay[],
  goalKcal: number,
  locale: string,
): ChartSpec {
  const values = days.map((day) => day.kcal);
  return {
    ...dayLabels(
      days.map((day) => day.date),
      locale,
    ),
    series: [
      {
        label: "Eaten",
        kind: "bar",
        values,
        tone: "good",
        tones: days.map((day) => (day.goalStatus ? STATUS_TONES[day.goalStatus] : "muted")),
        toneLabels: { good: "Within goal", bad: "Over goal" },
      },
      { label: "7-day average", kind: "line", values: trailingAverage(values, 7), tone: "accent" },
      { label: "Goal", kind: "line", values: days.map(() => goalKcal), tone: "text", dashed: true },
    ],
    yTitle: "Calories (kcal)",
    unit: "kcal",
    decimals: 0,
    locale,
    yBeginAtZero: true,
  };
}
