import { computeStreaks, weeklyCompletionRates, type HabitHistoryInput } from "@/domain/calendar";
import type { TaskInsights, TaskStreak } from "@/types/tasks";
import type { Db } from "../../db/rows";
import { loadOwnerCalendar } from "../../settings/owner-calendar";
import {
  DAY_COUNT_COLUMNS,
  completionDatesOf,
  groupByTask,
  selectDayCounts,
} from "./completion-counts";
import { habitInput } from "./habit-input";
import { TASK_COLUMNS, selectTasks } from "./task-rows";

/** Weekly completion rates and current streaks. Three queries, whatever the history. */
export async function getTaskInsights(
  db: Db,
  { weeks }: { weeks: number },
  now: Date,
): Promise<TaskInsights> {
  const calendar = await loadOwnerCalendar(db, now);
  const [tasks, counts] = await Promise.all([
    selectTasks(
      db,
      calendar,
      `SELECT ${TASK_COLUMNS} FROM tasks WHERE period <> 'once' ORDER BY sort_order, id`,
    ),
    selectDayCounts(
      db,
      `SELECT ${DAY_COUNT_COLUMNS} FROM completions c JOIN tasks t ON t.id = c.task_id
        WHERE t.period <> 'once' GROUP BY c.task_id, c.date`,
    ),
  ]);
  const countsByTask = groupByTask(counts);
  const habits: Array<{
    active: boolean;
    streak: Omit<TaskStreak, "current" | "best">;
    input: HabitHistoryInput;
  }> = [];
  for (const task of tasks) {
    const input = habitInput(task, calendar, completionDatesOf(countsByTask.get(task.id) ?? []));
    if (!input) continue;
    const streak = { taskId: task.id, title: task.title, period: input.period };
    habits.push({ active: task.active, streak, input });
  }
  return {
    weekly: weeklyCompletionRates(
      habits.map((habit) => habit.input),
      calendar.today,
      calendar.weekStartsOn,
      weeks,
    ),
    streaks: habits
      .filter((habit) => habit.active)
      .map((habit) => ({ ...habit.streak, ...computeStreaks(habit.input) })),
  };
}
