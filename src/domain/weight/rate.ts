import { addDays } from "@/domain/calendar";
import type { WeightDay } from "./trend";

export const RATE_WINDOW_DAYS = 14;
export const MIN_WEIGH_INS_FOR_RATE = 4;

export interface Point {
  x: number;
  y: number;
}

/** Least-squares slope of y over x; null with fewer than two distinct x values. */
export function leastSquaresSlope(points: readonly Point[]): number | null {
  const count = points.length;
  if (count < 2) return null;
  const meanX = points.reduce((sum, point) => sum + point.x, 0) / count;
  const meanY = points.reduce((sum, point) => sum + point.y, 0) / count;
  let covariance = 0;
  let varianceX = 0;
  for (const point of points) {
    covariance += (point.x - meanX) * (point.y - meanY);
    varianceX += (point.x - meanX) ** 2;
  }
  return varianceX === 0 ? null : covariance / varianceX;
}

/** The days of the last 14 calendar days, ending with the last weigh-in. */
export function rateWindow(days: readonly WeightDay[]): WeightDay[] {
  const last = days.at(-1);
  if (!last) return [];
  const firstDate = addDays(last.date, -(RATE_WINDOW_DAYS - 1));
  return days.filter((day) => day.date >= firstDate);
}

export function countRealWeighIns(days: readonly WeightDay[]): number {
  return days.filter((day) => day.weightKg !== null).length;
}

/**
 * Weekly change of the trend in kg: slope of a least-squares line through the trend of the last
 * 14 days, times 7. Null (hidden) with fewer than 4 real weigh-ins in that window.
 */
export function weeklyRateKg(days: readonly WeightDay[]): number | null {
  const window = rateWindow(days);
  if (countRealWeighIns(window) < MIN_WEIGH_INS_FOR_RATE) return null;
  const slope = leastSquaresSlope(window.map((day, index) => ({ x: index, y: day.trendKg })));
  return slope === null ? null : slope * 7;
}
