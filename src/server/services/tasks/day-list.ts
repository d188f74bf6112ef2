import { isRecurringPeriod, isUpcoming, minIsoDate, periodRange } from "@/domain/calendar";
import type { Db } from "../../db/rows";
import { loadLoggableDay } from "../input";
import {
  completionDatesOf,
  DAY_COUNT_COLUMNS,
  groupByTask,
  selectDayCounts,
} from "./completion-counts";
import { taskProgress } from "./progress";
import { TASK_COLUMNS, selectTasks } from "./task-rows";
import type { DayList } from "@/types/tasks";

/**
 * Every task due on a day with its progress, in the owner's order. Three queries whatever
 * the number of tasks or years of history: settings, active tasks, and the completions of
 * all active tasks from the earliest running period start to the day (one-off tasks: all).
 * One-off tasks due in the next `UPCOMING_DAYS` come as `upcoming`, from the same rows.
 * `requestedDay` defaults to the owner's today; a future day is refused.
 */
export async function loadDayList(
  db: Db,
  requestedDay: string | undefined,
  now: Date,
): Promise<DayList> {
  const { day, calendar } = await loadLoggableDay(db, requestedDay, now);
  const tasks = await selectTasks(
    db,
    calendar,
    `SELECT ${TASK_COLUMNS} FROM tasks WHERE active ORDER BY sort_order, id`,
  );
  if (tasks.length === 0) return { today: calendar.today, day, items: [], upcoming: [] };
  const from = tasks.reduce(
    (earliest, task) =>
      isRecurringPeriod(task.period)
        ? minIsoDate(earliest, periodRange(task.period, day, calendar.weekStartsOn).start)
        : earliest,
    day,
  );
  const counts = await selectDayCounts(
    db,
    // Two halves rather than one `(c.date >= $2 OR t.period = 'once')`: each uses the
    // (task_id, date) index, where the OR scanned every completion ever.
    `SELECT ${DAY_COUNT_COLUMNS} FROM completions c JOIN tasks t ON t.id = c.task_id
      WHERE t.active AND t.period <> 'once' AND c.date >= $2::date AND c.date <= $1::date
      GROUP BY c.task_id, c.date
     UNION ALL
     SELECT ${DAY_COUNT_COLUMNS} FROM completions c JOIN tasks t ON t.id = c.task_id
      WHERE t.active AND t.period = 'once' AND c.date <= $1::date
      GROUP BY c.task_id, c.date`,
    [day, from],
  );
  const countsByTask = groupByTask(counts);
  const listed = tasks.map((task) => {
    const counts = countsByTask.get(task.id) ?? [];
    const progress = taskProgress(task, day, calendar.weekStartsOn, counts);
    const { title, unit, period, scheduledDate } = task;
    const item = { ...progress, title, unit, period, scheduledDate };
    return { item, upcoming: isUpcoming(task, day, completionDatesOf(counts)) };
  });
  return {
    today: calendar.today,
    day,
    items: listed.flatMap(({ item }) =>
      item.state === null ? [] : [{ ...item, state: item.state }],
    ),
    upcoming: listed
      .filter((entry) => entry.upcoming)
      .map(({ item }) => ({ ...item, state: "open" as const }))
      .sort((a, b) => (a.scheduledDate ?? "").localeCompare(b.scheduledDate ?? "")),
  };
}
