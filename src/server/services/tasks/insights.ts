import {
  computeStreaks,
  minIsoDate,
  weeklyCompletionRates,
  weeklyRatesFirstDay,
  type IsoDate,
} from "@/domain/calendar";
import type { Task, TaskInsights, TaskStreak } from "@/types/tasks";
import { z } from "zod";
import { column, selectRows, type Db } from "../../db/rows";
import { loadOwnerCalendar, type OwnerCalendar } from "../../settings/owner-calendar";
import {
  DAY_COUNT_COLUMNS,
  completionDatesOf,
  groupByTask,
  selectDayCounts,
} from "./completion-counts";
import { habitInput } from "./habit-input";
import { cachedByHistory, readHistoryVersion } from "./history-cache";
import { TASK_COLUMNS, selectTasks } from "./task-rows";

const earliestSchema = z.object({ taskId: column.id, date: column.date.nullable() });

/**
 * Weekly completion rates and current streaks. The rates read only the completions of the
 * weeks shown (and each habit's earliest completion, which can move its start back); the
 * streaks need the whole history and are cached under the history version, so they are read
 * again only after a write. Five statements (six after a write), whatever the history.
 */
export async function getTaskInsights(
  db: Db,
  { weeks }: { weeks: number },
  now: Date,
): Promise<TaskInsights> {
  const calendar = await loadOwnerCalendar(db, now);
  const version = await readHistoryVersion(db);
  const from = weeklyRatesFirstDay(calendar.today, calendar.weekStartsOn, weeks);
  const [tasks, counts, earliest] = await Promise.all([
    selectTasks(
      db,
      calendar,
      `SELECT ${TASK_COLUMNS} FROM tasks WHERE period <> 'once' ORDER BY sort_order, id`,
    ),
    selectDayCounts(
      db,
      `SELECT ${DAY_COUNT_COLUMNS} FROM completions c JOIN tasks t ON t.id = c.task_id
        WHERE t.period <> 'once' AND c.date >= $1::date AND c.date <= $2::date
        GROUP BY c.task_id, c.date`,
      [from, calendar.today],
    ),
    selectRows(
      db,
      earliestSchema,
      `SELECT t.id::text AS "taskId",
              (SELECT min(c.date) FROM completions c WHERE c.task_id = t.id)::text AS date
         FROM tasks t WHERE t.period <> 'once'`,
    ),
  ]);
  const firstCompletion = new Map(earliest.map((row) => [row.taskId, row.date]));
  const countsByTask = groupByTask(counts);
  const inputs = tasks.flatMap((task) => {
    const input = habitInput(task, calendar, completionDatesOf(countsByTask.get(task.id) ?? []));
    const first = firstCompletion.get(task.id);
    return input
      ? [{ ...input, firstDay: first ? minIsoDate(first, input.firstDay) : input.firstDay }]
      : [];
  });
  const key = `streaks|${calendar.today}|${calendar.weekStartsOn}`;
  return {
    weekly: weeklyCompletionRates(inputs, calendar.today, calendar.weekStartsOn, weeks),
    streaks: await cachedByHistory(db, version, key, () => allStreaks(db, calendar, tasks)),
  };
}

/** Current and best streak of every active habit, from its whole history. */
async function allStreaks(
  db: Db,
  calendar: OwnerCalendar,
  tasks: readonly Task[],
): Promise<TaskStreak[]> {
  const counts = await selectDayCounts(
    db,
    `SELECT ${DAY_COUNT_COLUMNS} FROM completions c JOIN tasks t ON t.id = c.task_id
      WHERE t.active AND t.period <> 'once' AND c.date <= $1::date
      GROUP BY c.task_id, c.date`,
    [calendar.today],
  );
  const countsByTask = groupByTask(counts);
  return tasks
    .filter((task) => task.active)
    .flatMap((task) => {
      const dates: IsoDate[] = completionDatesOf(countsByTask.get(task.id) ?? []);
      const input = habitInput(task, calendar, dates);
      if (!input) return [];
      return [
        { taskId: task.id, title: task.title, period: input.period, ...computeStreaks(input) },
      ];
    });
}
