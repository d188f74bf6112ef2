import { assertIsoDateShape, dayNumber, type IsoDate } from "./day";
import {
  assertTargetCount,
  eachPeriod,
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
  dayNumber(input.firstDay);
  dayNumber(input.today);
  input.completionDates.forEach(assertIsoDateShape);
  // Same-width "YYYY-MM-DD" strings sort in calendar order.
  const completions = input.completionDates.filter((day) => day <= input.today).sort();
  const earliest = completions[0];
  const start = earliest !== undefined && earliest < input.firstDay ? earliest : input.firstDay;
  const ranges = eachPeriod(input.period, start, input.today, input.weekStartsOn);
  let next = 0;
  return ranges.map((range, index) => {
    const first = next;
    while (next < completions.length && (completions[next] as IsoDate) <= range.end) next += 1;
    const count = next - first;
    return {
      range,
      count,
      reached: count >= input.targetCount,
      current: index === ranges.length - 1,
    };
  });
}
