import { minIsoDate, type IsoDate } from "./day";
import { periodRange, shiftPeriod, type WeekStartsOn } from "./period";
import { periodResults, type HabitHistoryInput } from "./period-results";

export interface WeeklyRate {
  /** First day of the owner's calendar week. */
  weekStart: IsoDate;
  /** Periods that ended in this week and reached their target. */
  reached: number;
  /** Periods that ended in this week (a running one only once it reached its target). */
  counted: number;
  /** reached / counted between 0 and 1; null when nothing was due that week. */
  rate: number | null;
}

/**
 * Completion rate of all the habits together in each of the last `weeks` calendar weeks up to
 * `today`, oldest first. A period (a day, a week, a month) belongs to the week that holds its
 * last day; a running period counts, in the current week, only once it has reached its target,
 * as in `completionRate`. Each habit is evaluated up to its own `today` (an archived task up to
 * its archive day), so later weeks do not count it as missed.
 */
export function weeklyCompletionRates(
  habits: readonly HabitHistoryInput[],
  today: IsoDate,
  weekStartsOn: WeekStartsOn,
  weeks: number,
): WeeklyRate[] {
  const buckets = new Map<IsoDate, WeeklyRate>();
  for (let back = weeks - 1; back >= 0; back -= 1) {
    const { start } = shiftPeriod("weekly", today, -back, weekStartsOn);
    buckets.set(start, { weekStart: start, reached: 0, counted: 0, rate: null });
  }
  for (const habit of habits) {
    for (const result of periodResults({ ...habit, weekStartsOn })) {
      if (result.current && !result.reached) continue;
      const lastDay = minIsoDate(result.range.end, habit.today);
      const bucket = buckets.get(periodRange("weekly", lastDay, weekStartsOn).start);
      if (!bucket) continue;
      bucket.counted += 1;
      if (result.reached) bucket.reached += 1;
    }
  }
  return [...buckets.values()].map((week) => ({
    ...week,
    rate: week.counted === 0 ? null : week.reached / week.counted,
  }));
}
