import {
  isRecurringPeriod,
  minIsoDate,
  type HabitHistoryInput,
  type IsoDate,
} from "@/domain/calendar";
import type { OwnerCalendar } from "../../settings/owner-calendar";
import type { Task } from "@/types/tasks";

/** The day a task's streaks and rates are evaluated at: today, or its archive day. */
export function evaluationDay(task: Task, today: IsoDate): IsoDate {
  return task.archivedOn === null ? today : minIsoDate(task.archivedOn, today);
}

/** A recurring task's history as the calendar rules read it; null for a one-off task. */
export function habitInput(
  task: Task,
  calendar: Pick<OwnerCalendar, "today" | "weekStartsOn">,
  completionDates: readonly IsoDate[],
): HabitHistoryInput | null {
  if (!isRecurringPeriod(task.period)) return null;
  return {
    period: task.period,
    targetCount: task.targetCount,
    firstDay: task.createdOn,
    today: evaluationDay(task, calendar.today),
    weekStartsOn: calendar.weekStartsOn,
    completionDates,
  };
}
