import {
  compareIsoDate,
  progressRange,
  taskOnDay,
  type IsoDate,
  type WeekStartsOn,
} from "@/domain/calendar";
import { completionDatesOf, type DayCount } from "./completion-counts";
import type { Task, TaskProgress } from "@/types/tasks";

function sumCounts(counts: readonly DayCount[], from: IsoDate | null, to: IsoDate): number {
  return counts
    .filter((entry) => compareIsoDate(entry.date, to) <= 0)
    .filter((entry) => from === null || compareIsoDate(entry.date, from) >= 0)
    .reduce((total, entry) => total + entry.count, 0);
}

/**
 * A task's progress on `day` from its per-day completion counts, which must cover at least
 * `progressRange(task, day)`. The rules themselves live in the calendar domain (`taskOnDay`).
 */
export function taskProgress(
  task: Task,
  day: IsoDate,
  weekStartsOn: WeekStartsOn,
  counts: readonly DayCount[],
): TaskProgress {
  const own = counts.filter((entry) => entry.taskId === task.id);
  const shown = taskOnDay(task, day, weekStartsOn, completionDatesOf(own));
  const range = progressRange(task, day, weekStartsOn);
  return {
    taskId: task.id,
    day,
    state: shown?.state ?? null,
    count: shown?.count ?? sumCounts(own, range.start, day),
    target: task.targetCount,
    dayCount: sumCounts(own, day, day),
  };
}
