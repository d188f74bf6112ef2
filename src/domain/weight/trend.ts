import { addDays, daysBetween, type IsoDate } from "@/domain/calendar";

/** TrendWeight's smoothing factor: each day moves the trend 10% toward that day's weight. */
export const TREND_SMOOTHING = 0.1;

export interface WeighIn {
  date: IsoDate;
  weightKg: number;
}

/** One calendar day of the chart, from the first to the last weigh-in. */
export interface WeightDay {
  date: IsoDate;
  /** The real weigh-in of that day, or null when the day was filled in. */
  weightKg: number | null;
  trendKg: number;
  /** True when the weight feeding the trend was interpolated between weigh-ins. */
  interpolated: boolean;
}

function sortedByDate(weighIns: readonly WeighIn[]): WeighIn[] {
  const sorted = [...weighIns].sort((a, b) => a.date.localeCompare(b.date));
  sorted.forEach((weighIn, index) => {
    if (index > 0 && sorted[index - 1]?.date === weighIn.date) {
      throw new RangeError(`Two weigh-ins on ${weighIn.date}: one per day is allowed.`);
    }
  });
  return sorted;
}

interface FilledDay {
  date: IsoDate;
  weightKg: number;
  real: boolean;
}

/** Straight-line interpolation for the days between two weigh-ins; the end points are real. */
function fillDays(weighIns: readonly WeighIn[]): FilledDay[] {
  const filled: FilledDay[] = [];
  weighIns.forEach((current, index) => {
    const next = weighIns[index + 1];
    filled.push({ date: current.date, weightKg: current.weightKg, real: true });
    if (!next) return;
    const gap = daysBetween(current.date, next.date);
    for (let offset = 1; offset < gap; offset += 1) {
      const weightKg = current.weightKg + ((next.weightKg - current.weightKg) * offset) / gap;
      filled.push({ date: addDays(current.date, offset), weightKg, real: false });
    }
  });
  return filled;
}

/**
 * Daily weights and trend from the first to the last weigh-in (never beyond it).
 * trend(first day) = first weight; trend(d) = trend(d-1) + 0.1 * (weight(d) - trend(d-1)).
 */
export function buildDailyTrend(weighIns: readonly WeighIn[]): WeightDay[] {
  const days: WeightDay[] = [];
  let previousTrend: number | undefined;
  for (const day of fillDays(sortedByDate(weighIns))) {
    const trendKg =
      previousTrend === undefined
        ? day.weightKg
        : previousTrend + TREND_SMOOTHING * (day.weightKg - previousTrend);
    days.push({
      date: day.date,
      weightKg: day.real ? day.weightKg : null,
      trendKg,
      interpolated: !day.real,
    });
    previousTrend = trendKg;
  }
  return days;
}
