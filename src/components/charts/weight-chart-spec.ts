import type { WeightChartPoint, WeightUnit } from "@/domain/weight";
import type { ChartSpec } from "./chart-spec";
import { dayLabels } from "./day-labels";

/** Daily weigh-ins as points, the trend as a line and the goal as a dashed line, in `unit`; days in `locale`. */
export function weightChartSpec(
  points: readonly WeightChartPoint[],
  goal: number | null,
  unit: WeightUnit,
  locale: string,
): ChartSpec {
  const series: ChartSpec["series"] = [
    {
      label: "Weigh-in",
      kind: "points",
      values: points.map((point) => point.weight),
      tone: "muted",
    },
    { label: "Trend", kind: "line", values: points.map((point) => point.trend), tone: "accent" },
  ];
  if (goal !== null) {
    series.push({
      label: "Goal",
      kind: "line",
      values: points.map(() => goal),
      tone: "good",
      dashed: true,
    });
  }
  return {
    ...dayLabels(
      points.map((point) => point.date),
      locale,
    ),
    series,
    yTitle: `Weight (${unit})`,
    unit,
    decimals: 1,
    locale,
  };
}
