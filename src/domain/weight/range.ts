import { addDays, type IsoDate } from "@/domain/calendar";
import type { WeightDay } from "./trend";
import { kgToDisplay, kgToUnit, type WeightUnit } from "./units";

export const WEIGHT_RANGES = ["30d", "90d", "365d", "all"] as const;
export type WeightRange = (typeof WEIGHT_RANGES)[number];

const RANGE_DAYS: Record<Exclude<WeightRange, "all">, number> = {
  "30d": 30,
  "90d": 90,
  "365d": 365,
};

/** The first day of a range ending `today` (today included); null for "all". */
export function weightRangeFirstDay(range: WeightRange, today: IsoDate): IsoDate | null {
  return range === "all" ? null : addDays(today, -(RANGE_DAYS[range] - 1));
}

/**
 * The days of a range ending `today` (today included). Slice a trend built with its warm-up
 * (`trendWindowStart`) so the trend at the start of the range carries the history before it.
 */
export function sliceWeightRange(
  days: readonly WeightDay[],
  range: WeightRange,
  today: IsoDate,
): WeightDay[] {
  const firstDate = weightRangeFirstDay(range, today);
  return days.filter((day) => (firstDate === null || day.date >= firstDate) && day.date <= today);
}

export interface WeightChartPoint {
  date: IsoDate;
  /** Real weigh-in in the owner's unit, or null on filled-in days. */
  weight: number | null;
  /** The trend in the owner's unit, unrounded so the line is smooth; rounded only when shown. */
  trend: number;
  interpolated: boolean;
}

/**
 * Chart-ready values in the owner's unit. Weigh-ins are rounded as everywhere else they are
 * shown; the trend is not (rounding it to 0.1 would draw the line in steps). Text, table and
 * tooltips round it through the chart spec's `decimals`.
 */
export function toWeightChartPoints(
  days: readonly WeightDay[],
  unit: WeightUnit,
): WeightChartPoint[] {
  return days.map((day) => ({
    date: day.date,
    weight: day.weightKg === null ? null : kgToDisplay(day.weightKg, unit),
    trend: kgToUnit(day.trendKg, unit),
    interpolated: day.interpolated,
  }));
}

/** The most points a chart is sent: about one per pixel column of a laptop-wide chart. */
export const MAX_CHART_POINTS = 400;

/**
 * The most weigh-ins listed under the chart, newest first: all of the default 90 days; a longer
 * range lists its latest ones (an older day is edited by picking it in the weigh-in form).
 */
export const MAX_LISTED_WEIGH_INS = 90;

/**
 * A long range thinned to at most `max` points for the chart: one per run of consecutive
 * days, the run's last real weigh-in (else its last day), so every point drawn is a true day
 * with its own weight and trend. Runs are counted back from the last day, which is always kept.
 */
export function thinChartPoints(
  points: readonly WeightChartPoint[],
  max = MAX_CHART_POINTS,
): WeightChartPoint[] {
  if (points.length <= max) return [...points];
  const step = Math.ceil(points.length / max);
  const thinned: WeightChartPoint[] = [];
  for (let end = points.length; end > 0; end -= step) {
    const run = points.slice(Math.max(0, end - step), end);
    const chosen = run.findLast((point) => point.weight !== null) ?? run.at(-1);
    if (chosen) thinned.push(chosen);
  }
  return thinned.reverse();
}
