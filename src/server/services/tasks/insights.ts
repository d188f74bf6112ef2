import type { DataSource } from "typeorm";
import {
  computeStreaks,
  isRecurringPeriod,
  minIsoDate,
  weeklyCompletionRates,
  type HabitHistoryInput,
  type IsoDate,
  type RecurringPeriod,
  type WeeklyRate,
} from "@/domain/calendar";
import { selectRows } from "./db";
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
  const datesByTask = new Map<string, IsoDate[]>();
  for (const row of countRows) {
    const dates = datesByTask.get(row.task_id) ?? [];
    for (let n = 0; n < Number(row.count); n += 1) dates.push(row.date);
    datesByTask.set(row.task_id, dates);
  }
  const { today, weekStartsOn } = calendar;
  const habits: Array<{
    active: boolean;
    streak: Omit<TaskStreak, "current" | "best">;
    input: HabitHistoryInput;
  }> = [];
  for (const task of taskRows.map((row) => toTask(row, calendar))) {
    if (!isRecurringPeriod(task.period)) continue;
    const input: HabitHistoryInput = {
      period: task.period,
      targetCount: task.targetCount,
      firstDay: task.createdOn,
      today: task.archivedOn === null ? today : minIsoDate(task.archivedOn, today),
      weekStartsOn,
      completionDates: datesByTask.get(task.id) ?? [],
    };
    const streak = { taskId: task.id, title: task.title, period: task.period };
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
