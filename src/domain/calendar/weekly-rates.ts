import { compareIsoDate, minIsoDate, type IsoDate } from "./day";
import { periodRange, shiftPeriod, type WeekStartsOn } from "./period";
import { periodResults, type HabitHistoryInput } from "./period-results";

export interface WeeklyRate {
  /** First day of the owner's calendar week. */
  weekStart: IsoDate;
  /** Periods of this week that reached their target (in the current week: so far). */
  reached: number;
  /** Periods that ended in this week; in the current week also the running ones. */
  counted: number;
  /** reached / counted between 0 and 1; null when nothing was due that week. */
  rate: number | null;
  /** The week holding today: still running, so its rate is "so far". */
  current: boolean;
}

/**
 * Completion rate of all the habits together in each of the last `weeks` calendar weeks up to
 * `today`, oldest first. A period (a day, a week, a month) belongs to the week that holds its
 * last day. The current week counts what is due so far: its finished periods and every running
 * one (today, this week, this month), done or not yet, as the Today list shows them. An archived
 * habit is evaluated up to its archive day and its unfinished last period is left out, so later
 * weeks do not count it as missed. Only periods that can end inside the window are evaluated
 * (from the month holding its first day on): the work and the completions it needs
 * (`weeklyRatesFirstDay` on) do not grow with the years of history.
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
    buckets.set(start, {
      weekStart: start,
      reached: 0,
      counted: 0,
      rate: null,
      current: back === 0,
    });
  }
  const windowStart = shiftPeriod("weekly", today, -(weeks - 1), weekStartsOn).start;
  for (const habit of habits) {
    for (const result of periodResults(fromPeriodHolding(habit, windowStart, weekStartsOn))) {
      if (result.current && !result.reached && habit.today !== today) continue;
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

/**
 * The earliest completion day `weeklyCompletionRates` reads for a window of `weeks` weeks, when
 * each habit's `firstDay` already carries its earliest completion ever.
 */
export function weeklyRatesFirstDay(
  today: IsoDate,
  weekStartsOn: WeekStartsOn,
  weeks: number,
): IsoDate {
  const windowStart = shiftPeriod("weekly", today, -(weeks - 1), weekStartsOn).start;
  return periodRange("monthly", windowStart, weekStartsOn).start;
}

/**
 * The habit's history from the period holding `day` on. Periods are fixed calendar ranges, so
 * every later period keeps exactly its completions and its place. The start stays where the
 * whole history puts it (an earlier completion moves it back) unless that is before the cutoff.
 */
function fromPeriodHolding(
  habit: HabitHistoryInput,
  day: IsoDate,
  weekStartsOn: WeekStartsOn,
): HabitHistoryInput {
  const cutoff = periodRange(habit.period, day, weekStartsOn).start;
  const start = habit.completionDates.reduce(
    (earliest, date) => (date < earliest ? date : earliest),
    habit.firstDay,
  );
  return {
    ...habit,
    weekStartsOn,
    firstDay: compareIsoDate(start, cutoff) < 0 ? cutoff : start,
    completionDates: habit.completionDates.filter((date) => date >= cutoff),
  };
}
