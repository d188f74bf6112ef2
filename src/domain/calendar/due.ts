import { compareIsoDate, daysBetween, type IsoDate } from "./day";
import {
  assertTargetCount,
  periodRange,
  type DayRange,
  type Period,
  type WeekStartsOn,
} from "./period";

export interface TaskSchedule {
  period: Period;
  targetCount: number;
  /** The day a `once` task is due (`createdOn` when null); ignored for recurring tasks. */
  scheduledDate: IsoDate | null;
  createdOn: IsoDate;
  /** false = archived: never shown, history kept. */
  active: boolean;
}

export type TaskDayState = "done" | "open" | "overdue";

export interface TaskOnDay {
  state: TaskDayState;
  count: number;
  target: number;
  /** The recurring period the progress belongs to; null for `once` tasks. */
  period: DayRange | null;
}

/** The days whose completions make up a task's progress on `day` (`start` null: all before). */
export function progressRange(
  task: Pick<TaskSchedule, "period">,
  day: IsoDate,
  weekStartsOn: WeekStartsOn,
): { start: IsoDate | null; end: IsoDate } {
  if (task.period === "once") return { start: null, end: day };
  return { start: periodRange(task.period, day, weekStartsOn).start, end: day };
}

/**
 * Whether and how a task appears on `day`, as of the end of that day. `completionDates` must
 * hold at least the task's completions inside `progressRange(task, day)`; others are ignored.
 * Returns null when the task is not shown on that day.
 */
export function taskOnDay(
  task: TaskSchedule,
  day: IsoDate,
  weekStartsOn: WeekStartsOn,
  completionDates: readonly IsoDate[],
): TaskOnDay | null {
  assertTargetCount(task.targetCount);
  if (!task.active) return null;
  // Recurring tasks show on days before their creation too, so past weeks can be back-filled.
  if (task.period === "once" && compareIsoDate(day, task.createdOn) < 0) return null;
  const range = progressRange(task, day, weekStartsOn);
  const counted = completionDates
    .filter((date) => compareIsoDate(date, day) <= 0)
    .filter((date) => range.start === null || compareIsoDate(date, range.start) >= 0);
  const progress = { count: counted.length, target: task.targetCount };
  if (task.period !== "once") {
    const state = progress.count >= progress.target ? "done" : "open";
    return {
      state,
      ...progress,
      period: periodRange(task.period, day, weekStartsOn),
    };
  }
  const scheduledDate = task.scheduledDate ?? task.createdOn;
  // Done early or on time, a one-off shows (as done) on the day it was finished only.
  if (progress.count >= progress.target) {
    const reachedOn = [...counted].sort(compareIsoDate)[progress.target - 1];
    return reachedOn === day ? { state: "done", ...progress, period: null } : null;
  }
  if (compareIsoDate(day, scheduledDate) < 0) return null;
  const state = compareIsoDate(day, scheduledDate) > 0 ? "overdue" : "open";
  return { state, ...progress, period: null };
}

/** How many days ahead Today lists one-off tasks that are coming up. */
export const UPCOMING_DAYS = 7;

/**
 * A one-off task due in the `UPCOMING_DAYS` after `day` and not finished by the end of `day`:
 * Today lists it under "Upcoming", where it can be done early.
 */
export function isUpcoming(
  task: TaskSchedule,
  day: IsoDate,
  completionDates: readonly IsoDate[],
): boolean {
  if (!task.active || task.period !== "once") return false;
  const due = task.scheduledDate ?? task.createdOn;
  const ahead = daysBetween(day, due);
  if (ahead < 1 || ahead > UPCOMING_DAYS) return false;
  const done = completionDates.filter((date) => compareIsoDate(date, day) <= 0).length;
  return done < task.targetCount;
}
