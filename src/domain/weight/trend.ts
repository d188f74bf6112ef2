import { addDays, daysBetween, minIsoDate, type IsoDate } from "@/domain/calendar";
import { RATE_WINDOW_DAYS } from "./rate";

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

/**
 * Days of history before the first day that matters that the trend is built over. Each day
 * keeps 90% of the day before, so the state 365 days back weighs 0.9^365 (about 2e-17): the
 * trend from there equals the trend over all history to the last bit a double holds.
 */
export const TREND_WARM_UP_DAYS = 365;

/**
 * The first day whose weigh-ins a trend needs for `shownFrom` on and the summary as of `today`
 * (the rate window before the last weigh-in and before today), warm-up included. Build the
 * trend from the last weigh-in on or before it: the filled-in days after it come out the same.
 */
export function trendWindowStart(
  shownFrom: IsoDate,
  lastWeighIn: IsoDate | null,
  today: IsoDate,
): IsoDate {
  const rateFrom = addDays(minIsoDate(lastWeighIn ?? today, today), -(RATE_WINDOW_DAYS - 1));
  return addDays(minIsoDate(shownFrom, rateFrom), -TREND_WARM_UP_DAYS);
}
