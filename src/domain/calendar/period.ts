import { tz } from "@date-fns/tz";
import {
  addMonths,
  addWeeks,
  eachMonthOfInterval,
  eachWeekOfInterval,
  endOfMonth,
  endOfWeek,
  startOfMonth,
  startOfWeek,
} from "date-fns";
import { addDays, compareIsoDate, eachDay, isoDateToUtcDate, toIsoDate, type IsoDate } from "./day";

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

const inUtc = tz("UTC");

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
  const date = isoDateToUtcDate(day);
  switch (period) {
    case "daily":
      return { start: day, end: day };
    case "weekly": {
      const options = { weekStartsOn, in: inUtc };
      return {
        start: toIsoDate(startOfWeek(date, options)),
        end: toIsoDate(endOfWeek(date, options)),
      };
    }
    case "monthly":
      return {
        start: toIsoDate(startOfMonth(date, { in: inUtc })),
        end: toIsoDate(endOfMonth(date, { in: inUtc })),
      };
  }
}

/** The period `amount` periods after (negative: before) the one containing `day`. */
export function shiftPeriod(
  period: RecurringPeriod,
  day: IsoDate,
  amount: number,
  weekStartsOn: WeekStartsOn,
): DayRange {
  const { start } = periodRange(period, day, weekStartsOn);
  const date = isoDateToUtcDate(start);
  const shifted =
    period === "daily"
      ? addDays(start, amount)
      : toIsoDate(period === "weekly" ? addWeeks(date, amount) : addMonths(date, amount));
  return periodRange(period, shifted, weekStartsOn);
}

/** Every period from the one containing `from` to the one containing `to`, oldest first. */
export function eachPeriod(
  period: RecurringPeriod,
  from: IsoDate,
  to: IsoDate,
  weekStartsOn: WeekStartsOn,
): DayRange[] {
  const interval = { start: isoDateToUtcDate(from), end: isoDateToUtcDate(to) };
  if (compareIsoDate(from, to) > 0) return [];
  switch (period) {
    case "daily":
      return eachDay(from, to).map((day) => ({ start: day, end: day }));
    case "weekly":
      return eachWeekOfInterval(interval, { weekStartsOn, in: inUtc }).map((start) => ({
        start: toIsoDate(start),
        end: toIsoDate(endOfWeek(start, { weekStartsOn, in: inUtc })),
      }));
    case "monthly":
      return eachMonthOfInterval(interval, { in: inUtc }).map((start) => ({
        start: toIsoDate(start),
        end: toIsoDate(endOfMonth(start, { in: inUtc })),
      }));
  }
}

export function assertTargetCount(targetCount: number): void {
  if (!Number.isInteger(targetCount) || targetCount < 1) {
    throw new RangeError(`targetCount must be an integer >= 1, got ${targetCount}`);
  }
}
