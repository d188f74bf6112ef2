import { dayNumber, dayOfNumber, type IsoDate } from "./day";
import { civilOf, dayNumberOf, daysInMonth, weekdayOf, type DayNumber } from "./day-number";

export const PERIODS = ["daily", "weekly", "monthly", "once"] as const;
export type Period = (typeof PERIODS)[number];
export type RecurringPeriod = Exclude<Period, "once">;

/** 0 = Sunday ... 6 = Saturday, as in date-fns. */
export type WeekStartsOn = 0 | 1 | 2 | 3 | 4 | 5 | 6;
export const DEFAULT_WEEK_STARTS_ON: WeekStartsOn = 1;

/** Inclusive range of calendar days. */
export interface DayRange {
  start: IsoDate;
  end: IsoDate;
}

export function isPeriod(value: string): value is Period {
  return (PERIODS as readonly string[]).includes(value);
}

export function isRecurringPeriod(period: Period): period is RecurringPeriod {
  return period !== "once";
}

export function isWeekStartsOn(value: number): value is WeekStartsOn {
  return Number.isInteger(value) && value >= 0 && value <= 6;
}

/** The fixed calendar period (day, week or month) that contains `day`. */
export function periodRange(
  period: RecurringPeriod,
  day: IsoDate,
  weekStartsOn: WeekStartsOn,
): DayRange {
  return toRange(periodNumbers(period, dayNumber(day), weekStartsOn));
}

/** The period `amount` periods after (negative: before) the one containing `day`. */
export function shiftPeriod(
  period: RecurringPeriod,
  day: IsoDate,
  amount: number,
  weekStartsOn: WeekStartsOn,
): DayRange {
  const [start] = periodNumbers(period, dayNumber(day), weekStartsOn);
  if (period !== "monthly") {
    const length = period === "weekly" ? 7 : 1;
    return toRange(periodNumbers(period, start + amount * length, weekStartsOn));
  }
  const { year, month } = civilOf(start);
  const months = year * 12 + (month - 1) + amount;
  return toRange(monthNumbers(Math.floor(months / 12), (((months % 12) + 12) % 12) + 1));
}

/** Every period from the one containing `from` to the one containing `to`, oldest first. */
export function eachPeriod(
  period: RecurringPeriod,
  from: IsoDate,
  to: IsoDate,
  weekStartsOn: WeekStartsOn,
): DayRange[] {
  const last = dayNumber(to);
  const ranges: DayRange[] = [];
  for (let value = dayNumber(from); value <= last;) {
    const numbers = periodNumbers(period, value, weekStartsOn);
    ranges.push(toRange(numbers));
    value = numbers[1] + 1;
  }
  return ranges;
}

/** First and last day number of the period holding `value`. */
function periodNumbers(
  period: RecurringPeriod,
  value: DayNumber,
  weekStartsOn: WeekStartsOn,
): [DayNumber, DayNumber] {
  switch (period) {
    case "daily":
      return [value, value];
    case "weekly": {
      const start = value - ((weekdayOf(value) - weekStartsOn + 7) % 7);
      return [start, start + 6];
    }
    case "monthly": {
      const { year, month } = civilOf(value);
      return monthNumbers(year, month);
    }
  }
}

function monthNumbers(year: number, month: number): [DayNumber, DayNumber] {
  const start = dayNumberOf(year, month, 1);
  return [start, start + daysInMonth(year, month) - 1];
}

function toRange([start, end]: [DayNumber, DayNumber]): DayRange {
  const first = dayOfNumber(start);
  return { start: first, end: end === start ? first : dayOfNumber(end) };
}

export function assertTargetCount(targetCount: number): void {
  if (!Number.isInteger(targetCount) || targetCount < 1) {
    throw new RangeError(`targetCount must be an integer >= 1, got ${targetCount}`);
  }
}
