import { compareIsoDate, minIsoDate, type IsoDate } from "./day";
import {
  assertTargetCount,
  eachPeriod,
  periodRange,
  type DayRange,
  type RecurringPeriod,
  type WeekStartsOn,
} from "./period";

export interface HabitHistoryInput {
  period: RecurringPeriod;
  targetCount: number;
  /** The task's first day (its creation day, or an earlier start chosen by the owner). */
  firstDay: IsoDate;
  today: IsoDate;
  weekStartsOn: WeekStartsOn;
  /** One entry per completion; the same day may appear several times. */
  completionDates: readonly IsoDate[];
}

export interface PeriodResult {
  range: DayRange;
  count: number;
  reached: boolean;
  /** The period containing `today`: it is still running. */
  current: boolean;
}

/**
 * Every period from the task's first one to the one containing `today`, oldest first.
 * Completions after `today` are ignored; completions before `firstDay` move the start back,
 * so imported history is never silently dropped.
 */
export function periodResults(input: HabitHistoryInput): PeriodResult[] {
  assertTargetCount(input.targetCount);
  const { period, today, weekStartsOn } = input;
  const pastCompletions = input.completionDates.filter(
    (day) => compareIsoDate(day, today) <= 0,
  );
  const start = pastCompletions.reduce(minIsoDate, input.firstDay);
  const countByPeriodStart = new Map<IsoDate, number>();
  for (const day of pastCompletions) {
    const key = periodRange(period, day, weekStartsOn).start;
    countByPeriodStart.set(key, (countByPeriodStart.get(key) ?? 0) + 1);
  }
  const ranges = eachPeriod(period, start, today, weekStartsOn);
  return ranges.map((range, index) => {
    const count = countByPeriodStart.get(range.start) ?? 0;
    return {
      range,
      count,
      reached: count >= input.targetCount,
      current: index === ranges.length - 1,
    };
  });
}
