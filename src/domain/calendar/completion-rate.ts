import { periodResults, type HabitHistoryInput, type PeriodResult } from "./period-results";
import type { RecurringPeriod } from "./period";

export const RATE_WINDOWS = ["4w", "12w", "1y"] as const;
export type RateWindow = (typeof RATE_WINDOWS)[number];

/** How many periods of each kind a window spans. */
export const PERIODS_PER_WINDOW: Record<RateWindow, Record<RecurringPeriod, number>> = {
  "4w": { daily: 28, weekly: 4, monthly: 1 },
  "12w": { daily: 84, weekly: 12, monthly: 3 },
  "1y": { daily: 365, weekly: 52, monthly: 12 },
};

export interface CompletionRate {
  reached: number;
  counted: number;
  /** reached / counted, between 0 and 1; null when no period could be counted yet. */
  rate: number | null;
}

/**
 * Share of the last N evaluated periods that reached the target (N from PERIODS_PER_WINDOW).
 * The running period is evaluated only once it has reached its target; periods before the
 * task's first period do not exist and are never counted.
 */
export function completionRate(input: HabitHistoryInput & { window: RateWindow }): CompletionRate {
  return completionRateOf(periodResults(input), input.period, input.window);
}

/** `completionRate` of results already computed by `periodResults`, for several windows. */
export function completionRateOf(
  results: readonly PeriodResult[],
  period: RecurringPeriod,
  window: RateWindow,
): CompletionRate {
  const evaluated = results.filter((result) => !result.current || result.reached);
  const windowed = evaluated.slice(-PERIODS_PER_WINDOW[window][period]);
  const reached = windowed.filter((result) => result.reached).length;
  const counted = windowed.length;
  return { reached, counted, rate: counted === 0 ? null : reached / counted };
}
