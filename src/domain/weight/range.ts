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

/**
 * The days of a range ending `today` (today included). Slice a trend built over ALL weigh-ins so
 * the trend at the start of the range carries the history before it.
 */
export function sliceWeightRange(
  days: readonly WeightDay[],
  range: WeightRange,
  today: IsoDate,
): WeightDay[] {
  if (range === "all") return days.filter((day) => day.date <= today);
  const firstDate = addDays(today, -(RANGE_DAYS[range] - 1));
  return days.filter((day) => day.date >= firstDate && day.date <= today);
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
