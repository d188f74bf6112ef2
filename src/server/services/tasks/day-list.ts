import type { DataSource } from "typeorm";
import { isRecurringPeriod, minIsoDate, periodRange } from "@/domain/calendar";
import { selectRows } from "./db";
import { loadOwnerCalendar, resolveDay } from "./owner-calendar";
import { taskProgress } from "./progress";
import { TASK_COLUMNS, toTask, type TaskSqlRow } from "./task-rows";
import type { DayCount, DayList, DayListItem } from "./types";

function groupByTask(counts: readonly DayCount[]): Map<string, DayCount[]> {
  const byTask = new Map<string, DayCount[]>();
  for (const entry of counts) {
    const list = byTask.get(entry.taskId);
    if (list) list.push(entry);
    else byTask.set(entry.taskId, [entry]);
  }
  return byTask;
}

/**
 * Every task due on a day with its progress, in the owner's order. Three queries whatever
 * the number of tasks or years of history: settings, active tasks, and the completions of
 * all active tasks from the earliest running period start to the day (one-off tasks: all).
 * `requestedDay` defaults to the owner's today; a future day is refused.
 */
export async function loadDayList(
  db: DataSource,
  requestedDay?: string,
  now = new Date(),
): Promise<DayList> {
  const calendar = await loadOwnerCalendar(db, now);
  const day = resolveDay(requestedDay, calendar.today);
  const rows = await selectRows<TaskSqlRow>(
    db,
    `SELECT ${TASK_COLUMNS} FROM tasks WHERE active ORDER BY sort_order, id`,
  );
  const tasks = rows.map((row) => toTask(row, calendar));
  if (tasks.length === 0) return { today: calendar.today, day, items: [] };
  const from = tasks.reduce(
    (earliest, task) =>
      isRecurringPeriod(task.period)
        ? minIsoDate(earliest, periodRange(task.period, day, calendar.weekStartsOn).start)
        : earliest,
    day,
  );
  const counts = await selectRows<DayCount>(
    db,
    `SELECT c.task_id::text AS "taskId", c.date::text AS date, count(*)::integer AS count
       FROM completions c JOIN tasks t ON t.id = c.task_id
      WHERE t.active AND c.date <= $1::date AND (c.date >= $2::date OR t.period = 'once')
      GROUP BY c.task_id, c.date`,
    [day, from],
  );
  const countsByTask = groupByTask(counts);
  const items = tasks.flatMap((task): DayListItem[] => {
    const progress = taskProgress(
      task,
      day,
      calendar.weekStartsOn,
      countsByTask.get(task.id) ?? [],
    );
    if (progress.state === null) return [];
    const { title, unit, period, scheduledDate } = task;
    return [{ ...progress, state: progress.state, title, unit, period, scheduledDate }];
  });
  return { today: calendar.today, day, items };
}
