import { periodResults, type HabitHistoryInput, type PeriodResult } from "./period-results";

export interface Streaks {
  /**
   * Consecutive reached periods up to now. A running period that has not reached its target
   * yet is skipped, not counted as a miss.
   */
  current: number;
  /** Longest run of consecutive reached periods ever. */
  best: number;
}

export function computeStreaks(input: HabitHistoryInput): Streaks {
  return streaksOf(periodResults(input));
}

/** `computeStreaks` of results already computed by `periodResults`. */
export function streaksOf(results: readonly PeriodResult[]): Streaks {
  let best = 0;
  let run = 0;
  for (const result of results) {
    run = result.reached ? run + 1 : 0;
    best = Math.max(best, run);
  }
  const last = results.at(-1);
  const settled = last && !last.reached ? results.slice(0, -1) : results;
  let current = 0;
  for (let index = settled.length - 1; index >= 0 && settled[index]?.reached; index -= 1) {
    current += 1;
  }
  return { current, best };
}
