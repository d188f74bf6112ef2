import type { DataSource } from "typeorm";
import {
  computeStreaks,
  weeklyCompletionRates,
  type HabitHistoryInput,
  type IsoDate,
  type RecurringPeriod,
  type WeeklyRate,
} from "@/domain/calendar";
import { selectRows } from "./db";
import { completionDatesOf, habitInput } from "./habit-input";
import { loadOwnerCalendar } from "./owner-calendar";
import { TASK_COLUMNS, toTask, type TaskSqlRow } from "./task-rows";

export interface TaskStreak {
  taskId: string;
  title: string;
  period: RecurringPeriod;
  current: number;
  best: number;
}

export interface TaskInsights {
  /** The last `weeks` calendar weeks, oldest first, over all recurring tasks (archived too). */
  weekly: WeeklyRate[];
  /** Current and best streak of every active recurring task, in the owner's order. */
  streaks: TaskStreak[];
}

interface TaskDayCount {
  task_id: string;
  date: IsoDate;
  count: number;
}

/** Weekly completion rates and current streaks. Three queries, whatever the history. */
export async function getTaskInsights(
  db: DataSource,
  { weeks }: { weeks: number },
  now = new Date(),
): Promise<TaskInsights> {
  const calendar = await loadOwnerCalendar(db, now);
  const [taskRows, countRows] = await Promise.all([
    selectRows<TaskSqlRow>(
      db,
      `SELECT ${TASK_COLUMNS} FROM tasks WHERE period <> 'once' ORDER BY sort_order, id`,
    ),
    selectRows<TaskDayCount>(
      db,
      `SELECT c.task_id::text AS task_id, c.date::text AS date, count(*)::integer AS count
         FROM completions c JOIN tasks t ON t.id = c.task_id
        WHERE t.period <> 'once' GROUP BY c.task_id, c.date`,
    ),
  ]);
  const countsByTask = new Map<string, TaskDayCount[]>();
  for (const row of countRows) {
    const rows = countsByTask.get(row.task_id) ?? [];
    rows.push(row);
    countsByTask.set(row.task_id, rows);
  }
  const { today, weekStartsOn } = calendar;
  const habits: Array<{
    active: boolean;
    streak: Omit<TaskStreak, "current" | "best">;
    input: HabitHistoryInput;
  }> = [];
  for (const task of taskRows.map((row) => toTask(row, calendar))) {
    const input = habitInput(task, calendar, completionDatesOf(countsByTask.get(task.id) ?? []));
    if (!input) continue;
    const streak = { taskId: task.id, title: task.title, period: input.period };
    habits.push({ active: task.active, streak, input });
  }
  return {
    weekly: weeklyCompletionRates(
      habits.map((habit) => habit.input),
      today,
      weekStartsOn,
      weeks,
    ),
    streaks: habits
      .filter((habit) => habit.active)
      .map((habit) => ({ ...habit.streak, ...computeStreaks(habit.input) })),
  };
}
